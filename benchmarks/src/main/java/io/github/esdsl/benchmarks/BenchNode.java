package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.test.ElasticsearchCluster;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.EmbeddedElasticsearch;

/**
 * The Elasticsearch node of a benchmark fork: the external one named by {@code ELASTICSEARCH_URL}
 * (or {@code -Desdsl.elasticsearch.url}) when set, so several forks can share one node, else a
 * node of its own started from the distribution the build resolved ({@code node.properties}), with a 1 GB heap
 * ({@code -Desdsl.bench.heap}) and its data kept in {@code target/bench-node} so that later forks
 * find indices loaded by earlier ones.
 */
public final class BenchNode implements AutoCloseable {

	private static final String DEFAULTS = "node.properties";

	private final ElasticsearchCluster cluster;

	private final URI uri;

	private final Connection admin;

	private BenchNode(ElasticsearchCluster cluster, URI uri) {
		this.cluster = cluster;
		this.uri = uri;
		this.admin = Connection.create(ConnectionSettings.of(uri.toString()));
	}

	static BenchNode start() {
		ElasticsearchEndpoint external = ElasticsearchEndpoint.fromEnvironment().orElse(null);
		if (external != null) {
			return new BenchNode(null, external.uri());
		}
		applyBuildDefaults();
		ElasticsearchCluster cluster = EmbeddedElasticsearch.builder()
			.heap(System.getProperty("esdsl.bench.heap", "1g"))
			.directory(Path.of(System.getProperty("esdsl.bench.node-directory", "target/bench-node")))
			.start();
		return new BenchNode(cluster, cluster.endpoint().uri());
	}

	/** Sets the system properties the build wrote into {@code node.properties} (the distribution's location) unless set already. */
	private static void applyBuildDefaults() {
		Properties defaults = new Properties();
		try (InputStream in = BenchNode.class.getResourceAsStream(DEFAULTS)) {
			if (in == null) {
				throw new IllegalStateException(DEFAULTS + " is missing next to " + BenchNode.class.getName()
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
	}

	/**
	 * Starts a node (as each benchmark fork would), prints {@code ELASTICSEARCH_URL=<url>} and keeps
	 * it running until this JVM is stopped, which stops the node, so that every fork can share it:
	 * {@code java -cp benchmarks/target/benchmarks.jar io.github.esdsl.benchmarks.BenchNode}, then
	 * run the benchmarks with the printed {@code ELASTICSEARCH_URL} ({@code benchmarks/run} does this).
	 * @param args none
	 * @throws InterruptedException never, the JVM is stopped instead
	 */
	public static void main(String[] args) throws InterruptedException {
		BenchNode node = start();
		System.out.println("ELASTICSEARCH_URL=" + node.uri());
		System.out.flush();
		Thread.currentThread().join();
	}

	/** A node started elsewhere (by a test), not stopped on close. */
	static BenchNode connect(URI uri) {
		return new BenchNode(null, uri);
	}

	URI uri() {
		return this.uri;
	}

	Connection admin() {
		return this.admin;
	}

	/** Deletes the index if it exists and creates it with refresh off and no replicas. */
	void recreate(String index) {
		delete(index);
		this.admin.perform(RawRequest.put("/" + index).body(Events.INDEX_SETTINGS));
	}

	void delete(String index) {
		this.admin.perform(RawRequest.delete("/" + index).ignore(404));
	}

	/** @return the number of documents searchable in the index after a refresh, or -1 when it does not exist */
	long count(String index) {
		if (this.admin.perform(RawRequest.head("/" + index).ignore(404)).status() == 404) {
			return -1;
		}
		this.admin.perform(RawRequest.post("/" + index + "/_refresh"));
		Object count = this.admin.perform(RawRequest.get("/" + index + "/_count")).bodyAsMap().get("count");
		return ((Number) count).longValue();
	}

	@Override
	public void close() throws IOException {
		this.admin.close();
		if (this.cluster != null) {
			this.cluster.close();
		}
	}

}
