package io.github.esdsl.connection;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

/**
 * How to reach one Elasticsearch cluster: immutable, built with {@link #builder()}. Every value is
 * checked when it is set, and {@link #toString()} never shows a password, API key, bearer token or
 * secret-looking header.
 *
 * <pre>{@code
 * ConnectionSettings settings = ConnectionSettings.builder()
 *     .hosts("https://es1:9200", "https://es2:9200")
 *     .apiKey(System.getenv("ES_API_KEY"))
 *     .caFingerprint("b9:ad:...")
 *     .compatibility(8)
 *     .build();
 * }</pre>
 */
public final class ConnectionSettings {

	/** Default time to establish a TCP connection. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

	/** Default longest silence on an open connection while waiting for a response. */
	public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);

	/** Default number of retries after a failed first attempt. */
	public static final int DEFAULT_MAX_RETRIES = 3;

	/** Default largest accepted response body, in bytes (100 MiB). */
	public static final long DEFAULT_MAX_RESPONSE_SIZE = 100L * 1024 * 1024;

	/** Default time Elasticsearch may take to answer a sniffing request. */
	public static final Duration DEFAULT_SNIFF_TIMEOUT = Duration.ofSeconds(1);

	/** The values, never modified after the builder made them. */
	private final SettingsValues values;

	private ConnectionSettings(SettingsValues values) {
		this.values = values;
	}

	/**
	 * A new builder with the defaults ({@code http://localhost:9200}, no authentication).
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Settings with the given hosts and every other value at its default.
	 * @param hosts host URIs such as {@code http://localhost:9200}
	 * @return the settings
	 */
	public static ConnectionSettings of(String... hosts) {
		return builder().hosts(hosts).build();
	}

	/**
	 * A builder holding these settings, to derive changed ones.
	 * @return the builder
	 */
	public Builder toBuilder() {
		return new Builder(this.values.copy());
	}

	/** @return the hosts in order, each only scheme, host and port */
	public List<URI> hosts() {
		return Collections.unmodifiableList(this.values.hosts);
	}

	/** @return the basic-auth user name, or {@code null} */
	public String username() {
		return this.values.username;
	}

	/** @return whether some authentication (basic, API key or bearer token) is configured */
	public boolean hasAuthentication() {
		return this.values.username != null || this.values.apiKey != null || this.values.bearerToken != null;
	}

	/** @return the PEM file of the CA certificate(s) to trust, or {@code null} */
	public Path caCertificate() {
		return this.values.caCertificate;
	}

	/** @return the trusted certificate's SHA-256 fingerprint as 64 lower-case hex digits, or {@code null} */
	public String caFingerprint() {
		return this.values.caFingerprint;
	}

	/** @return the SSL context to use, or {@code null} */
	public SSLContext sslContext() {
		return this.values.sslContext;
	}

	/** @return whether the server certificate must match the host name (default {@code true}) */
	public boolean verifyHostnames() {
		return this.values.verifyHostnames;
	}

	/** @return the path prefix such as {@code /es}, or {@code null} */
	public String pathPrefix() {
		return this.values.pathPrefix;
	}

	/** @return the time allowed to establish a TCP connection, zero for no limit */
	public Duration connectTimeout() {
		return this.values.connectTimeout;
	}

	/** @return the longest silence allowed on an open connection, zero for no limit */
	public Duration socketTimeout() {
		return this.values.socketTimeout;
	}

	/** @return the time allowed for a whole request including retries, or {@code null} for no limit */
	public Duration requestTimeout() {
		return this.values.requestTimeout;
	}

	/** @return the number of retries after a failed first attempt */
	public int maxRetries() {
		return this.values.maxRetries;
	}

	/** @return whether a timed-out attempt is retried on the next host */
	public boolean retryOnTimeout() {
		return this.values.retryOnTimeout;
	}

	/** @return the headers sent with every request, in order */
	public Map<String, String> headers() {
		return Collections.unmodifiableMap(this.values.headers);
	}

	/** @return whether request bodies are gzip-compressed and compressed responses accepted */
	public boolean compression() {
		return this.values.compression;
	}

	/** @return whether the cluster's nodes are sniffed when the connection is created */
	public boolean sniffOnStart() {
		return this.values.sniffOnStart;
	}

	/** @return whether the nodes are sniffed again after a node fails */
	public boolean sniffOnConnectionFailure() {
		return this.values.sniffOnConnectionFailure;
	}

	/** @return the time between periodic sniffs, or {@code null} for no periodic sniffing */
	public Duration sniffInterval() {
		return this.values.sniffInterval;
	}

	/** @return the time Elasticsearch may take to answer a sniffing request */
	public Duration sniffTimeout() {
		return this.values.sniffTimeout;
	}

	/** @return whether any kind of sniffing is enabled */
	public boolean sniffing() {
		return this.values.sniffOnStart || this.values.sniffOnConnectionFailure || this.values.sniffInterval != null;
	}

	/** @return the server's major version sent as {@code compatible-with} (8 or 9), or {@code null} */
	public Integer compatibility() {
		return this.values.compatibility;
	}

	/** @return the largest accepted response body in bytes */
	public long maxResponseSize() {
		return this.values.maxResponseSize;
	}

	/** @return the listeners told about every request */
	public List<RequestListener> listeners() {
		return Collections.unmodifiableList(this.values.listeners);
	}

	/** @return the callbacks that may adjust the low-level client before it is built */
	public List<Consumer<Rest5ClientBuilder>> clientCustomizers() {
		return Collections.unmodifiableList(this.values.clientCustomizers);
	}

	/**
	 * Whether a header of this name may carry a secret, so that its value is never shown in
	 * {@code toString()}, messages or logs: {@code Authorization}, {@code Cookie} and any name
	 * mentioning auth, a token, key, secret, password, credential, session or signature.
	 * @param name the header name
	 * @return whether its value is treated as a secret
	 */
	public static boolean isSecretHeader(String name) {
		return Secrets.isSecretHeader(Objects.requireNonNull(name, "name must not be null"));
	}

	/**
	 * The {@code Authorization} header value for the configured authentication.
	 * @return the value, or {@code null} when none is configured
	 */
	String authorizationHeader() {
		SettingsValues v = this.values;
		if (v.username != null) {
			String pair = v.username + ":" + v.password;
			return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
		}
		if (v.apiKey != null) {
			return "ApiKey " + v.apiKey;
		}
		return (v.bearerToken != null) ? "Bearer " + v.bearerToken : null;
	}

	/**
	 * What kind of credentials requests carry, for error messages, without any secret.
	 * @return such as {@code basic auth as user 'app'}, {@code an API key}, {@code no credentials}
	 */
	String credentialsDescription() {
		SettingsValues v = this.values;
		if (v.username != null) {
			return "basic auth as user '" + v.username + "'";
		}
		if (v.apiKey != null) {
			return "an API key";
		}
		if (v.bearerToken != null) {
			return "a bearer token";
		}
		boolean header = v.headers.keySet().stream().anyMatch("Authorization"::equalsIgnoreCase);
		return header ? "the configured Authorization header" : "no credentials";
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

	/**
	 * Mutable builder of {@link ConnectionSettings}; each setter checks its value and fails with an
	 * {@link IllegalArgumentException} naming it.
	 */
	public static final class Builder {

		private final SettingsValues values;

		private Builder() {
			this(new SettingsValues());
		}

		private Builder(SettingsValues values) {
			this.values = values;
		}

		/**
		 * Replaces the hosts: {@code http(s)://host:port}, or {@code host:port} for http. A missing
		 * port is the scheme's default (80 or 443).
		 * @param hosts one or more host URIs
		 * @return this builder
		 */
		public Builder hosts(String... hosts) {
			Objects.requireNonNull(hosts, "hosts must not be null");
			return hosts(List.of(hosts));
		}

		/**
		 * Replaces the hosts with strings or {@link URI}s.
		 * @param hosts one or more hosts
		 * @return this builder
		 */
		public Builder hosts(Collection<?> hosts) {
			this.values.hosts = SettingsChecks.hosts(hosts);
			return this;
		}

		/**
		 * HTTP basic authentication, sent preemptively with every request.
		 * @param username the user name
		 * @param password the password
		 * @return this builder
		 */
		public Builder basicAuth(String username, String password) {
			SettingsChecks.text(username, "basicAuth username");
			Objects.requireNonNull(password, "basicAuth password must not be null");
			if (username.indexOf(':') >= 0) {
				// not shown: a username with ':' is often "user:password" put in the wrong place
				throw new IllegalArgumentException("basicAuth username must not contain ':'; give the password "
						+ "separately");
			}
			this.values.username = username;
			this.values.password = password;
			return this;
		}

		/**
		 * API-key authentication with the encoded key (the {@code encoded} field Elasticsearch
		 * returns when creating an API key).
		 * @param encodedApiKey the base64 of {@code id:key}
		 * @return this builder
		 */
		public Builder apiKey(String encodedApiKey) {
			this.values.apiKey = SettingsChecks.text(encodedApiKey, "apiKey").strip();
			return this;
		}

		/**
		 * API-key authentication with the key's id and secret.
		 * @param id the API key id
		 * @param key the API key secret
		 * @return this builder
		 */
		public Builder apiKey(String id, String key) {
			String pair = SettingsChecks.text(id, "apiKey id") + ":" + SettingsChecks.text(key, "apiKey key");
			return apiKey(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}

		/**
		 * Bearer-token authentication (OAuth2, JWT, service account tokens).
		 * @param token the token
		 * @return this builder
		 */
		public Builder bearerToken(String token) {
			this.values.bearerToken = SettingsChecks.text(token, "bearerToken").strip();
			return this;
		}

		/**
		 * Trusts the CA certificate(s) in a PEM file, such as Elasticsearch's {@code http_ca.crt}.
		 * @param pemFile the PEM file
		 * @return this builder
		 */
		public Builder caCertificate(Path pemFile) {
			Objects.requireNonNull(pemFile, "caCertificate must not be null");
			if (!Files.isReadable(pemFile)) {
				throw new IllegalArgumentException(
						"CA certificate file '" + pemFile.toAbsolutePath() + "' does not exist or is not readable");
			}
			this.values.caCertificate = pemFile;
			return this;
		}

		/**
		 * Trusts a server whose certificate chain holds a certificate with this SHA-256 fingerprint
		 * (printed by Elasticsearch on first start, or by {@code openssl x509 -fingerprint -sha256}).
		 * @param sha256 64 hex digits, colons allowed
		 * @return this builder
		 */
		public Builder caFingerprint(String sha256) {
			this.values.caFingerprint = SettingsChecks.fingerprint(sha256);
			return this;
		}

		/**
		 * The SSL context for https (for example from a Spring SSL bundle).
		 * @param sslContext the context
		 * @return this builder
		 */
		public Builder sslContext(SSLContext sslContext) {
			this.values.sslContext = Objects.requireNonNull(sslContext, "sslContext must not be null");
			return this;
		}

		/**
		 * Whether the server certificate must match the host name. On by default; turning it off lets
		 * any server holding a trusted certificate impersonate the cluster.
		 * @param verifyHostnames {@code false} to skip the check
		 * @return this builder
		 */
		public Builder verifyHostnames(boolean verifyHostnames) {
			this.values.verifyHostnames = verifyHostnames;
			return this;
		}

		/**
		 * A path put before every request path, for a cluster behind a proxy ({@code /es}).
		 * @param pathPrefix the prefix; {@code null} or {@code "/"} for none
		 * @return this builder
		 */
		public Builder pathPrefix(String pathPrefix) {
			this.values.pathPrefix = SettingsChecks.pathPrefix(pathPrefix);
			return this;
		}

		/**
		 * Time allowed to establish a TCP connection ({@link Duration#ZERO} for no limit).
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder connectTimeout(Duration timeout) {
			this.values.connectTimeout = SettingsChecks.timeout(timeout, "connectTimeout");
			return this;
		}

		/**
		 * Longest silence allowed on an open connection ({@link Duration#ZERO} for no limit).
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder socketTimeout(Duration timeout) {
			this.values.socketTimeout = SettingsChecks.timeout(timeout, "socketTimeout");
			return this;
		}

		/**
		 * Time allowed for a whole request, retries included ({@code null} or zero for no limit).
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder requestTimeout(Duration timeout) {
			boolean none = timeout == null || timeout.isZero();
			this.values.requestTimeout = none ? null : SettingsChecks.timeout(timeout, "requestTimeout");
			return this;
		}

		/**
		 * Number of retries after a failed first attempt (connection failures, 502/503/504, and
		 * timeouts with {@link #retryOnTimeout(boolean)}); each retry prefers a host not tried yet.
		 * @param maxRetries zero or more
		 * @return this builder
		 */
		public Builder maxRetries(int maxRetries) {
			this.values.maxRetries = SettingsChecks.maxRetries(maxRetries);
			return this;
		}

		/**
		 * Whether a timed-out attempt is retried on another host (off by default: the request may
		 * still be running on the first one).
		 * @param retryOnTimeout whether to retry
		 * @return this builder
		 */
		public Builder retryOnTimeout(boolean retryOnTimeout) {
			this.values.retryOnTimeout = retryOnTimeout;
			return this;
		}

		/**
		 * Adds a header sent with every request.
		 * @param name the name
		 * @param value the value
		 * @return this builder
		 */
		public Builder header(String name, String value) {
			SettingsChecks.header(name, value);
			this.values.headers.put(name, value);
			return this;
		}

		/**
		 * Adds headers sent with every request.
		 * @param headers names and values
		 * @return this builder
		 */
		public Builder headers(Map<String, String> headers) {
			headers.forEach(this::header);
			return this;
		}

		/**
		 * Whether to gzip request bodies and accept gzip-compressed responses.
		 * @param compression whether to compress
		 * @return this builder
		 */
		public Builder compression(boolean compression) {
			this.values.compression = compression;
			return this;
		}

		/**
		 * Whether to ask the cluster for its nodes when the connection is created and send requests
		 * to those nodes from then on.
		 * @param sniffOnStart whether to sniff on start
		 * @return this builder
		 */
		public Builder sniffOnStart(boolean sniffOnStart) {
			this.values.sniffOnStart = sniffOnStart;
			return this;
		}

		/**
		 * Whether to sniff again right after a node fails.
		 * @param sniffOnConnectionFailure whether to sniff on failure
		 * @return this builder
		 */
		public Builder sniffOnConnectionFailure(boolean sniffOnConnectionFailure) {
			this.values.sniffOnConnectionFailure = sniffOnConnectionFailure;
			return this;
		}

		/**
		 * Time between periodic sniffs ({@code null} for none).
		 * @param interval at least one second
		 * @return this builder
		 */
		public Builder sniffInterval(Duration interval) {
			this.values.sniffInterval = SettingsChecks.sniffInterval(interval);
			return this;
		}

		/**
		 * Time Elasticsearch may take to answer a sniffing request.
		 * @param timeout more than zero
		 * @return this builder
		 */
		public Builder sniffTimeout(Duration timeout) {
			if (SettingsChecks.timeout(timeout, "sniffTimeout").isZero()) {
				throw new IllegalArgumentException("sniffTimeout must be more than zero");
			}
			this.values.sniffTimeout = timeout;
			return this;
		}

		/**
		 * The server's major version: sends {@code compatible-with=N} in {@code Accept} and
		 * {@code Content-Type}. Use 8 for an 8.x cluster.
		 * @param majorVersion 8 or 9
		 * @return this builder
		 */
		public Builder compatibility(int majorVersion) {
			this.values.compatibility = SettingsChecks.compatibility(majorVersion);
			return this;
		}

		/**
		 * Largest accepted response body; a larger one fails with {@link ResponseTooLargeException}
		 * instead of filling the heap.
		 * @param bytes the limit in bytes
		 * @return this builder
		 */
		public Builder maxResponseSize(long bytes) {
			this.values.maxResponseSize = SettingsChecks.maxResponseSize(bytes);
			return this;
		}

		/**
		 * Adds a listener told about every request (for metrics and observations).
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder listener(RequestListener listener) {
			this.values.listeners.add(Objects.requireNonNull(listener, "listener must not be null"));
			return this;
		}

		/**
		 * Adds a callback that may adjust the low-level client builder after these settings are
		 * applied (proxy, connection pool sizes, ...).
		 * @param customizer the callback
		 * @return this builder
		 */
		public Builder clientCustomizer(Consumer<Rest5ClientBuilder> customizer) {
			this.values.clientCustomizers.add(Objects.requireNonNull(customizer, "customizer must not be null"));
			return this;
		}

		/**
		 * Checks that the values fit together and builds the settings; the builder may be reused.
		 * @return the settings
		 * @throws IllegalArgumentException when values conflict
		 */
		public ConnectionSettings build() {
			boolean authorization = this.values.headers.keySet().stream().anyMatch("Authorization"::equalsIgnoreCase);
			SettingsChecks.combination(this.values, authorization);
			return new ConnectionSettings(this.values.copy());
		}

	}

}
