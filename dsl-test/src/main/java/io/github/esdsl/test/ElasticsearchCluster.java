package io.github.esdsl.test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

/**
 * A real Elasticsearch of one or more nodes, each a child process started from the
 * {@code integ-test-zip} distribution on free loopback ports. Stopped by {@link #close()} or,
 * at the latest, when the JVM exits. Nodes can be stopped, restarted with their data and
 * killed, for failover tests.
 *
 * <pre>{@code
 * try (ElasticsearchCluster cluster = ElasticsearchCluster.start(3)) {
 *     cluster.stopNode(0);
 *     // cluster.endpoint() still answers through the other nodes
 * }
 * }</pre>
 *
 * @see EmbeddedElasticsearch#shared()
 */
public final class ElasticsearchCluster implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchCluster.class);

	private static final AtomicInteger counter = new AtomicInteger();

	private final Options options;

	private final Distribution distribution;

	private final String clusterName;

	private final Path directory;

	private final boolean persistent;

	private final List<Node> nodes = new ArrayList<>();

	private final boolean shared;

	private SecurityFiles security;

	private ElasticsearchEndpoint endpoint;

	private boolean closed;

	private ElasticsearchCluster(Options options, Distribution distribution, boolean shared) {
		this.options = options;
		this.distribution = distribution;
		this.shared = shared;
		this.persistent = options.directory != null;
		this.clusterName = Objects.requireNonNullElseGet(options.clusterName,
				() -> this.persistent ? "esdsl" : "esdsl-" + ProcessHandle.current().pid() + "-" + counter.incrementAndGet());
		this.directory = this.persistent ? options.directory.toAbsolutePath().normalize()
				: distribution.nodesDirectory().resolve(this.clusterName);
		for (int i = 0; i < options.nodes; i++) {
			this.nodes.add(new Node(i, this.directory.resolve("node-" + i)));
		}
	}

	/**
	 * Start a cluster of {@code nodes} nodes without security and wait until it is yellow.
	 * @param nodes how many nodes, at least one
	 * @return the running cluster
	 * @throws ElasticsearchStartupException when it cannot be started
	 */
	public static ElasticsearchCluster start(int nodes) {
		return builder().nodes(nodes).start();
	}

	/**
	 * Return a builder for a cluster with options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	static ElasticsearchCluster start(Options options, boolean shared) {
		Distribution distribution = Distribution.get();
		Registry.reapStale(distribution.nodesDirectory());
		ElasticsearchCluster cluster = new ElasticsearchCluster(options.copy(), distribution, shared);
		cluster.startAll();
		return cluster;
	}

	private void startAll() {
		long started = System.nanoTime();
		RunAs.checkReachable(this.directory, "the node folders");
		logger.info("Starting Elasticsearch {} cluster '{}' with {} node(s){} in {}", Distribution.VERSION,
				this.clusterName, this.nodes.size(), this.options.secured ? ", secured" : "", this.directory);
		this.nodes.forEach(Node::reapStale);
		if (this.options.secured) {
			String password = Objects.requireNonNullElseGet(this.options.password, SecurityFiles::randomPassword);
			this.options.password = password;
			this.security = SecurityFiles.create(this.distribution, this.directory, this.options.username, password);
		}
		boolean bootstrap = this.nodes.stream().noneMatch(Node::hasData);
		for (int attempt = 1;; attempt++) {
			Ports.assign(this.nodes, this.options.httpPort);
			this.endpoint = buildEndpoint();
			Registry.register(this);
			try {
				for (Node node : this.nodes) {
					node.prepare(this.distribution, NodeSettings.of(this.options, this.clusterName, node, this.nodes,
							bootstrap), this.security);
					node.launch(this.distribution, this.options);
				}
				Startup.await(this, this.nodes, this.nodes.size(), this.options.startupTimeout);
				break;
			}
			catch (RuntimeException ex) {
				stopNodes(this.nodes);
				boolean retry = ex instanceof ElasticsearchStartupException startup
						&& startup.reason() == Reason.PORT_IN_USE && this.options.httpPort == 0 && attempt < 3;
				if (!retry) {
					Registry.unregister(this);
					throw ex;
				}
				logger.info("A port was taken while starting '{}', retrying with other ports", this.clusterName);
			}
		}
		logger.info("Elasticsearch cluster '{}' is up in {} ms at {}", this.clusterName,
				(System.nanoTime() - started) / 1_000_000, this.endpoint.uris());
	}

	private ElasticsearchEndpoint buildEndpoint() {
		String scheme = this.options.secured ? "https" : "http";
		ElasticsearchEndpoint endpoint = ElasticsearchEndpoint
			.of(this.nodes.stream().map((node) -> URI.create(scheme + "://127.0.0.1:" + node.httpPort())).toList());
		if (this.options.secured) {
			endpoint = endpoint.withBasicAuth(this.options.username, this.options.password)
				.withCaCertificate(this.security.caCertificate());
		}
		return endpoint;
	}

	/**
	 * Return how to reach all nodes of this cluster (stopped ones included).
	 * @return the endpoint
	 */
	public ElasticsearchEndpoint endpoint() {
		return this.endpoint;
	}

	/**
	 * Return how to reach one node.
	 * @param node the node index, from 0
	 * @return an endpoint with that node's URI only
	 */
	public ElasticsearchEndpoint endpoint(int node) {
		return this.endpoint.only(this.endpoint.uris().get(checkIndex(node)));
	}

	/**
	 * Return how many nodes this cluster has, running or not.
	 * @return the number of nodes
	 */
	public int size() {
		return this.nodes.size();
	}

	/**
	 * Return the name of the cluster.
	 * @return the cluster name
	 */
	public String clusterName() {
		return this.clusterName;
	}

	/**
	 * Return the folder of one node (holding {@code config}, {@code data}, {@code logs} and
	 * {@code console.log}).
	 * @param node the node index, from 0
	 * @return the folder
	 */
	public Path directory(int node) {
		return this.nodes.get(checkIndex(node)).directory();
	}

	/**
	 * Return the process id of the launcher of one node (its server is a child of it).
	 * @param node the node index, from 0
	 * @return the pid, or -1 when the node is not running
	 */
	public long pid(int node) {
		Node each = this.nodes.get(checkIndex(node));
		return each.isAlive() ? each.pid() : -1;
	}

	/**
	 * Return whether a node's process is running.
	 * @param node the node index, from 0
	 * @return whether it runs
	 */
	public boolean isRunning(int node) {
		return this.nodes.get(checkIndex(node)).isAlive();
	}

	/**
	 * Return the PEM file of the CA that signed the nodes' certificates.
	 * @return the CA file
	 * @throws IllegalStateException when the cluster is not secured
	 */
	public Path caCertificate() {
		return this.endpoint.caCertificate()
			.orElseThrow(() -> new IllegalStateException("Cluster '" + this.clusterName + "' is not secured; "
					+ "build it with ElasticsearchCluster.builder().secured()"));
	}

	/**
	 * Return an SSL context trusting only this cluster's CA.
	 * @return the SSL context
	 * @throws IllegalStateException when the cluster is not secured
	 */
	public SSLContext sslContext() {
		caCertificate();
		return this.endpoint.sslContext();
	}

	/**
	 * Return the last lines a node wrote to its console.
	 * @param node the node index, from 0
	 * @return the log tail
	 */
	public String logTail(int node) {
		return this.nodes.get(checkIndex(node)).logTail();
	}

	/**
	 * Stop one node gracefully (SIGTERM) and wait until its process has ended.
	 * @param node the node index, from 0
	 */
	public synchronized void stopNode(int node) {
		stopNodes(List.of(this.nodes.get(checkIndex(node))));
	}

	/**
	 * Kill one node with SIGKILL, as a crash would, and wait until its process has ended.
	 * @param node the node index, from 0
	 */
	public synchronized void killNode(int node) {
		this.nodes.get(checkIndex(node)).kill();
	}

	/**
	 * Start a stopped node again on its ports, with its data, and wait until the cluster
	 * has all running nodes again.
	 * @param node the node index, from 0
	 * @throws ElasticsearchStartupException when it does not rejoin within the startup timeout
	 */
	public synchronized void startNode(int node) {
		Node each = this.nodes.get(checkIndex(node));
		if (each.isAlive()) {
			throw new IllegalStateException(each + " is already running; stop or kill it first");
		}
		Ports.checkFree(each);
		each.prepare(this.distribution, NodeSettings.of(this.options, this.clusterName, each, this.nodes, false),
				this.security);
		each.launch(this.distribution, this.options);
		int running = (int) this.nodes.stream().filter(Node::isAlive).count();
		try {
			Startup.await(this, List.of(each), running, this.options.startupTimeout);
		}
		catch (RuntimeException ex) {
			stopNodes(List.of(each));
			throw ex;
		}
	}

	/**
	 * Wait until the cluster reports {@code count} nodes and is at least yellow, asking the
	 * running nodes.
	 * @param count the number of nodes to wait for
	 * @param timeout how long to wait at most
	 * @throws ElasticsearchStartupException when it does not happen in time
	 */
	public void awaitNodes(int count, Duration timeout) {
		Startup.await(this, this.nodes.stream().filter(Node::isAlive).toList(), count, timeout);
	}

	/**
	 * Stop all nodes and delete their data unless the cluster was built with a
	 * {@linkplain Builder#directory(Path) directory of its own}. The shared node of
	 * {@link EmbeddedElasticsearch#shared()} ignores this: it stops when the JVM exits.
	 */
	@Override
	public void close() {
		if (!this.shared) {
			shutdown();
		}
	}

	synchronized void shutdown() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		stopNodes(this.nodes);
		Registry.unregister(this);
		if (!this.persistent) {
			for (Node node : this.nodes) {
				Registry.deleteQuietly(node.data());
			}
		}
		logger.info("Stopped Elasticsearch cluster '{}'", this.clusterName);
	}

	/** Send SIGTERM to every node first, so they shut down together, then wait for each. */
	static void stopNodes(List<Node> nodes) {
		nodes.forEach(Node::signalStop);
		nodes.forEach((node) -> node.awaitStop(Duration.ofSeconds(30)));
	}

	List<Node> nodes() {
		return this.nodes;
	}

	Distribution distribution() {
		return this.distribution;
	}

	private int checkIndex(int node) {
		if (node < 0 || node >= this.nodes.size()) {
			throw new IndexOutOfBoundsException("Node " + node + " does not exist; cluster '" + this.clusterName
					+ "' has nodes 0 to " + (this.nodes.size() - 1));
		}
		return node;
	}

	@Override
	public String toString() {
		return "ElasticsearchCluster[" + this.clusterName + ", " + this.nodes + "]";
	}

	/**
	 * Options for a new cluster. Mutable; {@link #start()} may be called more than once.
	 */
	public static final class Builder {

		private final Options options = new Options();

		Builder() {
		}

		/**
		 * Set how many nodes to start; more than one form a cluster through seed hosts.
		 * @param nodes at least one
		 * @return this builder
		 */
		public Builder nodes(int nodes) {
			if (nodes < 1) {
				throw new IllegalArgumentException("A cluster needs at least one node, got " + nodes);
			}
			this.options.nodes = nodes;
			return this;
		}

		/**
		 * Enable security: TLS on HTTP and transport with certificates made by
		 * {@code bin/elasticsearch-certutil}, and a superuser made by {@code bin/elasticsearch-users}.
		 * @return this builder
		 */
		public Builder secured() {
			this.options.secured = true;
			return this;
		}

		/**
		 * Set the superuser of a {@linkplain #secured() secured} cluster; by default
		 * {@code esdsl} with a random password.
		 * @param username the user name
		 * @param password the password, at least 6 characters
		 * @return this builder
		 */
		public Builder credentials(String username, String password) {
			if (password == null || password.length() < 6) {
				throw new IllegalArgumentException("Elasticsearch passwords need at least 6 characters");
			}
			this.options.username = Objects.requireNonNull(username, "username");
			this.options.password = password;
			return this;
		}

		/**
		 * Keep the nodes' configuration, data and logs in {@code directory} (one folder per
		 * node), kept across runs, instead of a throw-away folder in the build's target.
		 * @param directory the folder, created when missing
		 * @return this builder
		 */
		public Builder directory(Path directory) {
			this.options.directory = Objects.requireNonNull(directory, "directory");
			return this;
		}

		/**
		 * Set the cluster name; by default {@code esdsl} with a {@link #directory(Path)},
		 * otherwise a name unique to this JVM.
		 * @param clusterName the cluster name
		 * @return this builder
		 */
		public Builder clusterName(String clusterName) {
			this.options.clusterName = Objects.requireNonNull(clusterName, "clusterName");
			return this;
		}

		/**
		 * Set the HTTP port of the first node (the others take the following ports); by
		 * default free ports are picked.
		 * @param port the port, such as 9200
		 * @return this builder
		 */
		public Builder httpPort(int port) {
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("HTTP port " + port + " is not between 1 and 65535");
			}
			this.options.httpPort = port;
			return this;
		}

		/**
		 * Set how long to wait for the cluster to turn yellow; 120 seconds unless the
		 * system property {@code esdsl.elasticsearch.startup-timeout} says otherwise.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder startupTimeout(Duration timeout) {
			this.options.startupTimeout = Objects.requireNonNull(timeout, "timeout");
			return this;
		}

		/**
		 * Set each node's heap, such as {@code 512m} (the default) or {@code 1g}.
		 * @param heap the heap size in JVM notation
		 * @return this builder
		 */
		public Builder heap(String heap) {
			if (heap == null || !heap.matches("\\d+[kKmMgG]?")) {
				throw new IllegalArgumentException("Heap '" + heap + "' is not a JVM size like 512m or 1g");
			}
			this.options.heap = heap;
			return this;
		}

		/**
		 * Set extra JVM options of each node, replacing the default
		 * {@code -XX:TieredStopAtLevel=1} (C1 only: half the CPU to start, slower at peak
		 * load); {@code ""} gives the JVM's defaults. The system property
		 * {@code esdsl.elasticsearch.java-options} sets the default.
		 * @param javaOptions options separated by spaces
		 * @return this builder
		 */
		public Builder javaOptions(String javaOptions) {
			this.options.javaOptions = Objects.requireNonNull(javaOptions, "javaOptions");
			return this;
		}

		/**
		 * Add or override a setting of every node's {@code elasticsearch.yml}.
		 * @param key the setting, such as {@code search.max_buckets}
		 * @param value its value
		 * @return this builder
		 */
		public Builder setting(String key, String value) {
			this.options.settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
			return this;
		}

		/**
		 * Start the cluster and wait until it is at least yellow.
		 * @return the running cluster
		 * @throws ElasticsearchStartupException when it cannot be started
		 */
		public ElasticsearchCluster start() {
			return ElasticsearchCluster.start(this.options, false);
		}

		Options options() {
			return this.options;
		}

	}

}
