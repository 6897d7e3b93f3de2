package io.github.esdsl.reliability;

import java.time.Duration;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.SilentServer;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.connection.RequestTimeoutException;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A node that accepts connections and never answers: alone, a request fails within the configured
 * timeout naming it; next to a real node, requests fail over to the real one.
 */
@WithElasticsearch
class HungNodeIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	/** Scheduling slack on a busy machine (the default socket timeout is 30 seconds). */
	private static final Duration MARGIN = Duration.ofMillis(1500);

	/** Loads and warms the client's classes, so that the first timed request measures the timeout only. */
	@BeforeAll
	static void warmUp(ElasticsearchEndpoint node) throws Exception {
		try (SilentServer hung = new SilentServer();
				Connection connection = Connection.create(ConnectionSettings.builder()
					.hosts(node.uris().get(0).toString(), hung.uri()).compatibility(8)
					.socketTimeout(Duration.ofMillis(200)).retryOnTimeout(true).build())) {
			for (int i = 0; i < 4; i++) {
				connection.perform(RawRequest.get("/_cluster/health"));
			}
		}
	}

	@Test
	void aloneItFailsWithinTheSocketTimeoutNamingTheHost() throws Exception {
		try (SilentServer hung = new SilentServer();
				Connection connection = Connection.create(ConnectionSettings.builder().hosts(hung.uri())
					.socketTimeout(TIMEOUT).build())) {
			long start = System.nanoTime();
			RequestTimeoutException ex = catchThrowableOfType(RequestTimeoutException.class,
					() -> connection.perform(RawRequest.get("/_search")));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(took).isBetween(TIMEOUT.minusMillis(50), TIMEOUT.plus(MARGIN));
			assertThat(ex.host()).isEqualTo(hung.uri());
			assertThat(ex).hasMessageContaining(hung.uri().substring("http://".length()))
				.hasMessageContaining("timeout of 1s");
			assertThat(hung.connections()).isEqualTo(1);
		}
	}

	@Test
	void aloneItFailsWithinTheRequestTimeoutNamingTheHost() throws Exception {
		try (SilentServer hung = new SilentServer();
				Connection connection = Connection.create(ConnectionSettings.builder().hosts(hung.uri())
					.requestTimeout(TIMEOUT).build())) {
			long start = System.nanoTime();
			RequestTimeoutException ex = catchThrowableOfType(RequestTimeoutException.class,
					() -> connection.perform(RawRequest.get("/_search")));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(TIMEOUT.minusMillis(50),
					TIMEOUT.plus(MARGIN));
			assertThat(ex).hasMessageContaining(hung.uri().substring("http://".length()))
				.hasMessageContaining("timeout of 1s");
		}
	}

	@Test
	void nextToARealNodeEveryRequestFailsOverToIt(ElasticsearchEndpoint node) throws Exception {
		String real = node.uris().get(0).toString();
		try (SilentServer hung = new SilentServer();
				Connection connection = Connection.create(ConnectionSettings.builder().hosts(hung.uri(), real)
					.compatibility(8).socketTimeout(TIMEOUT).retryOnTimeout(true).build())) {
			for (int i = 0; i < 6; i++) {
				long start = System.nanoTime();
				RawResponse response = connection.perform(RawRequest.get("/_cluster/health"));
				assertThat(response.host()).isEqualTo(real);
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plus(MARGIN));
			}
			assertThat(hung.connections()).as("the hung node is tried once, then left out as dead").isEqualTo(1);
		}
	}

	@Test
	void withoutRetryingTimeoutsOneRequestFailsNamingTheHungNodeAndTheRestGoToTheRealNode(ElasticsearchEndpoint node)
			throws Exception {
		String real = node.uris().get(0).toString();
		try (SilentServer hung = new SilentServer();
				Connection connection = Connection.create(ConnectionSettings.builder().hosts(hung.uri(), real)
					.compatibility(8).socketTimeout(TIMEOUT).build())) {
			int timedOut = 0;
			for (int i = 0; i < 6; i++) {
				try {
					assertThat(connection.perform(RawRequest.get("/_cluster/health")).host()).isEqualTo(real);
				}
				catch (RequestTimeoutException ex) {
					timedOut++;
					assertThat(ex.host()).isEqualTo(hung.uri());
				}
			}
			assertThat(timedOut).as("a timeout is not retried (the request may have been applied), "
					+ "and the node that timed out is then left out").isEqualTo(1);
		}
	}

}
