package io.github.esdsl.search;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.esdsl.connection.ConflictException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code delete()} and {@code UpdateByQuery.execute()} against an in-process HTTP server that
 * answers with Elasticsearch's documented bodies (the embedded node has no reindex module): the
 * exact request sent, and the response read.
 */
class ByQueryExecutionTest {

	record Received(String method, String pathAndQuery, String body) {
	}

	private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	private HttpServer server;

	private Connection connection;

	private volatile int status = 200;

	private volatile byte[] answer;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
		this.connection = Connection.create(ConnectionSettings.builder()
			.hosts("http://127.0.0.1:" + this.server.getAddress().getPort())
			.compatibility(8)
			.build());
	}

	@AfterEach
	void stop() {
		this.connection.close();
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), body));
		exchange.getResponseHeaders().add("Content-Type", "application/vnd.elasticsearch+json;compatible-with=8");
		exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
		exchange.sendResponseHeaders(this.status, this.answer.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(this.answer);
		}
	}

	@Test
	void deleteSendsTheSearchBodyAndParamsToDeleteByQuery() {
		this.answer = ResponseParsingTest.body("delete_by_query.json");
		DeleteByQueryResponse response = Search.of("blog", "news").using(this.connection)
			.query(Q.term("category", "old"))
			.params(Map.of("conflicts", "proceed"))
			.params(Map.of("refresh", true))
			.delete();
		assertThat(this.received).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.pathAndQuery()).isEqualTo("/blog,news/_delete_by_query?conflicts=proceed&refresh=true");
			assertThat(Json.parseMap(request.body())).isEqualTo(Map.of("query", Map.of("term", Map.of("category", "old"))));
		});
		assertThat(response.deleted()).isEqualTo(119);
		assertThat(response.total()).isEqualTo(119);
		assertThat(response.took()).isEqualTo(147);
		assertThat(response.versionConflicts()).isZero();
		assertThat(response.bulkRetries()).isZero();
		assertThat(response.failures()).isEmpty();
		assertThat(response.success()).isTrue();
	}

	@Test
	void deleteAsyncReadsTheSameResponse() {
		this.answer = ResponseParsingTest.body("delete_by_query.json");
		DeleteByQueryResponse response = Search.of("blog").using(this.connection).deleteAsync().join();
		assertThat(response.deleted()).isEqualTo(119);
		assertThat(this.received).extracting(Received::pathAndQuery).containsExactly("/blog/_delete_by_query");
	}

	@Test
	void emptySearchDeletesWithoutARequest() {
		this.answer = new byte[0];
		assertThat(EmptySearch.from(Search.of("blog").using(this.connection)).delete().deleted()).isZero();
		assertThat(this.received).isEmpty();
	}

	@Test
	void updateByQuerySendsQueryScriptAndParams() {
		this.answer = ResponseParsingTest.body("update_by_query.json");
		UpdateByQueryResponse response = UpdateByQuery.of("blog").using(this.connection)
			.query(Q.term("category", "old"))
			.script(Map.of("source", "ctx._source.likes++", "lang", "painless"))
			.params(Map.of("conflicts", "proceed"))
			.execute();
		assertThat(this.received).singleElement().satisfies((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.pathAndQuery()).isEqualTo("/blog/_update_by_query?conflicts=proceed");
			assertThat(Json.parseMap(request.body())).isEqualTo(Map.of("query", Map.of("term", Map.of("category", "old")),
					"script", Map.of("source", "ctx._source.likes++", "lang", "painless")));
		});
		assertThat(response.updated()).isEqualTo(3);
		assertThat(response.versionConflicts()).isEqualTo(2);
		assertThat(response.failures()).singleElement()
			.satisfies((failure) -> assertThat(failure).containsEntry("id", "4").containsEntry("status", 409));
		assertThat(response.success()).isFalse();
	}

	@Test
	void updateByQueryAsyncAndWaitForCompletionFalseGiveTheTask() {
		this.answer = "{\"task\":\"r1A2WoRbTwKZ516z6NEs5A:36619\"}".getBytes(StandardCharsets.UTF_8);
		UpdateByQueryResponse response = UpdateByQuery.of("blog").using(this.connection)
			.params(Map.of("wait_for_completion", false))
			.executeAsync()
			.join();
		assertThat(response.task()).contains("r1A2WoRbTwKZ516z6NEs5A:36619");
		assertThat(this.received).extracting(Received::pathAndQuery)
			.containsExactly("/blog/_update_by_query?wait_for_completion=false");
	}

	@Test
	void aRefusedUpdateByQueryRaisesTheTypedError() {
		this.status = 409;
		this.answer = ("{\"error\":{\"root_cause\":[],\"type\":\"version_conflict_engine_exception\","
				+ "\"reason\":\"[4]: version conflict\",\"index\":\"blog\"},\"status\":409}").getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> UpdateByQuery.of("blog").using(this.connection).execute())
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(409);
				assertThat(ex.errorType()).isEqualTo("version_conflict_engine_exception");
				assertThat(ex.index()).isEqualTo("blog");
			});
	}

}
