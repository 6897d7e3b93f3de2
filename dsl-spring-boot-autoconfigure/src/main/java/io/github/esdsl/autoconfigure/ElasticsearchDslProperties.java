package io.github.esdsl.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of esdsl: connections by alias, index management at startup and
 * health checks.
 */
@ConfigurationProperties("elasticsearch.dsl")
public class ElasticsearchDslProperties {

	/**
	 * Connections by alias; none configured means one "default" connection.
	 */
	private final Map<String, Connection> connections = new LinkedHashMap<>();

	/**
	 * What to do at startup with the indices and templates of the document classes.
	 */
	private IndexManagement indexManagement = IndexManagement.TEMPLATES;

	private final Documents documents = new Documents();

	private final Templates templates = new Templates();

	private final Startup startup = new Startup();

	private final Health health = new Health();

	public Map<String, Connection> getConnections() {
		return this.connections;
	}

	public IndexManagement getIndexManagement() {
		return this.indexManagement;
	}

	public void setIndexManagement(IndexManagement indexManagement) {
		this.indexManagement = indexManagement;
	}

	public Documents getDocuments() {
		return this.documents;
	}

	public Templates getTemplates() {
		return this.templates;
	}

	public Startup getStartup() {
		return this.startup;
	}

	public Health getHealth() {
		return this.health;
	}

	/**
	 * What index management does at startup for each document class; it never deletes or closes
	 * an index.
	 */
	public enum IndexManagement {

		/** Leave the cluster alone. */
		NONE,

		/** Fail startup listing every difference between the documents and the cluster. */
		VALIDATE,

		/** Create or update a composable index template per document class. */
		TEMPLATES,

		/** Create or update the templates and create missing concrete indices. */
		CREATE,

		/** Like create, and add new fields to the mappings of existing indices. */
		UPDATE

	}

	/**
	 * Settings of one connection.
	 */
	public static class Connection {

		/**
		 * Elasticsearch hosts, such as https://es1:9200 (a host without a port means 9200). Required
		 * for every declared alias unless a ConnectionDetails bean supplies them.
		 */
		private List<String> hosts = new ArrayList<>();

		/**
		 * User name for HTTP basic authentication.
		 */
		private String username;

		/**
		 * Password for HTTP basic authentication.
		 */
		private String password;

		/**
		 * Encoded API key (base64 of id:key) for API-key authentication.
		 */
		private String apiKey;

		/**
		 * Token for bearer-token authentication.
		 */
		private String bearerToken;

		/**
		 * Path put before every request path, for a cluster behind a proxy.
		 */
		private String pathPrefix;

		/**
		 * Time allowed to establish a TCP connection.
		 */
		private Duration connectTimeout = Duration.ofSeconds(5);

		/**
		 * Longest silence allowed on an open connection.
		 */
		private Duration socketTimeout = Duration.ofSeconds(30);

		/**
		 * Time allowed for a whole request, retries included.
		 */
		private Duration requestTimeout;

		/**
		 * Number of retries after a failed first attempt.
		 */
		private int maxRetries = 3;

		/**
		 * Whether a timed-out attempt is retried on another host.
		 */
		private boolean retryOnTimeout;

		/**
		 * Whether to discover the cluster's nodes when the connection is created.
		 */
		private boolean sniffOnStart;

		/**
		 * Whether to discover the cluster's nodes again right after a node fails.
		 */
		private boolean sniffOnConnectionFail;

		/**
		 * Time between periodic discoveries of the cluster's nodes.
		 */
		private Duration snifferInterval;

		/**
		 * Time Elasticsearch may take to answer a node discovery request.
		 */
		private Duration sniffTimeout = Duration.ofSeconds(1);

		/**
		 * Major version of the server sent as compatible-with in the media types, 8 or 9.
		 */
		private Integer compatibility;

		/**
		 * Headers sent with every request.
		 */
		private Map<String, String> headers = new LinkedHashMap<>();

		/**
		 * Whether to compress request bodies and accept compressed responses.
		 */
		private boolean compression;

		/**
		 * Largest accepted response body.
		 */
		private DataSize maxResponseSize = DataSize.ofMegabytes(100);

		private final Ssl ssl = new Ssl();

		public List<String> getHosts() {
			return this.hosts;
		}

		public void setHosts(List<String> hosts) {
			this.hosts = hosts;
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getApiKey() {
			return this.apiKey;
		}

		public void setApiKey(String apiKey) {
			this.apiKey = apiKey;
		}

		public String getBearerToken() {
			return this.bearerToken;
		}

		public void setBearerToken(String bearerToken) {
			this.bearerToken = bearerToken;
		}

		public String getPathPrefix() {
			return this.pathPrefix;
		}

		public void setPathPrefix(String pathPrefix) {
			this.pathPrefix = pathPrefix;
		}

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getSocketTimeout() {
			return this.socketTimeout;
		}

		public void setSocketTimeout(Duration socketTimeout) {
			this.socketTimeout = socketTimeout;
		}

		public Duration getRequestTimeout() {
			return this.requestTimeout;
		}

		public void setRequestTimeout(Duration requestTimeout) {
			this.requestTimeout = requestTimeout;
		}

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public boolean isRetryOnTimeout() {
			return this.retryOnTimeout;
		}

		public void setRetryOnTimeout(boolean retryOnTimeout) {
			this.retryOnTimeout = retryOnTimeout;
		}

		public boolean isSniffOnStart() {
			return this.sniffOnStart;
		}

		public void setSniffOnStart(boolean sniffOnStart) {
			this.sniffOnStart = sniffOnStart;
		}

		public boolean isSniffOnConnectionFail() {
			return this.sniffOnConnectionFail;
		}

		public void setSniffOnConnectionFail(boolean sniffOnConnectionFail) {
			this.sniffOnConnectionFail = sniffOnConnectionFail;
		}

		public Duration getSnifferInterval() {
			return this.snifferInterval;
		}

		public void setSnifferInterval(Duration snifferInterval) {
			this.snifferInterval = snifferInterval;
		}

		public Duration getSniffTimeout() {
			return this.sniffTimeout;
		}

		public void setSniffTimeout(Duration sniffTimeout) {
			this.sniffTimeout = sniffTimeout;
		}

		public Integer getCompatibility() {
			return this.compatibility;
		}

		public void setCompatibility(Integer compatibility) {
			this.compatibility = compatibility;
		}

		public Map<String, String> getHeaders() {
			return this.headers;
		}

		public void setHeaders(Map<String, String> headers) {
			this.headers = headers;
		}

		public boolean isCompression() {
			return this.compression;
		}

		public void setCompression(boolean compression) {
			this.compression = compression;
		}

		public DataSize getMaxResponseSize() {
			return this.maxResponseSize;
		}

		public void setMaxResponseSize(DataSize maxResponseSize) {
			this.maxResponseSize = maxResponseSize;
		}

		public Ssl getSsl() {
			return this.ssl;
		}

	}

	/**
	 * TLS settings of one connection.
	 */
	public static class Ssl {

		/**
		 * Name of the SSL bundle to use.
		 */
		private String bundle;

		/**
		 * PEM file of the CA certificate(s) to trust.
		 */
		private Resource caCertificate;

		/**
		 * SHA-256 fingerprint of a trusted certificate in the server's chain.
		 */
		private String caFingerprint;

		/**
		 * Whether the server certificate must match the host name.
		 */
		private boolean verifyHostnames = true;

		public String getBundle() {
			return this.bundle;
		}

		public void setBundle(String bundle) {
			this.bundle = bundle;
		}

		public Resource getCaCertificate() {
			return this.caCertificate;
		}

		public void setCaCertificate(Resource caCertificate) {
			this.caCertificate = caCertificate;
		}

		public String getCaFingerprint() {
			return this.caFingerprint;
		}

		public void setCaFingerprint(String caFingerprint) {
			this.caFingerprint = caFingerprint;
		}

		public boolean isVerifyHostnames() {
			return this.verifyHostnames;
		}

		public void setVerifyHostnames(boolean verifyHostnames) {
			this.verifyHostnames = verifyHostnames;
		}

	}

	/**
	 * Where document classes are found.
	 */
	public static class Documents {

		/**
		 * Packages scanned for document classes instead of the auto-configuration packages.
		 */
		private List<String> packages = new ArrayList<>();

		public List<String> getPackages() {
			return this.packages;
		}

		public void setPackages(List<String> packages) {
			this.packages = packages;
		}

	}

	/**
	 * Index templates made from document classes.
	 */
	public static class Templates {

		/**
		 * Priority of the composable index templates.
		 */
		private int priority = 150;

		public int getPriority() {
			return this.priority;
		}

		public void setPriority(int priority) {
			if (priority < 0) {
				throw new IllegalArgumentException("priority must be zero or more, such as 150, but was " + priority);
			}
			this.priority = priority;
		}

	}

	/**
	 * Startup behaviour.
	 */
	public static class Startup {

		/**
		 * Whether startup fails when index management cannot reach the cluster.
		 */
		private boolean failFast = true;

		/**
		 * First wait before index management is tried again when the cluster was unreachable at
		 * startup and fail-fast is off; doubled after each failed retry.
		 */
		private Duration retryInterval = Duration.ofSeconds(1);

		/**
		 * Longest wait between two retries of index management.
		 */
		private Duration maxRetryInterval = Duration.ofSeconds(30);

		public boolean isFailFast() {
			return this.failFast;
		}

		public void setFailFast(boolean failFast) {
			this.failFast = failFast;
		}

		public Duration getRetryInterval() {
			return this.retryInterval;
		}

		public void setRetryInterval(Duration retryInterval) {
			this.retryInterval = positive(retryInterval, "retry-interval", "1s");
		}

		public Duration getMaxRetryInterval() {
			return this.maxRetryInterval;
		}

		public void setMaxRetryInterval(Duration maxRetryInterval) {
			this.maxRetryInterval = positive(maxRetryInterval, "max-retry-interval", "30s");
		}

	}

	/**
	 * Health indicator settings.
	 */
	public static class Health {

		/**
		 * Longest time a health check waits for the cluster.
		 */
		private Duration timeout = Duration.ofSeconds(5);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = positive(timeout, "timeout", "5s");
		}

	}

	private static Duration positive(Duration duration, String name, String example) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(
					name + " must be a duration of more than zero, such as " + example + ", but was " + duration);
		}
		return duration;
	}

}
