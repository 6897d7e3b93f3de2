package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import io.github.esdsl.benchmarks.Events.Event;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real node, each bulk contender indexes every document and each iteration contender
 * reads every document once, so the benchmarks cannot measure nothing.
 */
@WithElasticsearch
class ContendersIT {

	private static final int DOCUMENTS = 2_000;

	private static BenchNode node;

	private static BulkContenders bulk;

	@BeforeAll
	static void connect(ElasticsearchEndpoint endpoint) {
		node = BenchNode.connect(endpoint.uri());
		bulk = new BulkContenders(endpoint.uri());
	}

	@AfterAll
	static void close() throws IOException {
		bulk.close();
		node.close();
	}

	@Test
	void esdslIndexesEveryDocument() {
		node.recreate("it-bulk-esdsl");
		assertThat(bulk.esdsl("it-bulk-esdsl", Events.generate(DOCUMENTS))).isEqualTo(DOCUMENTS);
		assertThat(node.count("it-bulk-esdsl")).isEqualTo(DOCUMENTS);
	}

	@Test
	void bulkIngesterIndexesEveryDocument() {
		node.recreate("it-bulk-ingester");
		assertThat(bulk.bulkIngester("it-bulk-ingester", Events.generate(DOCUMENTS))).isEqualTo(DOCUMENTS);
		assertThat(node.count("it-bulk-ingester")).isEqualTo(DOCUMENTS);
	}

	@Test
	void rawNdjsonIndexesEveryDocument() {
		node.recreate("it-bulk-raw");
		assertThat(bulk.rawNdjson("it-bulk-raw", Events.generate(DOCUMENTS))).isEqualTo(DOCUMENTS);
		assertThat(node.count("it-bulk-raw")).isEqualTo(DOCUMENTS);
	}

	@Test
	void bothIterationsReadEveryDocumentOnceWithTheSameSource() throws IOException {
		node.recreate("it-iterate");
		bulk.rawNdjson("it-iterate", Events.stream(DOCUMENTS));
		assertThat(node.count("it-iterate")).isEqualTo(DOCUMENTS);
		try (IterationContenders iteration = new IterationContenders(node.uri())) {
			Set<Event> esdsl = new HashSet<>();
			assertThat(iteration.esdsl("it-iterate", esdsl::add)).isEqualTo(DOCUMENTS);
			Set<Event> typed = new HashSet<>();
			assertThat(iteration.typedClient("it-iterate", typed::add)).isEqualTo(DOCUMENTS);
			Set<Event> expected = new HashSet<>(Events.generate(DOCUMENTS));
			assertThat(esdsl).isEqualTo(expected);
			Set<Event> expectedWithoutIds = new HashSet<>();
			for (Event event : expected) {
				expectedWithoutIds.add(new Event(null, event.timestamp(), event.level(), event.service(), event.host(),
						event.title(), event.message(), event.url(), event.userAgent(), event.tags(), event.status(),
						event.bytes(), event.latency()));
			}
			assertThat(typed).isEqualTo(expectedWithoutIds);
		}
	}

}
