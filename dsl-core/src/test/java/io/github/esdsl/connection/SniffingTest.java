package io.github.esdsl.connection;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sniffing with the client's sniffer: a seed node tells where the cluster's nodes are.
 */
class SniffingTest {

	private TestServer node;

	private TestServer seed;

	@BeforeEach
	void start() {
		this.node = TestServer.startOk();
		String nodes = """
				{"_nodes":{"total":1},"cluster_name":"test","nodes":{"n1":{"name":"node-1","version":"8.19.21",\
				"roles":["master","data"],"attributes":{},\
				"http":{"bound_address":["127.0.0.1:%d"],"publish_address":"127.0.0.1:%d"}}}}"""
			.formatted(this.node.port(), this.node.port());
		this.seed = TestServer.start((exchange, request) -> TestServer.json(exchange, 200, nodes));
	}

	@AfterEach
	void stop() {
		this.node.close();
		this.seed.close();
	}

	@Test
	void sniffOnStartSendsRequestsToTheSniffedNodes() {
		try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(this.seed.uri())
			.sniffOnStart(true).sniffTimeout(Duration.ofSeconds(2)).build())) {
			assertThat(connection.nodes()).containsExactly(URI.create(this.node.uri()));
			assertThat(this.seed.requests()).extracting(TestServer.Recorded::uri)
				.containsExactly("/_nodes/http?timeout=2000ms");
			RawResponse response = connection.perform(RawRequest.get("/_search"));
			assertThat(response.host()).isEqualTo(this.node.uri());
		}
	}

	@Test
	void withoutSniffingTheConfiguredHostsStay() {
		try (Connection connection = Connection.create(ConnectionSettings.of(this.seed.uri()))) {
			assertThat(connection.nodes()).containsExactly(URI.create(this.seed.uri()));
			assertThat(this.seed.requests()).isEmpty();
		}
	}

	@Test
	void sniffOnConnectionFailureReplacesAFailedNode() throws InterruptedException {
		String dead = "http://127.0.0.1:" + TestServer.deadPort();
		try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(dead, this.seed.uri())
			.sniffOnConnectionFailure(true).maxRetries(0).build())) {
			assertThat(connection.nodes()).hasSize(2);
			// the client's sniffer ignores failures until its first round (started at once on its own
			// thread) has run, so keep sending until an attempt on the dead host triggers the sniff
			List<URI> sniffed = List.of(URI.create(this.node.uri()));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!connection.nodes().equals(sniffed) && System.nanoTime() < deadline) {
				try {
					connection.perform(RawRequest.get("/"));
				}
				catch (ConnectionException ex) {
					// expected on the dead host
				}
				Thread.sleep(20);
			}
			assertThat(connection.nodes()).isEqualTo(sniffed);
		}
	}

	@Test
	void periodicSniffingUpdatesTheNodes() throws InterruptedException {
		try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(this.seed.uri())
			.sniffInterval(Duration.ofSeconds(1)).build())) {
			assertThat(connection.nodes()).containsExactly(URI.create(this.seed.uri()))
				.as("no sniff on start was asked for");
			assertThat(awaitNodes(connection, List.of(URI.create(this.node.uri())))).isTrue();
		}
	}

	private static boolean awaitNodes(Connection connection, List<URI> expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (connection.nodes().equals(expected)) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

}
