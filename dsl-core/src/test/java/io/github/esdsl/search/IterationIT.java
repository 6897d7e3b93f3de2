package io.github.esdsl.search;

import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.query.Q;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.LiveFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code iterate()} (point in time and search_after) and {@code scan()} (scroll) over 20,000
 * documents: each returned exactly once, one page held at a time, and nothing left open on the
 * node, also when the consumer stops early or throws.
 */
@WithElasticsearch
class IterationIT {

	private static final int DOCUMENTS = 20_000;

	record Numbered(int n) {
	}

	private static final AtomicInteger searches = new AtomicInteger();

	private static Connection connection;

	private static String index;

	@BeforeAll
	static void load(ElasticsearchEndpoint node) {
		connection = LiveFixtures.connect(node, RequestListener.onCompletion((request, outcome) -> {
			if (request.operation().equals("search") || request.operation().equals("scroll")) {
				searches.incrementAndGet();
			}
		}));
		index = LiveFixtures.newIndex("many");
		connection.client().indices().create(index, map("settings", map("number_of_shards", 2),
				"mappings", map("properties", map("n", map("type", "integer")))));
		Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			documents.put(Integer.toString(i), map("n", i));
		}
		LiveFixtures.bulk(connection, index, documents);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@AfterEach
	void nothingIsLeftOpen() {
		assertThat(LiveFixtures.searchStat(connection, "open_contexts")).as("open search contexts (point in time readers and scrolls)")
			.isZero();
		assertThat(LiveFixtures.searchStat(connection, "scroll_current")).isZero();
	}

	private static Search<Numbered> numbered() {
		return Search.of(Numbered.class).index(index).using(connection);
	}

	@Test
	void iterateReturnsEveryDocumentExactlyOncePageByPage() {
		BitSet seen = new BitSet(DOCUMENTS);
		AtomicInteger duplicates = new AtomicInteger();
		searches.set(0);
		try (Stream<Numbered> all = numbered().iterate(500)) {
			all.forEach((doc) -> {
				if (seen.get(doc.n())) {
					duplicates.incrementAndGet();
				}
				seen.set(doc.n());
			});
		}
		assertThat(seen.cardinality()).isEqualTo(DOCUMENTS);
		assertThat(duplicates).hasValue(0);
		assertThat(searches).as("40 pages of 500 and the empty page that ends them").hasValue(41);
	}

	@Test
	void iterateKeepsTheSearchQueryAndSort() {
		try (Stream<Hit<Numbered>> hits = numbered().query(Q.range("n", Map.of("lt", 1500))).sort("-n").iterateHits(400)) {
			assertThat(hits.map((hit) -> hit.source().n()).toList()).hasSize(1500).first().isEqualTo(1499);
		}
		try (Stream<Numbered> docs = numbered().query(Q.range("n", Map.of("lt", 1500))).sort("-n").iterate(400)) {
			assertThat(docs.map(Numbered::n).toList()).isSortedAccordingTo((a, b) -> b - a);
		}
	}

	@Test
	void iterateHoldsOnePointInTimeAndClosesItWhenStoppedEarly() {
		try (Stream<Numbered> all = numbered().iterate(100)) {
			Iterator<Numbered> iterator = all.iterator();
			iterator.next();
			assertThat(LiveFixtures.searchStat(connection, "open_contexts")).as("one point in time reader per shard")
				.isEqualTo(2);
			for (int i = 0; i < 149; i++) {
				iterator.next();
			}
		}
		assertThat(LiveFixtures.searchStat(connection, "open_contexts")).isZero();
	}

	@Test
	void iterateClosesThePointInTimeWhenTheConsumerThrows() {
		AtomicInteger consumed = new AtomicInteger();
		assertThatIllegalStateException().isThrownBy(() -> {
			try (Stream<Numbered> all = numbered().iterate(100)) {
				all.forEach((doc) -> {
					if (consumed.incrementAndGet() > 120) {
						throw new IllegalStateException("consumer gave up");
					}
				});
			}
		}).withMessage("consumer gave up");
		assertThat(consumed).hasValue(121);
	}

	@Test
	void iterateClosesThePointInTimeWhenAPageFails() {
		Search<Numbered> broken = numbered().sort(Map.of("no_such_field", Map.of("order", "asc", "unmapped_type", "nonsense")));
		Iterator<Numbered> iterator = broken.iterate(100).iterator();
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(iterator::hasNext);
	}

	@Test
	void scanReturnsEveryDocumentExactlyOnceAndClearsTheScroll() {
		BitSet seen = new BitSet(DOCUMENTS);
		AtomicInteger count = new AtomicInteger();
		try (Stream<Numbered> all = numbered().scan()) {
			all.forEach((doc) -> {
				seen.set(doc.n());
				count.incrementAndGet();
			});
		}
		assertThat(seen.cardinality()).isEqualTo(DOCUMENTS);
		assertThat(count).hasValue(DOCUMENTS);
	}

	@Test
	void scanClearsTheScrollWhenStoppedEarly() {
		try (Stream<Hit<Numbered>> hits = numbered().scanHits(200)) {
			assertThat(hits.limit(250).count()).isEqualTo(250);
			assertThat(LiveFixtures.searchStat(connection, "scroll_current")).isPositive();
		}
	}

}
