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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sniffing against three real nodes: a client given one host finds the others, keeps working when
 * that host stops, and follows nodes leaving and joining.
 */
class SniffingIT {

	private ElasticsearchCluster cluster;

	private List<URI> all;

	@BeforeEach
	void cluster() {
		this.cluster = ThreeNodes.cluster();
		this.all = this.cluster.endpoint().uris();
	}

	@Test
	void sniffOnStartFromOneHostFindsAllThreeNodesAndKeepsWorkingWhenThatHostStops() throws Exception {
		try (Connection connection = Connection.create(settings(this.all.get(0)).sniffOnStart(true).build())) {
			assertThat(connection.nodes()).as("the nodes' HTTP publish addresses from _nodes/http")
				.containsExactlyInAnyOrderElementsOf(this.all);
			Set<String> answered = new HashSet<>();
			for (int i = 0; i < 6; i++) {
				answered.add(connection.perform(RawRequest.get("/_cluster/health")).host());
			}
			assertThat(answered).as("every sniffed node answers").hasSize(3);

			this.cluster.stopNode(0);

			Set<String> answeredAfterStop = new HashSet<>();
			for (int i = 0; i < 30; i++) {
				RawResponse response = connection.perform(RawRequest.get("/_cluster/health"));
				assertThat(response.status()).isEqualTo(200);
				answeredAfterStop.add(response.host());
			}
			assertThat(answeredAfterStop).containsExactlyInAnyOrder(this.all.get(1).toString(),
					this.all.get(2).toString());
		}
	}

	@Test
	void sniffOnConnectionFailureDropsAStoppedNodeAndPeriodicSniffingFindsItBack() throws Exception {
		try (Connection onFailure = Connection.create(settings(this.all.get(0)).sniffOnStart(true)
			.sniffOnConnectionFailure(true).build())) {
			assertThat(onFailure.nodes()).containsExactlyInAnyOrderElementsOf(this.all);

			this.cluster.stopNode(2);

			List<URI> remaining = List.of(this.all.get(0), this.all.get(1));
			// requests fail over to the live nodes; the failure on the stopped node triggers a sniff
			assertThat(sendUntil(onFailure, (nodes) -> Set.copyOf(nodes).equals(Set.copyOf(remaining))))
				.as("nodes after node-2 stopped").containsExactlyInAnyOrderElementsOf(remaining);

			try (Connection periodic = Connection.create(settings(this.all.get(0)).sniffOnStart(true)
				.sniffInterval(Duration.ofSeconds(1)).build())) {
				assertThat(periodic.nodes()).containsExactlyInAnyOrderElementsOf(remaining);

				this.cluster.startNode(2);

				assertThat(sendUntil(periodic, (nodes) -> nodes.size() == 3)).as("nodes after node-2 rejoined")
					.containsExactlyInAnyOrderElementsOf(this.all);
			}
		}
	}

	/** Sends requests (all must succeed) until the connection's nodes match, for at most 60 seconds. */
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
