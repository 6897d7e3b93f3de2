package io.github.esdsl.index.management;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.index.management.MigrationDocuments.PostV1;
import io.github.esdsl.index.management.MigrationDocuments.PostV2;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reliability run on the real node: 200,000 documents migrated from {@code title} as
 * text to keyword with a text multi-field while a writer indexes and updates documents through the
 * write alias and a reader searches through the read alias.
 */
@WithElasticsearch
class MigrationUnderLoadIT {

	static final int DOCUMENTS = 200_000;

	private static Connection connection;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		connection = MigrationNodes.connect(node);
		MigrationNodes.clean(connection, MigrationDocuments.INDEX);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	private static String title(String id) {
		return id.startsWith("p-") ? "post number " + id.substring(2) : "post " + id;
	}

	@Test
	void migrationUnderWritesAndSearchesLosesNothingAndServesNoStaleVersion() throws Exception {
		VersionedIndex names = VersionedIndex.of(PostV2.class);
		Migrator migrator = new Migrator(connection).batchSize(2000);
		assertThat(migrator.migrate(PostV1.class).outcome()).isEqualTo(MigrationResult.Outcome.FIRST_VERSION_CREATED);
		DocumentOperations writes = new DocumentOperations(connection).on(names.writeAlias());
		long loadStart = System.nanoTime();
		writes.bulk(IntStream.range(0, DOCUMENTS).mapToObj((i) -> new PostV1("p-" + i, "post number " + i, 1)),
				BulkOptions.defaults().batchSize(5000).concurrency(2));
		Duration load = Duration.ofNanos(System.nanoTime() - loadStart);
		Map<String, Integer> expected = new ConcurrentHashMap<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			expected.put("p-" + i, 1);
			ids.add("p-" + i);
		}
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong indexed = new AtomicLong();
		AtomicLong updated = new AtomicLong();
		AtomicLong writeRetries = new AtomicLong();
		AtomicLong searches = new AtomicLong();
		AtomicLong failedSearches = new AtomicLong();
		Thread writer = new Thread(() -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			int next = 0;
			while (!stop.get()) {
				boolean update = random.nextBoolean();
				String id = update ? ids.get(random.nextInt(ids.size())) : "n-" + next++;
				int version = expected.getOrDefault(id, 0) + 1;
				while (true) {
					try {
						writes.save(new PostV1(id, title(id), version));
						break;
					}
					catch (RuntimeException ex) {
						writeRetries.incrementAndGet();
					}
				}
				expected.put(id, version);
				(update ? updated : indexed).incrementAndGet();
				if (!update) {
					ids.add(id);
				}
			}
		}, "migration-writer");
		Thread reader = new Thread(() -> {
			Search<PostV2> search = Search.of(PostV2.class).using(connection).query(Q.matchAll()).size(10);
			while (!stop.get()) {
				try {
					Response<PostV2> response = search.execute(true);
					if (!response.success() || response.hits().size() != 10) {
						failedSearches.incrementAndGet();
					}
				}
				catch (RuntimeException ex) {
					failedSearches.incrementAndGet();
				}
				searches.incrementAndGet();
			}
		}, "migration-reader");
		writer.start();
		reader.start();
		Thread.sleep(1000);
		long writesBefore = indexed.get() + updated.get();
		MigrationResult result = migrator.migrate(PostV2.class);
		long writesDuring = indexed.get() + updated.get() - writesBefore;
		Thread.sleep(1000);
		stop.set(true);
		writer.join();
		reader.join();

		assertThat(result.outcome()).isEqualTo(MigrationResult.Outcome.MIGRATED);
		assertThat(result.state().phase()).isEqualTo(MigrationPhase.DONE);
		assertThat(result.state().sourceCount()).isEqualTo(result.state().copied() + result.state().superseded());
		assertThat(result.state().failures()).isZero();
		assertThat(MigrationNodes.indicesOf(connection, names.readAlias())).containsExactly(names.version(2));
		assertThat(MigrationNodes.indicesOf(connection, names.writeAlias())).containsExactly(names.version(2));
		assertThat(MigrationNodes.titleMapping(connection, names.version(2)))
			.isEqualTo(Map.of("type", "keyword", "fields", Map.of("text", Map.of("type", "text"))));
		connection.perform(io.github.esdsl.connection.RawRequest.post("/" + names.readAlias() + "/_refresh"));
		Map<String, Integer> found = new HashMap<>();
		Search.of(PostV2.class).using(connection).iterate(5000).forEach((post) -> found.put(post.id, post.version));
		long lost = expected.keySet().stream().filter((id) -> !found.containsKey(id)).count();
		long stale = expected.entrySet().stream().filter((e) -> found.containsKey(e.getKey())
				&& !found.get(e.getKey()).equals(e.getValue())).count();
		System.out.printf("RELIABILITY migration: %d documents loaded in %d s; migration took %d s (%s copy), %d copied, "
				+ "%d superseded by newer writes; %d writes during the migration (%d new, %d updates in all, %d retried "
				+ "writes); %d searches through the read alias, %d failed; %d documents expected, %d found, %d lost, "
				+ "%d stale%n", DOCUMENTS, load.toSeconds(), result.took().toSeconds(), result.state().copyMethod(),
				result.state().copied(), result.state().superseded(), writesDuring, indexed.get(), updated.get(),
				writeRetries.get(), searches.get(), failedSearches.get(), expected.size(), found.size(), lost, stale);
		assertThat(writesDuring).isPositive();
		assertThat(searches.get()).isPositive();
		assertThat(lost).isZero();
		assertThat(stale).isZero();
		assertThat(failedSearches.get()).isZero();
		assertThat(found).hasSize(expected.size());
		assertThat(Search.of(PostV2.class).using(connection).query(Q.term("title", "post number 7")).execute().hits())
			.singleElement()
			.satisfies((hit) -> {
				assertThat(hit.index()).isEqualTo(names.version(2));
				assertThat(hit.source().title).isEqualTo("post number 7");
			});
	}

}
