package io.github.esdsl.reliability;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionException;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.test.ElasticsearchCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sniffing against three real nodes, one story in order: a client given only node-0 finds the
 * other two; when node-0 stops, requests keep succeeding and the failure makes the client sniff
 * node-0 out of its list; when node-0 is back, periodic sniffing adds it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SniffingIT {

	private static ElasticsearchCluster cluster;

	private static List<URI> all;

	private static Connection connection;

	@BeforeAll
	static void connect() {
		cluster = ThreeNodes.cluster();
		all = cluster.endpoint().uris();
		connection = Connection.create(settings(all.get(0)).sniffOnStart(true).sniffOnConnectionFailure(true).build());
	}

	@AfterAll
	static void close() {
		if (connection != null) {
			connection.close();
		}
	}

	@Test
	@Order(1)
	void sniffOnStartFromOneHostFindsAllThreeNodesAndEachAnswers() {
		assertThat(connection.nodes()).as("the nodes' HTTP publish addresses from _nodes/http")
			.containsExactlyInAnyOrderElementsOf(all);
		Set<String> answered = new HashSet<>();
		for (int i = 0; i < 6; i++) {
			answered.add(connection.perform(RawRequest.get("/_cluster/health")).host());
		}
		assertThat(answered).as("every sniffed node answers").hasSize(3);
	}

	@Test
	@Order(2)
	void whenTheConfiguredHostStopsRequestsKeepSucceedingAndSniffOnFailureDropsIt() throws Exception {
		cluster.stopNode(0);

		Set<String> answered = new HashSet<>();
		for (int i = 0; i < 30; i++) {
			RawResponse response = connection.perform(RawRequest.get("/_cluster/health"));
			assertThat(response.status()).isEqualTo(200);
			answered.add(response.host());
		}
		assertThat(answered).containsExactlyInAnyOrder(all.get(1).toString(), all.get(2).toString());
		List<URI> remaining = List.of(all.get(1), all.get(2));
		// the client's sniffer ignores failures until its first round (at once, on its own thread) has run
		assertThat(sendUntil(connection, (nodes) -> Set.copyOf(nodes).equals(Set.copyOf(remaining))))
			.as("nodes after node-0 stopped").containsExactlyInAnyOrderElementsOf(remaining);
	}

	@Test
	@Order(3)
	void whenTheStoppedNodeIsBackPeriodicSniffingAddsItAgain() throws Exception {
		try (Connection periodic = Connection.create(settings(all.get(1)).sniffOnStart(true)
			.sniffInterval(Duration.ofSeconds(1)).build())) {
			assertThat(periodic.nodes()).containsExactlyInAnyOrder(all.get(1), all.get(2));

			cluster.startNode(0);

			assertThat(sendUntil(periodic, (nodes) -> nodes.size() == 3)).as("nodes after node-0 rejoined")
				.containsExactlyInAnyOrderElementsOf(all);
		}
	}

	/** Sends requests (each must succeed) until the connection's nodes match, for at most 60 seconds. */
	private static List<URI> sendUntil(Connection connection, Predicate<List<URI>> expected) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!expected.test(connection.nodes()) && System.nanoTime() < deadline) {
			try {
				connection.perform(RawRequest.get("/_cluster/health"));
			}
			catch (ConnectionException ex) {
				throw new AssertionError("A request failed although two nodes run: " + ex.getMessage(), ex);
			}
			Thread.sleep(20);
		}
		return connection.nodes();
	}

	private static ConnectionSettings.Builder settings(URI host) {
		return ConnectionSettings.builder().hosts(host.toString()).compatibility(8).sniffTimeout(Duration.ofSeconds(5));
	}

}
