package io.github.esdsl.test;

import java.nio.file.Path;

/**
 * The Elasticsearch of this JVM: one node per JVM, started on first use from the
 * {@code integ-test-zip} distribution in the local Maven repository and stopped when the JVM
 * exits. Works in tests and in applications alike (no JUnit or Spring needed):
 *
 * <pre>{@code
 * ElasticsearchEndpoint endpoint = EmbeddedElasticsearch.endpoint();
 * }</pre>
 *
 * System properties tune the shared node: {@code esdsl.elasticsearch.data} (a folder kept
 * across runs, so data persists), {@code esdsl.elasticsearch.http-port},
 * {@code esdsl.elasticsearch.startup-timeout} (seconds), {@code esdsl.elasticsearch.heap}
 * ({@code 512m}), {@code esdsl.elasticsearch.java-options}, {@code esdsl.elasticsearch.zip} and
 * {@code esdsl.elasticsearch.home}
 * (where the distribution is found and unpacked).
 */
public final class EmbeddedElasticsearch {

	/** System property naming a folder where the shared node keeps its data across runs. */
	public static final String DATA_PROPERTY = "esdsl.elasticsearch.data";

	/** System property fixing the HTTP port of the shared node. */
	public static final String HTTP_PORT_PROPERTY = "esdsl.elasticsearch.http-port";

	private static ElasticsearchCluster shared;

	private static RuntimeException sharedFailure;

	private static ElasticsearchCluster sharedSecured;

	private static RuntimeException sharedSecuredFailure;

	private EmbeddedElasticsearch() {
	}

	/**
	 * Return the shared single node of this JVM, starting it on first call. Its
	 * {@link ElasticsearchCluster#close()} does nothing; it stops when the JVM exits. A failed
	 * start is not retried: later calls throw the same problem again.
	 * @return the running node
	 * @throws ElasticsearchStartupException when it cannot be started
	 */
	public static synchronized ElasticsearchCluster shared() {
		if (shared == null) {
			if (sharedFailure != null) {
				throw again(sharedFailure);
			}
			try {
				shared = ElasticsearchCluster.start(sharedOptions(false), true);
			}
			catch (RuntimeException ex) {
				sharedFailure = ex;
				throw ex;
			}
		}
		return shared;
	}

	/**
	 * Return the shared secured single node of this JVM (TLS on HTTP, basic auth), starting
	 * it on first call; its endpoint carries the credentials and the CA file.
	 * @return the running node
	 * @throws ElasticsearchStartupException when it cannot be started
	 */
	public static synchronized ElasticsearchCluster sharedSecured() {
		if (sharedSecured == null) {
			if (sharedSecuredFailure != null) {
				throw again(sharedSecuredFailure);
			}
			try {
				sharedSecured = ElasticsearchCluster.start(sharedOptions(true), true);
			}
			catch (RuntimeException ex) {
				sharedSecuredFailure = ex;
				throw ex;
			}
		}
		return sharedSecured;
	}

	/**
	 * Return the external cluster named by {@code ELASTICSEARCH_URL} (see
	 * {@link ElasticsearchEndpoint#fromEnvironment()}) or else the {@linkplain #shared()
	 * shared node}'s endpoint.
	 * @return how to reach Elasticsearch
	 */
	public static ElasticsearchEndpoint endpoint() {
		return ElasticsearchEndpoint.fromEnvironment().orElseGet(() -> shared().endpoint());
	}

	/**
	 * Return a builder for a node or cluster of one's own, such as an application's node
	 * with a data folder kept across runs:
	 * {@code EmbeddedElasticsearch.builder().directory(Path.of("target/esdsl")).httpPort(9200).start()}.
	 * @return a new builder
	 */
	public static ElasticsearchCluster.Builder builder() {
		return ElasticsearchCluster.builder();
	}

	private static Options sharedOptions(boolean secured) {
		ElasticsearchCluster.Builder builder = ElasticsearchCluster.builder();
		if (secured) {
			builder.secured();
		}
		else {
			String data = System.getProperty(DATA_PROPERTY);
			if (data != null && !data.isBlank()) {
				builder.directory(Path.of(data));
			}
			String port = System.getProperty(HTTP_PORT_PROPERTY);
			if (port != null && !port.isBlank()) {
				try {
					builder.httpPort(Integer.parseInt(port.trim()));
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("-D" + HTTP_PORT_PROPERTY + "=" + port + " is not a port number",
							ex);
				}
			}
		}
		return builder.options();
	}

	private static RuntimeException again(RuntimeException failure) {
		if (failure instanceof ElasticsearchStartupException startup) {
			return new ElasticsearchStartupException(startup.reason(), "The shared Elasticsearch node failed to "
					+ "start earlier in this JVM: " + startup.getMessage(), startup);
		}
		return new IllegalStateException("The shared Elasticsearch node failed to start earlier in this JVM: "
				+ failure.getMessage(), failure);
	}

}
