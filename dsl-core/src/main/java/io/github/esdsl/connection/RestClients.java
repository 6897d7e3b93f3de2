package io.github.esdsl.connection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the low-level client for a connection's settings.
 */
final class RestClients {

	static final String USER_AGENT = "esdsl/" + version() + " (Java/" + System.getProperty("java.version") + ")";

	private static final AtomicInteger POOLS = new AtomicInteger();

	private static final String WIRE_LOG = "org.apache.hc.client5.http.wire";

	private static final AtomicBoolean WIRE_LOG_NOTICE = new AtomicBoolean();

	private static final Logger logger = LoggerFactory.getLogger(RestClients.class);

	private RestClients() {
	}

	static Rest5Client create(ConnectionSettings settings, HostSelector selector,
			Rest5Client.FailureListener failureListener) {
		HttpHost[] hosts = settings.hosts().stream().map(Hosts::toHttpHost).toArray(HttpHost[]::new);
		Rest5ClientBuilder builder = Rest5Client.builder(hosts)
			.setDefaultHeaders(defaultHeaders(settings))
			.setCompressionEnabled(settings.compression())
			.setMetaHeaderEnabled(false)
			.setNodeSelector(selector);
		if (settings.pathPrefix() != null) {
			builder.setPathPrefix(settings.pathPrefix());
		}
		if (failureListener != null) {
			builder.setFailureListener(failureListener);
		}
		if (settings.hosts().stream().anyMatch((uri) -> uri.getScheme().equals("https"))) {
			builder.setSSLContext(TlsSupport.sslContext(settings));
			builder.setConnectionManagerCallback((manager) -> manager.setTlsStrategy(TlsSupport.strategy(settings)));
		}
		builder.setConnectionConfigCallback((config) -> config.setConnectTimeout(timeout(settings.connectTimeout()))
			.setSocketTimeout(timeout(settings.socketTimeout())));
		builder.setRequestConfigCallback((config) -> config.setResponseTimeout(timeout(settings.socketTimeout())));
		// retries are counted by Execution alone: the HTTP client's own (503/429, I/O errors) are off.
		// Secrets stay out of the client's logs: header values are masked and the wire log, which
		// dumps every byte after TLS decryption (Authorization included), is never attached
		warnIfWireLogIsOn();
		builder.setHttpClientConfigCallback((client) -> client.setThreadFactory(new IoThreadFactory())
			.disableAutomaticRetries()
			.addRequestInterceptorLast(SecretHeaders.INSTANCE)
			.setIoSessionDecorator((session) -> session)
			.setIOReactorConfig(IOReactorConfig.custom().setSelectInterval(selectInterval(settings)).build()));
		settings.clientCustomizers().forEach((customizer) -> customizer.accept(builder));
		return builder.build();
	}

	/**
	 * User agent, {@code Accept} (with {@code compatible-with}), authorization and the custom
	 * headers. {@code Content-Type} comes with each body.
	 */
	private static Header[] defaultHeaders(ConnectionSettings settings) {
		List<Header> headers = new ArrayList<>();
		headers.add(new BasicHeader("User-Agent", USER_AGENT));
		headers.add(new BasicHeader("Accept", MediaTypes.json(settings.compatibility())));
		String authorization = settings.authorizationHeader();
		if (authorization != null) {
			headers.add(new SecretHeaders.Masked("Authorization", authorization));
		}
		for (Map.Entry<String, String> header : settings.headers().entrySet()) {
			headers.removeIf((existing) -> existing.getName().equalsIgnoreCase(header.getKey()));
			headers.add(Secrets.isSecretHeader(header.getKey()) ? new SecretHeaders.Masked(header.getKey(), header.getValue())
					: new BasicHeader(header.getKey(), header.getValue()));
		}
		return headers.toArray(Header[]::new);
	}

	private static void warnIfWireLogIsOn() {
		if (LoggerFactory.getLogger(WIRE_LOG).isDebugEnabled() && WIRE_LOG_NOTICE.compareAndSet(false, true)) {
			logger.info("{} is at DEBUG but esdsl connections never write a wire log: it would show credentials "
					+ "and documents. Request headers (secrets masked) are on org.apache.hc.client5.http.headers, "
					+ "requests and responses on {}", WIRE_LOG, "co.elastic.clients.transport.rest5_client.low_level");
		}
	}

	private static Timeout timeout(Duration duration) {
		return duration.isZero() ? Timeout.INFINITE : Timeout.ofMilliseconds(duration.toMillis());
	}

	/**
	 * How often the I/O reactor checks timeouts: a quarter of the shortest timeout, between 50ms and
	 * the default second, so that a timeout fires close to when it is due.
	 */
	private static TimeValue selectInterval(ConnectionSettings settings) {
		long shortest = 1000;
		for (Duration timeout : new Duration[] { settings.connectTimeout(), settings.socketTimeout() }) {
			if (!timeout.isZero()) {
				shortest = Math.min(shortest, timeout.toMillis() / 4);
			}
		}
		return TimeValue.ofMilliseconds(Math.max(50, shortest));
	}

	private static String version() {
		String version = RestClients.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "dev";
	}

	/**
	 * Daemon I/O threads, so an unclosed connection does not keep the JVM alive.
	 */
	private static final class IoThreadFactory implements ThreadFactory {

		private final int pool = POOLS.incrementAndGet();

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable runnable) {
			Thread thread = new Thread(runnable, "esdsl-io-" + this.pool + "-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
