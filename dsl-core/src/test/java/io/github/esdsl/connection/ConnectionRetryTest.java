package io.github.esdsl.connection;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Retries and failover across hosts.
 */
class ConnectionRetryTest {

	@Test
	void deadHostFailsOverToTheLiveOne() {
		String dead = "http://127.0.0.1:" + TestServer.deadPort();
		try (TestServer live = TestServer.startOk();
				Connection connection = Connection.create(
						ConnectionSettings.builder().hosts(dead, live.uri()).maxRetries(1).build())) {
			for (int i = 0; i < 6; i++) {
				RawResponse response = connection.perform(RawRequest.get("/n" + i));
				assertThat(response.host()).isEqualTo(live.uri());
			}
			assertThat(live.requests()).hasSize(6);
		}
	}

	@Test
	void withoutRetriesTheDeadHostFailsTheRequest() {
		String dead = "http://127.0.0.1:" + TestServer.deadPort();
		try (Connection connection = Connection.create(
				ConnectionSettings.builder().hosts(dead).maxRetries(0).build())) {
			ConnectionException ex = catchThrowableOfType(ConnectionException.class,
					() -> connection.perform(RawRequest.get("/")));
			assertThat(ex.hosts()).containsExactly(dead);
			assertThat(ex.getSuppressed()).hasSize(1).as("only the call site, no earlier attempt");
		}
	}

	@Test
	void retriesAreBoundedByMaxRetries() {
		AtomicInteger calls = new AtomicInteger();
		try (TestServer unavailable = TestServer.start((exchange, request) -> {
			calls.incrementAndGet();
			TestServer.json(exchange, 503, "{\"error\":{\"type\":\"unavailable\",\"reason\":\"busy\"},\"status\":503}");
		}); Connection connection = Connection.create(
				ConnectionSettings.builder().hosts(unavailable.uri()).maxRetries(2).build())) {
			ElasticsearchException ex = catchThrowableOfType(ElasticsearchException.class,
					() -> connection.perform(RawRequest.get("/")));
			assertThat(ex.status()).isEqualTo(503);
			assertThat(ex.reason()).isEqualTo("busy");
			assertThat(calls).hasValue(3);
		}
	}

	@Test
	void unavailableHostIsRetriedOnTheOtherHost() {
		try (TestServer unavailable = TestServer.start((exchange, request) -> TestServer.json(exchange, 503, "{}"));
				TestServer live = TestServer.startOk();
				Connection connection = Connection.create(
						ConnectionSettings.builder().hosts(unavailable.uri(), live.uri()).maxRetries(1).build())) {
			for (int i = 0; i < 4; i++) {
				assertThat(connection.perform(RawRequest.get("/")).host()).isEqualTo(live.uri());
			}
		}
	}

	@Test
	void clientErrorsAreNotRetried() {
		AtomicInteger calls = new AtomicInteger();
		try (TestServer server = TestServer.start((exchange, request) -> {
			calls.incrementAndGet();
			TestServer.json(exchange, 400, "{\"error\":{\"type\":\"parsing_exception\",\"reason\":\"x\"},\"status\":400}");
		}); Connection connection = Connection.create(ConnectionSettings.builder().hosts(server.uri()).build())) {
			catchThrowableOfType(BadRequestException.class, () -> connection.perform(RawRequest.get("/")));
			assertThat(calls).hasValue(1);
		}
	}

	@Test
	void timeoutIsNotRetriedUnlessAsked() throws Exception {
		try (SilentServer hole = new SilentServer(); TestServer live = TestServer.startOk()) {
			ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(hole.uri(), live.uri())
				.socketTimeout(Duration.ofMillis(300)).maxRetries(1);
			try (Connection connection = Connection.create(settings.build())) {
				RequestTimeoutException ex = catchThrowableOfType(RequestTimeoutException.class,
						() -> firstOnHole(connection, hole.uri()));
				assertThat(ex.host()).isEqualTo(hole.uri());
			}
			try (Connection connection = Connection.create(settings.retryOnTimeout(true).build())) {
				for (int i = 0; i < 3; i++) {
					assertThat(connection.perform(RawRequest.get("/")).host()).isEqualTo(live.uri());
				}
			}
		}
	}

	/** Sends until an attempt lands on the silent host first (round-robin decides the first host). */
	private static void firstOnHole(Connection connection, String hole) {
		for (int i = 0; i < 4; i++) {
			connection.perform(RawRequest.get("/"));
		}
		throw new AssertionError("no request was sent to " + hole + " first");
	}

}
