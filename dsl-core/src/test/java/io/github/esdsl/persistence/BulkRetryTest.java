package io.github.esdsl.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.persistence.BulkTest.allOk;
import static io.github.esdsl.persistence.BulkTest.articles;
import static io.github.esdsl.persistence.BulkTest.ids;
import static io.github.esdsl.persistence.BulkTest.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a bulk run sends again (unavailable items, failed requests, requests the connection sent to
 * another host) and that every retry is reported.
 */
class BulkRetryTest {

	private static final BulkOptions FAST = BulkOptions.defaults().retries(2, Duration.ofMillis(1), Duration.ofMillis(5));

	@Test
	void itemsUnavailableWith503AreRetriedAndReported() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> {
			if (calls.incrementAndGet() > 1) {
				return allOk(request);
			}
			List<String> items = ids(request.body()).stream()
				.map((id) -> id.equals("1") ? item(id, 503, "unavailable_shards_exception", "primary shard is not active")
						: item(id, 201, null, null))
				.toList();
			return new FakeElasticsearch.Answer(200, "{\"errors\":true,\"items\":[" + String.join(",", items) + "]}");
		})) {
			BulkResult result = new DocumentOperations(es.connection()).bulk(articles(3), FAST);
			assertThat(result.succeeded()).isEqualTo(3);
			assertThat(result.failures()).isEmpty();
			assertThat(result.retries()).containsExactly(new BulkRetry(1, "articles", "1", 1, 503,
					"unavailable_shards_exception", "primary shard is not active"));
			assertThat(ids(es.requests().get(1).body())).containsExactly("1");
		}
	}

	@Test
	void aRequestFailingWith503IsSentAgainAndEachOfItsItemsReported() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> (calls.incrementAndGet() == 1)
				? new FakeElasticsearch.Answer(503, "{\"error\":{\"type\":\"cluster_block_exception\",\"reason\":"
						+ "\"blocked by: [SERVICE_UNAVAILABLE/2/no master]\"},\"status\":503}")
				: allOk(request))) {
			try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(es.uri())
				.compatibility(8).maxRetries(0).build())) {
				BulkResult result = new DocumentOperations(connection).bulk(articles(2), FAST);
				assertThat(result.succeeded()).isEqualTo(2);
				assertThat(result.requests()).isEqualTo(2);
				assertThat(result.retried()).isEqualTo(2);
				assertThat(result.retries()).extracting(BulkRetry::position, BulkRetry::attempt, BulkRetry::status,
						BulkRetry::type)
					.containsExactly(Tuple.tuple(0L, 1, 503, "cluster_block_exception"),
							Tuple.tuple(1L, 1, 503, "cluster_block_exception"));
			}
		}
	}

	@Test
	void aRequestTheConnectionSentToAnotherHostReportsItsItemsAsRetried() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch(BulkTest::allOk)) {
			String dead = "http://127.0.0.1:" + deadPort();
			try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(dead, es.uri())
				.compatibility(8).build())) {
				DocumentOperations operations = new DocumentOperations(connection);
				BulkResult result = operations.bulk(articles(2), FAST);
				BulkResult second = operations.bulk(articles(2), FAST);
				BulkResult onDead = (result.retried() > 0) ? result : second;
				assertThat(result.retried() + second.retried()).as("round-robin sends one of them to the dead host first")
					.isEqualTo(2);
				assertThat(onDead.succeeded()).isEqualTo(2);
				assertThat(onDead.requests()).isEqualTo(1);
				assertThat(onDead.retries()).extracting(BulkRetry::position, BulkRetry::attempt, BulkRetry::status,
						BulkRetry::type, BulkRetry::reason)
					.containsExactly(Tuple.tuple(0L, 1, 0, "connection_failure",
							"the connection sent the request again to another host after 1 failed attempt(s)"),
							Tuple.tuple(1L, 1, 0, "connection_failure",
									"the connection sent the request again to another host after 1 failed attempt(s)"));
			}
		}
	}

	@Test
	void whenNoHostAnswersTheRequestIsRetriedThenEveryItemFailsNamingTheCause() throws Exception {
		String dead = "http://127.0.0.1:" + deadPort();
		try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(dead).compatibility(8)
			.maxRetries(0).build())) {
			BulkResult result = new DocumentOperations(connection).bulk(articles(2), FAST);
			assertThat(result.succeeded()).isZero();
			assertThat(result.requests()).isEqualTo(3);
			assertThat(result.retries()).extracting(BulkRetry::position, BulkRetry::attempt, BulkRetry::status,
					BulkRetry::type)
				.containsExactly(Tuple.tuple(0L, 1, 0, "connection_failure"), Tuple.tuple(0L, 2, 0, "connection_failure"),
						Tuple.tuple(1L, 1, 0, "connection_failure"), Tuple.tuple(1L, 2, 0, "connection_failure"));
			assertThat(result.retries()).allSatisfy((retry) -> assertThat(retry.reason()).contains(dead));
			assertThat(result.failures()).extracting(BulkFailure::position, BulkFailure::status, BulkFailure::type)
				.containsExactly(Tuple.tuple(0L, 0, "ConnectionException"), Tuple.tuple(1L, 0, "ConnectionException"));
		}
	}

	private static int deadPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
