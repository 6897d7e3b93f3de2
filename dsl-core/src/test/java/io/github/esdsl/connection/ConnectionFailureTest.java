package io.github.esdsl.connection;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Error responses become typed exceptions; unreachable and silent hosts are named.
 */
class ConnectionFailureTest {

	private static final String INDEX_NOT_FOUND = """
			{"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [missing]",\
			"resource.type":"index_or_alias","resource.id":"missing","index_uuid":"_na_","index":"missing"}],\
			"type":"index_not_found_exception","reason":"no such index [missing]","resource.type":"index_or_alias",\
			"resource.id":"missing","index_uuid":"_na_","index":"missing"},"status":404}""";

	private static Connection connect(String... hosts) {
		return Connection.create(ConnectionSettings.builder().hosts(hosts).basicAuth("elastic", "hunter2").build());
	}

	@Test
	void indexNotFoundBodyBecomesNotFoundExceptionWithItsFields() {
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.json(exchange, 404, INDEX_NOT_FOUND));
				Connection connection = connect(server.uri())) {
			NotFoundException ex = catchThrowableOfType(NotFoundException.class,
					() -> connection.perform(RawRequest.post("/missing/_search").param("q", "x").body(Map.of())));
			assertThat(ex.status()).isEqualTo(404);
			assertThat(ex.errorType()).isEqualTo("index_not_found_exception");
			assertThat(ex.reason()).isEqualTo("no such index [missing]");
			assertThat(ex.index()).isEqualTo("missing");
			assertThat(ex.method()).isEqualTo("POST");
			assertThat(ex.path()).isEqualTo("/missing/_search");
			assertThat(ex.host()).isEqualTo(server.uri());
			assertThat(ex.error()).containsEntry("resource.id", "missing");
			assertThat(ex).hasMessage("POST /missing/_search failed with status 404: index_not_found_exception"
					+ " - no such index [missing] [index: missing]");
		}
	}

	@Test
	void statusesMapToTheirExceptionTypes() {
		assertThat(failureFor(400, "{\"error\":{\"type\":\"parsing_exception\",\"reason\":\"bad\"},\"status\":400}"))
			.isInstanceOf(BadRequestException.class);
		assertThat(failureFor(401, "{\"error\":{\"type\":\"security_exception\",\"reason\":\"no\"},\"status\":401}"))
			.isInstanceOf(AuthenticationException.class);
		assertThat(failureFor(403, "{\"error\":{\"type\":\"security_exception\",\"reason\":\"no\"},\"status\":403}"))
			.isInstanceOf(AuthorizationException.class);
		ElasticsearchException conflict = failureFor(409, """
				{"error":{"type":"version_conflict_engine_exception","reason":"[1]: version conflict",\
				"index":"docs"},"status":409}""");
		assertThat(conflict).isInstanceOf(ConflictException.class);
		assertThat(conflict.index()).isEqualTo("docs");
		ElasticsearchException tooMany = failureFor(429, "{\"error\":\"too many\",\"status\":429}");
		assertThat(tooMany.getClass()).isEqualTo(ElasticsearchException.class);
		assertThat(tooMany.reason()).isEqualTo("too many");
		assertThat(tooMany.errorType()).isNull();
	}

	@Test
	void serverErrorWithNonJsonBodyKeepsTheText() {
		ElasticsearchException ex = failureFor(500, "<html>proxy exploded</html>");
		assertThat(ex.status()).isEqualTo(500);
		assertThat(ex.reason()).isEqualTo("<html>proxy exploded</html>");
		assertThat(ex).hasMessage("GET /idx/_count failed with status 500: <html>proxy exploded</html>");
	}

	@Test
	void rootCauseIsNamedWhenItSaysMore() {
		ElasticsearchException ex = failureFor(400, """
				{"error":{"root_cause":[{"type":"query_shard_exception","reason":"failed to create query",\
				"index":"logs"}],"type":"search_phase_execution_exception","reason":"all shards failed"},"status":400}""");
		assertThat(ex.index()).isEqualTo("logs");
		assertThat(ex).hasMessageEndingWith("all shards failed [index: logs]; root cause: query_shard_exception:"
				+ " failed to create query");
	}

	@Test
	void ignoredStatusIsReturnedAsResponse() {
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.json(exchange, 404,
				"{\"_index\":\"docs\",\"_id\":\"1\",\"found\":false}"));
				Connection connection = connect(server.uri())) {
			RawResponse response = connection.perform(RawRequest.get("/docs/_doc/1").ignore(404));
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.bodyAsMap()).containsEntry("found", false);
		}
	}

	@Test
	void exceptionsNeverShowCredentials() {
		ElasticsearchException ex = failureFor(401,
				"{\"error\":{\"type\":\"security_exception\",\"reason\":\"unable to authenticate\"},\"status\":401}");
		assertThat(ex.toString()).doesNotContain("hunter2").doesNotContain("ZWxhc3RpYzpodW50ZXIy");
		int port = TestServer.deadPort();
		ConnectionException refused = catchThrowableOfType(ConnectionException.class,
				() -> connect("http://127.0.0.1:" + port).perform(RawRequest.get("/")));
		assertThat(stackText(refused)).doesNotContain("hunter2").doesNotContain("ZWxhc3RpYzpodW50ZXIy");
	}

	@Test
	void connectionRefusedNamesEveryHostTried() {
		String first = "http://127.0.0.1:" + TestServer.deadPort();
		String second = "http://127.0.0.1:" + TestServer.deadPort();
		try (Connection connection = connect(first, second)) {
			ConnectionException ex = catchThrowableOfType(ConnectionException.class,
					() -> connection.perform(RawRequest.get("/_cluster/health")));
			assertThat(ex).isNotInstanceOf(RequestTimeoutException.class);
			assertThat(ex.hosts()).containsExactlyInAnyOrder(first, second);
			assertThat(ex.getMessage()).startsWith("GET /_cluster/health: cannot reach Elasticsearch, tried [")
				.contains(first)
				.contains(second);
			assertThat(ex.getSuppressed()).isNotEmpty();
		}
	}

	@Test
	void silentServerFailsWithinTheSocketTimeoutNamingHostAndTimeout() throws Exception {
		try (SilentServer hole = new SilentServer();
				Connection connection = Connection.create(ConnectionSettings.builder().hosts(hole.uri())
					.socketTimeout(Duration.ofMillis(400)).build())) {
			long start = System.nanoTime();
			RequestTimeoutException ex = catchThrowableOfType(RequestTimeoutException.class,
					() -> connection.perform(RawRequest.get("/_search")));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(took).isBetween(Duration.ofMillis(350), Duration.ofMillis(2500));
			assertThat(ex.host()).isEqualTo(hole.uri());
			assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(400));
			assertThat(ex).hasMessage("GET /_search: no response from " + hole.uri()
					+ " within the socket timeout of 400ms");
		}
	}

	@Test
	void requestTimeoutBoundsTheWholeRequest() throws Exception {
		try (SilentServer hole = new SilentServer();
				Connection connection = Connection.create(ConnectionSettings.builder().hosts(hole.uri())
					.requestTimeout(Duration.ofMillis(300)).build())) {
			long start = System.nanoTime();
			RequestTimeoutException ex = catchThrowableOfType(RequestTimeoutException.class,
					() -> connection.perform(RawRequest.get("/_search")));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(300));
			assertThat(ex).hasMessage("GET /_search: no response within the request timeout of 300ms (last attempt on "
					+ hole.uri() + ")");
		}
	}

	@Test
	void responseLargerThanTheLimitFailsClearly() {
		String big = "{\"v\":\"" + "x".repeat(5000) + "\"}";
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.json(exchange, 200,
				request.uri().equals("/big") ? big : "{}"));
				Connection connection = Connection.create(
						ConnectionSettings.builder().hosts(server.uri()).maxResponseSize(1000).build())) {
			ResponseTooLargeException ex = catchThrowableOfType(ResponseTooLargeException.class,
					() -> connection.perform(RawRequest.get("/big")));
			assertThat(ex.limit()).isEqualTo(1000);
			assertThat(ex.host()).isEqualTo(server.uri());
			assertThat(ex).hasMessageStartingWith("GET /big: the response from " + server.uri()
					+ " is larger than the maxResponseSize of 1000 bytes");
			assertThat(connection.perform(RawRequest.get("/small")).bodyAsString()).isEqualTo("{}");
		}
	}

	@Test
	void responseAtTheLimitIsAccepted() {
		String exact = "{\"v\":\"" + "x".repeat(992) + "\"}";
		assertThat(exact).hasSize(1000);
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.json(exchange, 200, exact));
				Connection connection = Connection.create(
						ConnectionSettings.builder().hosts(server.uri()).maxResponseSize(1000).build())) {
			assertThat(connection.perform(RawRequest.get("/")).body()).hasSize(1000);
		}
	}

	@Test
	void closedConnectionRefusesRequests() {
		Connection connection = connect("http://127.0.0.1:9");
		connection.close();
		connection.close();
		assertThat(connection.isClosed()).isTrue();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> connection.perform(RawRequest.get("/")))
			.withMessage("The connection to [http://127.0.0.1:9] is closed");
	}

	private static ElasticsearchException failureFor(int status, String body) {
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.json(exchange, status, body));
				Connection connection = connect(server.uri())) {
			return catchThrowableOfType(ElasticsearchException.class,
					() -> connection.perform(RawRequest.get("/idx/_count")));
		}
	}

	private static String stackText(Throwable throwable) {
		java.io.StringWriter out = new java.io.StringWriter();
		throwable.printStackTrace(new java.io.PrintWriter(out));
		return out.toString();
	}

}
