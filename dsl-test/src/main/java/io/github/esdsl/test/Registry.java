package io.github.esdsl.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The clusters this JVM started: stopped by one shutdown hook, and known as embedded to
 * {@link ElasticsearchCapabilities}.
 */
final class Registry {

	private static final Set<ElasticsearchCluster> running = ConcurrentHashMap.newKeySet();

	private static final Set<Path> reaped = ConcurrentHashMap.newKeySet();

	private static boolean hookAdded;

	private Registry() {
	}

	static synchronized void register(ElasticsearchCluster cluster) {
		if (!hookAdded) {
			Runtime.getRuntime().addShutdownHook(new Thread(Registry::stopAll, "esdsl-elasticsearch-shutdown"));
			hookAdded = true;
		}
		running.add(cluster);
	}

	static void unregister(ElasticsearchCluster cluster) {
		running.remove(cluster);
	}

	/**
	 * Return the distribution behind {@code endpoint} when one of this JVM's clusters serves it.
	 */
	static Optional<Distribution> embedded(ElasticsearchEndpoint endpoint) {
		return running.stream()
			.filter((cluster) -> cluster.endpoint().uris().stream().anyMatch(endpoint.uris()::contains))
			.map(ElasticsearchCluster::distribution)
			.findFirst();
	}

	private static void stopAll() {
		List<ElasticsearchCluster> clusters = List.copyOf(running);
		clusters.forEach((cluster) -> cluster.nodes().forEach(Node::signalStop));
		clusters.forEach(ElasticsearchCluster::shutdown);
	}

	/**
	 * Kill nodes left running below {@code nodesDirectory} by JVMs that are gone and delete
	 * their data, once per JVM.
	 */
	static void reapStale(Path nodesDirectory) {
		if (!reaped.add(nodesDirectory) || !Files.isDirectory(nodesDirectory)) {
			return;
		}
		try (Stream<Path> clusters = Files.list(nodesDirectory)) {
			for (Path cluster : clusters.filter(Files::isDirectory).toList()) {
				try (Stream<Path> nodes = Files.list(cluster)) {
					nodes.filter((node) -> node.getFileName().toString().startsWith("node-"))
						.filter((node) -> new Node(0, node).reapStale())
						.forEach((node) -> deleteQuietly(node.resolve("data")));
				}
			}
		}
		catch (IOException ex) {
			// best effort
		}
	}

	static void deleteQuietly(Path path) {
		try {
			Folders.deleteRecursively(path);
		}
		catch (IOException ex) {
			// a left-over data folder is removed by the next mvn clean
		}
	}

}
