package io.github.esdsl.connection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Asynchronous requests and request listeners.
 */
class ConnectionAsyncTest {

	@Test
	void fiveHundredConcurrentRequestsCompleteOnAFewThreads() throws Exception {
		try (TestServer server = TestServer.start(8, (exchange, request) -> {
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			TestServer.json(exchange, 200, "{\"echo\":\"" + request.uri() + "\"}");
		}); Connection connection = Connection.create(ConnectionSettings.of(server.uri()))) {
			int threadsBefore = Thread.activeCount();
			ConcurrentLinkedQueue<String> completingThreads = new ConcurrentLinkedQueue<>();
			List<CompletableFuture<String>> futures = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				String path = "/idx/_doc/" + i;
				futures.add(connection.performAsync(RawRequest.get(path)).thenApply((response) -> {
					completingThreads.add(Thread.currentThread().getName());
					return path + "=" + response.bodyAsMap().get("echo");
				}));
			}
			int threadsDuring = Thread.activeCount();
			CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			for (int i = 0; i < 500; i++) {
				assertThat(futures.get(i).join()).isEqualTo("/idx/_doc/" + i + "=/idx/_doc/" + i);
			}
			assertThat(server.requests()).hasSize(500);
			assertThat(threadsDuring - threadsBefore).isLessThan(20);
			assertThat(completingThreads).allMatch((name) -> name.startsWith("esdsl-io-"));
			assertThat(completingThreads.stream().distinct().count())
				.isLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
		}
	}

	@Test
	void asyncFailureCompletesTheFutureExceptionally() {
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.json(exchange, 404,
				"{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [x]\",\"index\":\"x\"},"
						+ "\"status\":404}"));
				Connection connection = Connection.create(ConnectionSettings.of(server.uri()))) {
			CompletableFuture<RawResponse> future = connection.performAsync(RawRequest.get("/x/_search"));
			assertThatExceptionOfType(CompletionException.class).isThrownBy(future::join)
				.havingCause()
				.isInstanceOf(NotFoundException.class)
				.withMessageContaining("no such index [x]");
		}
	}

	@Test
	void listenersSeeOperationStatusAndDuration() {
		ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
		List<RequestOutcome> outcomes = new ArrayList<>();
		RequestListener listener = (request) -> {
			events.add("start " + request.operation() + " " + request.method() + " " + request.path());
			return (outcome) -> {
				events.add("end " + request.operation() + " " + outcome.statusText());
				outcomes.add(outcome);
			};
		};
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.json(exchange,
				request.uri().startsWith("/missing") ? 404 : 200, "{}"));
				Connection connection = Connection.create(ConnectionSettings.builder().hosts(server.uri())
					.listener(listener)
					.listener((request) -> {
						throw new IllegalStateException("a broken listener is ignored");
					})
					.build())) {
			connection.perform(RawRequest.post("/idx/_search").body(Map.of()));
			connection.perform(RawRequest.put("/idx/_doc/1").body(Map.of()).operation("index"));
			assertThatExceptionOfType(NotFoundException.class)
				.isThrownBy(() -> connection.perform(RawRequest.get("/missing")));
			assertThat(events).containsExactly("start search POST /idx/_search", "end search 200",
					"start index PUT /idx/_doc/1", "end index 200", "start request GET /missing", "end request 404");
			assertThat(outcomes).allSatisfy((outcome) -> {
				assertThat(outcome.duration()).isPositive().isLessThan(Duration.ofSeconds(10));
				assertThat(outcome.attempts()).isEqualTo(1);
				assertThat(outcome.host()).isEqualTo(server.uri());
			});
			assertThat(outcomes.get(2).failure()).isInstanceOf(NotFoundException.class);
			assertThat(outcomes.get(2).isSuccess()).isFalse();
		}
	}

	@Test
	void listenerSeesConnectionFailureWithoutStatus() {
		List<RequestOutcome> outcomes = new ArrayList<>();
		try (Connection connection = Connection.create(ConnectionSettings.builder()
			.hosts("http://127.0.0.1:" + TestServer.deadPort())
			.maxRetries(0)
			.listener(RequestListener.onCompletion((request, outcome) -> outcomes.add(outcome)))
			.build())) {
			assertThatExceptionOfType(ConnectionException.class)
				.isThrownBy(() -> connection.perform(RawRequest.get("/")));
			assertThat(outcomes).singleElement().satisfies((outcome) -> {
				assertThat(outcome.status()).isZero();
				assertThat(outcome.statusText()).isEqualTo("IO_ERROR");
				assertThat(outcome.failure()).isInstanceOf(ConnectionException.class);
			});
		}
	}

}
