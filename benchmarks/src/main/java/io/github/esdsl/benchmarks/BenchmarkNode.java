package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.EmbeddedElasticsearch;

/**
 * The real Elasticsearch node of the benchmarks that need one: the cluster named by
 * {@code ELASTICSEARCH_URL} (or {@code -Desdsl.elasticsearch.url}) when set, so that
 * {@code benchmarks/run} can share one node between all forks, else this JVM's embedded node,
 * started on first use from the distribution the build resolved (see {@code node.properties}).
 * Its {@link #main main} starts a node for {@code benchmarks/run} to share.
 */
final class BenchmarkNode {

	private static final String DEFAULTS = "node.properties";

	private BenchmarkNode() {
	}

	/**
	 * Starts this JVM's node, prints its URL on a line of its own and keeps it running until this
	 * JVM is stopped, which stops the node.
	 * @param args none
	 * @throws InterruptedException never, the JVM is stopped instead
	 */
	public static void main(String[] args) throws InterruptedException {
		System.out.println(endpoint().uri());
		System.out.flush();
		Thread.currentThread().join();
	}

	/**
	 * Return how to reach the node, starting this JVM's node when no external one is named.
	 * @return the endpoint
	 */
	static synchronized ElasticsearchEndpoint endpoint() {
		Properties defaults = new Properties();
		try (InputStream in = BenchmarkNode.class.getResourceAsStream(DEFAULTS)) {
			if (in == null) {
				throw new IllegalStateException(DEFAULTS + " is missing next to " + BenchmarkNode.class.getName()
						+ "; build the benchmarks with ./mvnw -B -pl benchmarks -am package -DskipTests");
			}
			defaults.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEFAULTS, ex);
		}
		defaults.forEach((key, value) -> {
			if (System.getProperty((String) key) == null && !((String) value).contains("${")) {
				System.setProperty((String) key, (String) value);
			}
		});
		return EmbeddedElasticsearch.endpoint();
	}

}
