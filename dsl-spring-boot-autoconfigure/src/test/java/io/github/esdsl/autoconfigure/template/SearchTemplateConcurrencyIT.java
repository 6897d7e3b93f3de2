package io.github.esdsl.autoconfigure.template;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.persistence.BulkResult;
import io.github.esdsl.persistence.DocumentHit;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import io.github.esdsl.spring.SearchTemplate;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@link SearchTemplate} bean shared by {@value #THREADS} threads, each running
 * {@value #REQUESTS} mixed requests (search, count, get, save, iterate) on documents of its own
 * with deterministic ids and values, and checking every answer exactly.
 */
@WithElasticsearch
class SearchTemplateConcurrencyIT {

	private static final int THREADS = 32;

	private static final int REQUESTS = Integer.getInteger("esdsl.concurrency.requests", 2_000);

	private static final String[] OPERATIONS = { "search", "count", "get", "save", "iterate" };

	private static final LongAdder[] NANOS = IntStream.range(0, 5).mapToObj((i) -> new LongAdder()).toArray(LongAdder[]::new);

	private static final int SEEDS = 20;

	private static final String INDEX = "esdsl-template-load";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class, SearchTemplateAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.index-management=none");

	@Test
	void sharedTemplateAnswersEveryThreadCorrectly(ElasticsearchEndpoint endpoint) {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + endpoint.uri())
			.run((context) -> {
				SearchTemplate template = context.getBean(SearchTemplate.class);
				if (template.indices().exists(INDEX)) {
					template.indices().delete(INDEX);
				}
				template.documents().init(Load.class);
				List<Load> seeds = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					for (int n = 0; n < SEEDS; n++) {
						seeds.add(seed(t, n));
					}
				}
				BulkResult seeded = template.bulk(seeds);
				assertThat(seeded.failures()).isEmpty();
				assertThat(seeded.succeeded()).isEqualTo(THREADS * SEEDS);
				template.indices().refresh(INDEX);

				ExecutorService pool = Executors.newFixedThreadPool(THREADS);
				long start = System.nanoTime();
				try {
					List<Future<Integer>> results = new ArrayList<>();
					for (int t = 0; t < THREADS; t++) {
						results.add(pool.submit(worker(template, t)));
					}
					int done = 0;
					for (Future<Integer> result : results) {
						done += result.get();
					}
					Duration took = Duration.ofNanos(System.nanoTime() - start);
					System.out.printf("SearchTemplate shared by %d threads: %d requests in %d ms, %.0f requests/s%n",
							THREADS, done, took.toMillis(), done * 1000.0 / took.toMillis());
					for (int op = 0; op < OPERATIONS.length; op++) {
						System.out.printf("  %s: mean %.1f ms%n", OPERATIONS[op],
								NANOS[op].sum() / 1e6 / (THREADS * REQUESTS / 5.0));
					}
					assertThat(done).isEqualTo(THREADS * REQUESTS);
				}
				finally {
					pool.shutdownNow();
				}
				template.indices().refresh(INDEX);
				assertThat(template.count(template.search(Load.class).filter(Q.term("kind", "live"))))
					.isEqualTo(THREADS * REQUESTS / 5);
				assertThat(template.count(template.search(Load.class))).isEqualTo(THREADS * (SEEDS + REQUESTS / 5));
				template.indices().delete(INDEX);
			});
	}

	/**
	 * The requests of one thread: {@code i % 5} picks search, count, get, save or iterate;
	 * every answer is compared with the exact expected value.
	 */
	private static Callable<Integer> worker(SearchTemplate template, int thread) {
		String owner = "t" + thread;
		return () -> {
			Search<Load> seeds = template.search(Load.class)
				.filter(Q.term("owner", owner))
				.filter(Q.term("kind", "seed"));
			String lastSaved = null;
			int done = 0;
			for (int i = 0; i < REQUESTS; i++) {
				int k = (i * 7 + thread) % SEEDS;
				long began = System.nanoTime();
				switch (i % 5) {
					case 0 -> {
						List<Load> found = template
							.execute(seeds.filter(Q.range("n", Map.of("gte", k))).sort("n").size(SEEDS))
							.documents();
						assertThat(found).as("search %s n>=%d", owner, k)
							.containsExactlyElementsOf(IntStream.range(k, SEEDS).mapToObj((n) -> seed(thread, n)).toList());
					}
					case 1 -> assertThat(template.count(seeds.filter(Q.range("n", Map.of("lt", k)))))
						.as("count %s n<%d", owner, k)
						.isEqualTo(k);
					case 2 -> {
						boolean live = lastSaved != null && (i % 10 == 2);
						String id = live ? lastSaved : seed(thread, k).id();
						Optional<DocumentHit<Load>> hit = template.get(Load.class, id);
						Load expected = live ? live(thread, Integer.parseInt(id.substring(id.indexOf("-l") + 2)))
								: seed(thread, k);
						assertThat(hit.map(DocumentHit::document)).as("get %s", id).contains(expected);
					}
					case 3 -> {
						Load document = live(thread, i);
						DocumentHit<Load> saved = template.save(document);
						assertThat(saved.id()).isEqualTo(document.id());
						assertThat(saved.meta().version()).isEqualTo(1L);
						lastSaved = document.id();
					}
					default -> {
						try (Stream<Load> all = template.iterate(seeds)) {
							assertThat(all.map(Load::n).sorted().toList()).as("iterate %s", owner)
								.containsExactlyElementsOf(IntStream.range(0, SEEDS).boxed().toList());
						}
					}
				}
				NANOS[i % 5].add(System.nanoTime() - began);
				done++;
			}
			return done;
		};
	}

	private static Load seed(int thread, int n) {
		return new Load("t" + thread + "-s" + n, "t" + thread, n, "seed");
	}

	private static Load live(int thread, int i) {
		return new Load("t" + thread + "-l" + i, "t" + thread, i, "live");
	}

}
