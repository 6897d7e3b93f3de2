package io.github.esdsl.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;

/**
 * The values behind {@link ConnectionSettings} and its builder. A settings instance owns a copy that
 * is never modified after {@link ConnectionSettings.Builder#build()}.
 */
final class SettingsValues {

	List<URI> hosts = new ArrayList<>(List.of(URI.create("http://localhost:9200")));

	String username;

	String password;

	String apiKey;

	String bearerToken;

	Path caCertificate;

	String caFingerprint;

	SSLContext sslContext;

	boolean verifyHostnames = true;

	String pathPrefix;

	Duration connectTimeout = ConnectionSettings.DEFAULT_CONNECT_TIMEOUT;

	Duration socketTimeout = ConnectionSettings.DEFAULT_SOCKET_TIMEOUT;

	Duration requestTimeout;

	int maxRetries = ConnectionSettings.DEFAULT_MAX_RETRIES;

	boolean retryOnTimeout;

	Map<String, String> headers = new LinkedHashMap<>();

	boolean compression;

	boolean sniffOnStart;

	boolean sniffOnConnectionFailure;

	Duration sniffInterval;

	Duration sniffTimeout = ConnectionSettings.DEFAULT_SNIFF_TIMEOUT;

	Integer compatibility;

	long maxResponseSize = ConnectionSettings.DEFAULT_MAX_RESPONSE_SIZE;

	List<RequestListener> listeners = new ArrayList<>();

	List<Consumer<Rest5ClientBuilder>> clientCustomizers = new ArrayList<>();

	SettingsValues copy() {
		SettingsValues copy = new SettingsValues();
		copy.hosts = new ArrayList<>(this.hosts);
		copy.username = this.username;
		copy.password = this.password;
		copy.apiKey = this.apiKey;
		copy.bearerToken = this.bearerToken;
		copy.caCertificate = this.caCertificate;
		copy.caFingerprint = this.caFingerprint;
		copy.sslContext = this.sslContext;
		copy.verifyHostnames = this.verifyHostnames;
		copy.pathPrefix = this.pathPrefix;
		copy.connectTimeout = this.connectTimeout;
		copy.socketTimeout = this.socketTimeout;
		copy.requestTimeout = this.requestTimeout;
		copy.maxRetries = this.maxRetries;
		copy.retryOnTimeout = this.retryOnTimeout;
		copy.headers = new LinkedHashMap<>(this.headers);
		copy.compression = this.compression;
		copy.sniffOnStart = this.sniffOnStart;
		copy.sniffOnConnectionFailure = this.sniffOnConnectionFailure;
		copy.sniffInterval = this.sniffInterval;
		copy.sniffTimeout = this.sniffTimeout;
		copy.compatibility = this.compatibility;
		copy.maxResponseSize = this.maxResponseSize;
		copy.listeners = new ArrayList<>(this.listeners);
		copy.clientCustomizers = new ArrayList<>(this.clientCustomizers);
		return copy;
	}

	/**
	 * Every value, with each secret masked.
	 */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("ConnectionSettings{hosts=").append(this.hosts);
		append(text, "basicAuth", (this.username != null) ? this.username + ":" + Secrets.MASK : null);
		append(text, "apiKey", (this.apiKey != null) ? Secrets.MASK : null);
		append(text, "bearerToken", (this.bearerToken != null) ? Secrets.MASK : null);
		append(text, "caCertificate", this.caCertificate);
		append(text, "caFingerprint", this.caFingerprint);
		append(text, "sslContext", (this.sslContext != null) ? this.sslContext.getProtocol() : null);
		append(text, "verifyHostnames", this.verifyHostnames);
		append(text, "pathPrefix", this.pathPrefix);
		append(text, "connectTimeout", this.connectTimeout);
		append(text, "socketTimeout", this.socketTimeout);
		append(text, "requestTimeout", this.requestTimeout);
		append(text, "maxRetries", this.maxRetries);
		append(text, "retryOnTimeout", this.retryOnTimeout);
		append(text, "headers", Secrets.headers(this.headers));
		append(text, "compression", this.compression);
		append(text, "sniffOnStart", this.sniffOnStart);
		append(text, "sniffOnConnectionFailure", this.sniffOnConnectionFailure);
		append(text, "sniffInterval", this.sniffInterval);
		append(text, "sniffTimeout", this.sniffTimeout);
		append(text, "compatibility", this.compatibility);
		append(text, "maxResponseSize", this.maxResponseSize);
		append(text, "listeners", this.listeners.size());
		return text.append('}').toString();
	}

	private static void append(StringBuilder text, String name, Object value) {
		if (value != null) {
			text.append(", ").append(name).append('=').append(value);
		}
	}

}
