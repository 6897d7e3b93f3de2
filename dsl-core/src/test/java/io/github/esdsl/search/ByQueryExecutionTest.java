package io.github.esdsl.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.esdsl.connection.ConflictException;
import io.github.esdsl.connection.Connection;
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

	private CannedServer server;

	private Connection connection;

	@BeforeEach
	void start() throws IOException {
		this.server = new CannedServer();
		this.connection = this.server.connection();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void deleteSendsTheSearchBodyAndParamsToDeleteByQuery() {
		this.server.answer(200, ResponseParsingTest.body("delete_by_query.json"));
		DeleteByQueryResponse response = Search.of("blog", "news").using(this.connection)
			.query(Q.term("category", "old"))
			.params(Map.of("conflicts", "proceed"))
			.params(Map.of("refresh", true))
			.delete();
		assertThat(this.server.received()).singleElement().satisfies((request) -> {
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
		this.server.answer(200, ResponseParsingTest.body("delete_by_query.json"));
		DeleteByQueryResponse response = Search.of("blog").using(this.connection).deleteAsync().join();
		assertThat(response.deleted()).isEqualTo(119);
		assertThat(this.server.received()).extracting(CannedServer.Received::pathAndQuery).containsExactly("/blog/_delete_by_query");
	}

	@Test
	void emptySearchDeletesWithoutARequest() {
		assertThat(EmptySearch.from(Search.of("blog").using(this.connection)).delete().deleted()).isZero();
		assertThat(this.server.received()).isEmpty();
	}

	@Test
	void updateByQuerySendsQueryScriptAndParams() {
		this.server.answer(200, ResponseParsingTest.body("update_by_query.json"));
		UpdateByQueryResponse response = UpdateByQuery.of("blog").using(this.connection)
			.query(Q.term("category", "old"))
			.script(Map.of("source", "ctx._source.likes++", "lang", "painless"))
			.params(Map.of("conflicts", "proceed"))
			.execute();
		assertThat(this.server.received()).singleElement().satisfies((request) -> {
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
		this.server.answer("{\"task\":\"r1A2WoRbTwKZ516z6NEs5A:36619\"}");
		UpdateByQueryResponse response = UpdateByQuery.of("blog").using(this.connection)
			.params(Map.of("wait_for_completion", false))
			.executeAsync()
			.join();
		assertThat(response.task()).contains("r1A2WoRbTwKZ516z6NEs5A:36619");
		assertThat(this.server.received()).extracting(CannedServer.Received::pathAndQuery)
			.containsExactly("/blog/_update_by_query?wait_for_completion=false");
	}

	@Test
	void aRefusedUpdateByQueryRaisesTheTypedError() {
		this.server.answer(409, ("{\"error\":{\"root_cause\":[],\"type\":\"version_conflict_engine_exception\","
				+ "\"reason\":\"[4]: version conflict\",\"index\":\"blog\"},\"status\":409}").getBytes(StandardCharsets.UTF_8));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> UpdateByQuery.of("blog").using(this.connection).execute())
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(409);
				assertThat(ex.errorType()).isEqualTo("version_conflict_engine_exception");
				assertThat(ex.index()).isEqualTo("blog");
			});
	}

}
