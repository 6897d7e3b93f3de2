package io.github.esdsl.test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

/**
 * Waits for nodes to form a yellow cluster, and explains why they did not.
 */
final class Startup {

	private Startup() {
	}

	/**
	 * Wait until one of {@code nodes} reports a cluster of {@code count} nodes that is at
	 * least yellow; fail as soon as one of them exits, or at the timeout. Stops nothing: the
	 * caller decides.
	 */
	static void await(ElasticsearchCluster cluster, List<Node> nodes, int count, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpCalls http = new HttpCalls(cluster.endpoint());
		String path = "/_cluster/health?wait_for_status=yellow&wait_for_nodes=" + count + "&timeout=1s";
		String lastAnswer = "no answer yet";
		while (true) {
			for (Node node : nodes) {
				if (!node.isAlive()) {
					throw exited(cluster, node);
				}
				try {
					HttpCalls.Response response = http.send(uri(cluster, node), "GET", path, null);
					if (response.status() == 200 && "false".equals(response.value("timed_out").orElse(""))) {
						return;
					}
					lastAnswer = "HTTP " + response.status() + " " + LogTail.of(response.body());
				}
				catch (IOException ex) {
					lastAnswer = ex.getClass().getSimpleName() + (ex.getMessage() != null ? ": " + ex.getMessage() : "");
				}
			}
			if (System.nanoTime() > deadline) {
				throw timedOut(cluster, nodes, count, timeout, lastAnswer);
			}
			sleep();
		}
	}

	private static URI uri(ElasticsearchCluster cluster, Node node) {
		return cluster.endpoint().uris().get(cluster.nodes().indexOf(node));
	}

	static ElasticsearchStartupException exited(ElasticsearchCluster cluster, Node node) {
		String tail = node.logTail();
		String lower = tail.toLowerCase(Locale.ROOT);
		Reason reason = Reason.NODE_EXITED;
		String hint = "";
		if (lower.contains("address already in use") || lower.contains("bindexception")
				|| lower.contains("failed to bind")) {
			reason = Reason.PORT_IN_USE;
			hint = " A port it needed (http " + node.httpPort() + ", transport " + node.transportPort()
					+ ") is taken by another process.";
		}
		else if (lower.contains("java version") || lower.contains("unsupportedclassversionerror")
				|| lower.contains("has been compiled by a more recent version")) {
			reason = Reason.JAVA_TOO_OLD;
			hint = " Elasticsearch " + Distribution.VERSION + " needs Java 17 or newer as ES_JAVA_HOME (now "
					+ cluster.distribution().javaHome() + ").";
		}
		return new ElasticsearchStartupException(reason, "Elasticsearch " + node + " of cluster '"
				+ cluster.clusterName() + "' exited before the cluster came up." + hint + " Last lines of "
				+ node.console() + ":\n" + tail);
	}

	private static ElasticsearchStartupException timedOut(ElasticsearchCluster cluster, List<Node> nodes, int count,
			Duration timeout, String lastAnswer) {
		StringBuilder message = new StringBuilder("Elasticsearch cluster '" + cluster.clusterName()
				+ "' did not come up with " + count + " node(s) and status yellow within " + timeout.toSeconds()
				+ " s (last answer: " + lastAnswer + "). On a slow machine raise the timeout with -D"
				+ Options.STARTUP_TIMEOUT_PROPERTY + "=300 or ElasticsearchCluster.Builder.startupTimeout(...).");
		for (Node node : nodes) {
			message.append("\nLast lines of ").append(node.console()).append(":\n").append(node.logTail());
		}
		return new ElasticsearchStartupException(Reason.STARTUP_TIMEOUT, message.toString());
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ElasticsearchStartupException(Reason.STARTUP_TIMEOUT, "Interrupted while waiting for "
					+ "Elasticsearch to start", ex);
		}
	}

}
