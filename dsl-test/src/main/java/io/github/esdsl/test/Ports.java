package io.github.esdsl.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

/**
 * Loopback ports for nodes.
 */
final class Ports {

	private Ports() {
	}

	/**
	 * Give every node an HTTP and a transport port: free ones, or {@code httpPort + index} for
	 * HTTP when {@code httpPort} is set.
	 */
	static void assign(List<Node> nodes, int httpPort) {
		Set<Integer> taken = new HashSet<>();
		for (Node node : nodes) {
			int http;
			if (httpPort > 0) {
				http = httpPort + nodes.indexOf(node);
				if (!isFree(http)) {
					throw inUse(node, "http.port", http);
				}
			}
			else {
				http = free(taken);
			}
			taken.add(http);
			node.ports(http, free(taken));
			taken.add(node.transportPort());
		}
	}

	/**
	 * Fail when a port of {@code node} is taken, before restarting it on the same ports.
	 */
	static void checkFree(Node node) {
		if (!isFree(node.httpPort())) {
			throw inUse(node, "http.port", node.httpPort());
		}
		if (!isFree(node.transportPort())) {
			throw inUse(node, "transport.port", node.transportPort());
		}
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true); // as Elasticsearch binds: a port in TIME_WAIT is free
			socket.bind(new InetSocketAddress(InetAddress.getByName(NodeSettings.LOOPBACK), port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int free(Set<Integer> taken) {
		for (int attempt = 0; attempt < 20; attempt++) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(NodeSettings.LOOPBACK))) {
				int port = socket.getLocalPort();
				if (!taken.contains(port)) {
					return port;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not find a free port on " + NodeSettings.LOOPBACK, ex);
			}
		}
		throw new IllegalStateException("Could not find a free port on " + NodeSettings.LOOPBACK);
	}

	private static ElasticsearchStartupException inUse(Node node, String setting, int port) {
		return new ElasticsearchStartupException(Reason.PORT_IN_USE, "Port " + port + " on " + NodeSettings.LOOPBACK
				+ " (" + setting + " of " + node.name() + ") is already in use by another process; stop that "
				+ "process, choose another port with ElasticsearchCluster.Builder.httpPort(...), or leave the port "
				+ "unset to get a free one");
	}

}
