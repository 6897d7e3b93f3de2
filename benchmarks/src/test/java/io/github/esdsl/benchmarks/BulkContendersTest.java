package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each bulk contender sends every document to the in-process {@code _bulk} server, so the
 * loopback benchmark cannot measure nothing.
 */
class BulkContendersTest {

	private static final int DOCUMENTS = 2_000;

	private static BulkServer server;

	private static BulkContenders contenders;

	@BeforeAll
	static void start() throws IOException {
		server = new BulkServer();
		contenders = new BulkContenders(server.uri());
	}

	@AfterAll
	static void stop() throws IOException {
		contenders.close();
		server.close();
	}

	@Test
	void esdslSendsEveryDocument() {
		server.resetItems();
		assertThat(contenders.esdsl("bench", Events.generate(DOCUMENTS))).isEqualTo(DOCUMENTS);
		assertThat(server.items()).isEqualTo(DOCUMENTS);
	}

	@Test
	void bulkIngesterSendsEveryDocument() {
		server.resetItems();
		assertThat(contenders.bulkIngester("bench", Events.generate(DOCUMENTS))).isEqualTo(DOCUMENTS);
		assertThat(server.items()).isEqualTo(DOCUMENTS);
	}

	@Test
	void rawNdjsonSendsEveryDocument() {
		server.resetItems();
		assertThat(contenders.rawNdjson("bench", Events.generate(DOCUMENTS))).isEqualTo(DOCUMENTS);
		assertThat(server.items()).isEqualTo(DOCUMENTS);
	}

	@Test
	void aFailedItemIsNotCountedAsIndexed() {
		byte[] response = "{\"took\":1,\"errors\":true,\"items\":[{\"index\":{\"_id\":\"1\",\"status\":201}},{\"index\":{\"_id\":\"2\",\"status\":400,\"error\":{\"type\":\"x\"}}}]}"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(BulkContenders.successes(response, 2)).isEqualTo(1);
		assertThat(BulkContenders.successes(BulkServer.bulkResponse(3), 3)).isEqualTo(3);
	}

	@Test
	void eventsAreAboutOneKilobyteAndTheSameEveryTime() {
		assertThat(Events.generate(100)).isEqualTo(Events.generate(100));
		assertThat(Events.generate(100)).containsExactlyElementsOf(Events.stream(100));
		assertThat(Events.generate(1000).stream()
			.mapToInt((event) -> io.github.esdsl.document.Documents.mapper().writeValueAsBytes(event).length)
			.average()
			.orElseThrow()).isBetween(900.0, 1200.0);
	}

}
