package io.github.esdsl.connection;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.SniffOnFailureListener;
import co.elastic.clients.transport.rest5_client.low_level.sniffer.Sniffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live connection to one Elasticsearch cluster, built on the low-level {@link Rest5Client}
 * (node selection, failover, sniffing, TLS, auth) and sending our own request bytes. Thread-safe;
 * create one per cluster and share it. Close it when done.
 *
 * <pre>{@code
 * try (Connection connection = Connection.create(ConnectionSettings.of("http://localhost:9200"))) {
 *     RawResponse response = connection.perform(RawRequest.get("/_cluster/health"));
 *     CompletableFuture<RawResponse> later = connection.performAsync(RawRequest.post("/logs/_search").body(query));
 *     connection.client().indices().refresh("logs");
 * }
 * }</pre>
 *
 * Failures are unchecked: {@link ElasticsearchException} (and its subclasses) for error
 * statuses, {@link ConnectionException} when no host answered, {@link RequestTimeoutException}
 * when a timeout passed and {@link ResponseTooLargeException} for oversized responses.
 */
public final class Connection implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Connection.class);

	private final ConnectionSettings settings;

	private final Rest5Client restClient;

	private final Sniffer sniffer;

	private final RequestOptionsFactory options;

	private final AtomicBoolean closed = new AtomicBoolean();

	private final Client client = new Client(this);

	private Connection(ConnectionSettings settings) {
		this.settings = settings;
		this.options = new RequestOptionsFactory(settings);
		SniffOnFailureListener failureListener = Sniffing.failureListener(settings);
		this.restClient = RestClients.create(settings, new HostSelector(), failureListener);
		try {
			this.sniffer = Sniffing.start(this.restClient, settings, failureListener);
		}
		catch (RuntimeException ex) {
			closeQuietly(this.restClient);
			throw ex;
		}
	}

	/**
	 * Opens a connection (sniffing first when {@link ConnectionSettings#sniffOnStart()}).
	 * @param settings the settings
	 * @return the connection
	 */
	public static Connection create(ConnectionSettings settings) {
		return new Connection(Objects.requireNonNull(settings, "settings must not be null"));
	}

	/**
	 * Sends a request and waits for its response.
	 * @param request the request
	 * @return the response (2xx, or an error status the request {@linkplain RawRequest#ignore(int...) ignores})
	 * @throws ElasticsearchException for an error status
	 * @throws ConnectionException when no host answered (see also {@link RequestTimeoutException})
	 * @throws ResponseTooLargeException when the body exceeds the limit
	 */
	public RawResponse perform(RawRequest request) {
		CompletableFuture<RawResponse> future = performAsync(request);
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(false);
			throw new TransportException(request.method() + " " + request.path() + ": interrupted while waiting",
					request.method(), request.path(), ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				runtime.addSuppressed(new CallSite());
				throw runtime;
			}
			throw new TransportException(request.method() + " " + request.path() + " failed: " + cause,
					request.method(), request.path(), cause);
		}
	}

	/**
	 * Sends a request without blocking: no thread waits for the response. The future completes on
	 * the client's I/O thread, so dependent stages should be short or use an {@code ...Async}
	 * variant with an executor.
	 * @param request the request
	 * @return the future response; fails with the exceptions {@link #perform(RawRequest)} throws
	 * @throws IllegalStateException when the connection is closed
	 */
	public CompletableFuture<RawResponse> performAsync(RawRequest request) {
		Objects.requireNonNull(request, "request must not be null");
		if (this.closed.get()) {
			throw new IllegalStateException("The connection to " + this.settings.hosts() + " is closed");
		}
		return new Execution(this.restClient, this.settings, this.options, request).start();
	}

	/**
	 * The raw client basics: documents, updates, cluster health, and {@link Client#indices()}.
	 * @return the client, bound to this connection
	 */
	public Client client() {
		return this.client;
	}

	/** @return the settings this connection was created with */
	public ConnectionSettings settings() {
		return this.settings;
	}

	/** @return the nodes requests go to now (the configured hosts, or the sniffed nodes) */
	public List<URI> nodes() {
		return this.restClient.getNodes().stream().map((node) -> URI.create(Hosts.toText(node.getHost()))).toList();
	}

	/**
	 * The underlying low-level client, for example to build an elasticsearch-java transport on the
	 * same connection pool. Do not close it; close this connection.
	 * @return the client
	 */
	public Rest5Client restClient() {
		return this.restClient;
	}

	/** @return whether {@link #close()} was called */
	public boolean isClosed() {
		return this.closed.get();
	}

	/**
	 * Stops sniffing and closes the client; requests in flight fail with a
	 * {@link ConnectionException}. Closing twice does nothing.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			if (this.sniffer != null) {
				this.sniffer.close();
			}
			closeQuietly(this.restClient);
		}
	}

	private static void closeQuietly(Rest5Client client) {
		try {
			client.close();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Closing the Elasticsearch client failed", ex);
		}
	}

	@Override
	public String toString() {
		return "Connection{hosts=" + this.settings.hosts() + (this.closed.get() ? ", closed" : "") + "}";
	}

	/**
	 * Marks where a synchronous call was made: the failure itself is created on an I/O thread.
	 */
	private static final class CallSite extends Exception {

		private static final long serialVersionUID = 1L;

		CallSite() {
			super("the request was made here");
		}

	}

}
