package io.github.esdsl.test;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three real nodes form one cluster that keeps answering when a node stops or is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

	private static ElasticsearchCluster cluster;

	private static final String INDEX = "cluster-it";

	@BeforeAll
	static void startCluster() {
		cluster = ElasticsearchCluster.start(3);
	}

	@AfterAll
	static void stopCluster() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	@Order(1)
	void allThreeNodesJoinOneCluster() throws IOException {
		assertThat(cluster.endpoint().uris()).hasSize(3).doesNotHaveDuplicates();
		for (int node = 0; node < 3; node++) {
			HttpCalls.Response health = new HttpCalls(cluster.endpoint(node)).get("/_cluster/health");
			assertThat(health.value("cluster_name")).contains(cluster.clusterName());
			assertThat(health.value("number_of_nodes")).contains("3");
		}
		HttpCalls http = new HttpCalls(cluster.endpoint());
		assertThat(http.send("PUT", "/" + INDEX,
				"{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":2}}").status()).isEqualTo(200);
		assertThat(http.send("PUT", "/" + INDEX + "/_doc/1?refresh=true", "{\"city\":\"Lisbon\"}").status())
			.isEqualTo(201);
		assertThat(http.get("/_cluster/health/" + INDEX + "?wait_for_status=green&timeout=60s").value("status"))
			.contains("green");
	}

	@Test
	@Order(2)
	void clusterStillAnswersWhenOneNodeStops() throws IOException {
		cluster.stopNode(2);

		assertThat(cluster.isRunning(2)).isFalse();
		cluster.awaitNodes(2, Duration.ofSeconds(60));
		for (int node = 0; node < 2; node++) {
			HttpCalls http = new HttpCalls(cluster.endpoint(node));
			assertThat(http.get("/_cluster/health").value("number_of_nodes")).contains("2");
			assertThat(http.get("/" + INDEX + "/_doc/1").body()).contains("\"city\":\"Lisbon\"");
		}
	}

	@Test
	@Order(3)
	void stoppedNodeRejoinsWithItsData() throws IOException {
		cluster.startNode(2);

		HttpCalls http = new HttpCalls(cluster.endpoint(2));
		assertThat(http.get("/_cluster/health").value("number_of_nodes")).contains("3");
		assertThat(http.get("/_cat/nodes?h=name").body().lines().sorted().toList())
			.containsExactly("node-0", "node-1", "node-2");
	}

	@Test
	@Order(4)
	void clusterStillAnswersWhenOneNodeIsKilled() throws IOException {
		long pid = cluster.pid(0);

		cluster.killNode(0);

		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		cluster.awaitNodes(2, Duration.ofSeconds(90));
		HttpCalls http = new HttpCalls(cluster.endpoint(1));
		assertThat(http.get("/_cluster/health").value("number_of_nodes")).contains("2");
		assertThat(http.get("/" + INDEX + "/_doc/1").body()).contains("\"city\":\"Lisbon\"");
	}

}
