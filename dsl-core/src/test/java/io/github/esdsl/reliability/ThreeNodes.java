package io.github.esdsl.reliability;

import java.time.Duration;

import io.github.esdsl.test.ElasticsearchCluster;

/**
 * One three-node cluster shared by the reliability ITs of this JVM (starting one takes a while);
 * stopped when the JVM exits. Each test gets it with all nodes running.
 */
final class ThreeNodes {

	private static ElasticsearchCluster cluster;

	private ThreeNodes() {
	}

	/** @return the cluster with all three nodes running and joined */
	static synchronized ElasticsearchCluster cluster() {
		if (cluster == null) {
			cluster = ElasticsearchCluster.start(3);
		}
		boolean restarted = false;
		for (int node = 0; node < cluster.size(); node++) {
			if (!cluster.isRunning(node)) {
				cluster.startNode(node);
				restarted = true;
			}
		}
		if (restarted) {
			cluster.awaitNodes(cluster.size(), Duration.ofSeconds(120));
		}
		return cluster;
	}

}
