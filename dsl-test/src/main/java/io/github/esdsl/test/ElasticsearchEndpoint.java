package io.github.esdsl.test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;

/**
 * How to reach an Elasticsearch cluster: the HTTP(S) addresses of its nodes, optional basic
 * auth credentials and the PEM file of the CA that signed its certificates. Immutable; the
 * password never shows in {@link #toString()}.
 */
public final class ElasticsearchEndpoint {

	/** System property holding comma-separated node URLs of an external cluster. */
	public static final String URL_PROPERTY = "esdsl.elasticsearch.url";

	/** Environment variable holding comma-separated node URLs of an external cluster. */
	public static final String URL_VARIABLE = "ELASTICSEARCH_URL";

	private final List<URI> uris;

	private final String username;

	private final String password;

	private final Path caCertificate;

	private volatile SSLContext sslContext;

	private ElasticsearchEndpoint(List<URI> uris, String username, String password, Path caCertificate) {
		if (uris.isEmpty()) {
			throw new IllegalArgumentException("An endpoint needs at least one node URI, like http://localhost:9200");
		}
		for (URI uri : uris) {
			if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
				throw new IllegalArgumentException("Node URI '" + uri + "' is not an http:// or https:// URL with a "
						+ "host, like http://localhost:9200");
			}
		}
		if ((username == null) != (password == null)) {
			throw new IllegalArgumentException("Basic auth needs both a username and a password, got only the "
					+ ((username != null) ? "username '" + username + "'" : "password"));
		}
		this.uris = List.copyOf(uris);
		this.username = username;
		this.password = password;
		this.caCertificate = caCertificate;
	}

	/**
	 * Return an endpoint for the given node URLs, without credentials.
	 * @param uris one or more URLs such as {@code http://127.0.0.1:9200}
	 * @return the endpoint
	 */
	public static ElasticsearchEndpoint of(String... uris) {
		return of(Arrays.stream(uris).map(String::trim).map(URI::create).toList());
	}

	/**
	 * Return an endpoint for the given node URIs, without credentials.
	 * @param uris one or more {@code http} or {@code https} URIs
	 * @return the endpoint
	 */
	public static ElasticsearchEndpoint of(List<URI> uris) {
		return new ElasticsearchEndpoint(uris, null, null, null);
	}

	/**
	 * Return the external cluster named by the system property {@value #URL_PROPERTY} or the
	 * environment variable {@value #URL_VARIABLE} (comma-separated URLs), with credentials
	 * from {@code esdsl.elasticsearch.username}/{@code ELASTICSEARCH_USERNAME},
	 * {@code esdsl.elasticsearch.password}/{@code ELASTICSEARCH_PASSWORD} and the CA PEM file
	 * from {@code esdsl.elasticsearch.ca}/{@code ELASTICSEARCH_CA}. System properties win.
	 * @return the external endpoint, or empty when no URL is set
	 */
	public static Optional<ElasticsearchEndpoint> fromEnvironment() {
		return fromEnvironment(System::getProperty, System::getenv);
	}

	static Optional<ElasticsearchEndpoint> fromEnvironment(UnaryOperator<String> properties,
			UnaryOperator<String> environment) {
		UnaryOperator<String> lookup = (name) -> {
			String value = properties.apply("esdsl.elasticsearch." + name);
			if (value == null || value.isBlank()) {
				value = environment.apply("ELASTICSEARCH_" + name.toUpperCase(Locale.ROOT));
			}
			return (value == null || value.isBlank()) ? null : value.trim();
		};
		String urls = lookup.apply("url");
		if (urls == null) {
			return Optional.empty();
		}
		ElasticsearchEndpoint endpoint = of(urls.split(","));
		String username = lookup.apply("username");
		String password = lookup.apply("password");
		if (username != null || password != null) {
			endpoint = endpoint.withBasicAuth(username, password);
		}
		String ca = lookup.apply("ca");
		return Optional.of((ca != null) ? endpoint.withCaCertificate(Path.of(ca)) : endpoint);
	}

	/**
	 * Return a copy that authenticates with basic auth.
	 * @param username the user
	 * @param password the password
	 * @return the new endpoint
	 */
	public ElasticsearchEndpoint withBasicAuth(String username, String password) {
		return new ElasticsearchEndpoint(this.uris, username, password, this.caCertificate);
	}

	/**
	 * Return a copy that trusts only the CA in the given PEM file for HTTPS.
	 * @param caCertificate a PEM file holding one or more CA certificates
	 * @return the new endpoint
	 */
	public ElasticsearchEndpoint withCaCertificate(Path caCertificate) {
		if (!Files.isReadable(caCertificate)) {
			throw new IllegalArgumentException("CA certificate file " + caCertificate.toAbsolutePath()
					+ " does not exist or is not readable; give the PEM file of the CA that signed the cluster's "
					+ "certificates");
		}
		return new ElasticsearchEndpoint(this.uris, this.username, this.password, caCertificate.toAbsolutePath());
	}

	/**
	 * Return the node URIs, for example {@code [http://127.0.0.1:9200]}.
	 * @return the URIs, never empty
	 */
	public List<URI> uris() {
		return this.uris;
	}

	/**
	 * Return the first node URI.
	 * @return the URI
	 */
	public URI uri() {
		return this.uris.get(0);
	}

	/**
	 * Return the node URIs joined by commas, as Spring's {@code spring.elasticsearch.uris} wants them.
	 * @return the URIs as one string
	 */
	public String urisAsString() {
		return String.join(",", this.uris.stream().map(URI::toString).toList());
	}

	/**
	 * Return the basic auth user.
	 * @return the user, or empty without credentials
	 */
	public Optional<String> username() {
		return Optional.ofNullable(this.username);
	}

	/**
	 * Return the basic auth password.
	 * @return the password, or empty without credentials
	 */
	public Optional<String> password() {
		return Optional.ofNullable(this.password);
	}

	/**
	 * Return the PEM file of the CA to trust for HTTPS.
	 * @return the CA file, or empty to use the JVM's default trust
	 */
	public Optional<Path> caCertificate() {
		return Optional.ofNullable(this.caCertificate);
	}

	/**
	 * Return whether the nodes are reached over HTTPS.
	 * @return whether the first URI is {@code https}
	 */
	public boolean isSecure() {
		return "https".equals(uri().getScheme());
	}

	/**
	 * Return an {@link SSLContext} trusting only the {@linkplain #caCertificate() CA}, or the
	 * JVM's default one when there is no CA file.
	 * @return the SSL context
	 */
	public SSLContext sslContext() {
		SSLContext context = this.sslContext;
		if (context == null) {
			context = (this.caCertificate != null) ? Pem.trusting(this.caCertificate) : Pem.defaultContext();
			this.sslContext = context;
		}
		return context;
	}

	/**
	 * Return an endpoint for one node of this one, with the same credentials and CA.
	 */
	ElasticsearchEndpoint only(URI uri) {
		return new ElasticsearchEndpoint(List.of(uri), this.username, this.password, this.caCertificate);
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof ElasticsearchEndpoint that)) {
			return false;
		}
		return this.uris.equals(that.uris) && Objects.equals(this.username, that.username)
				&& Objects.equals(this.password, that.password)
				&& Objects.equals(this.caCertificate, that.caCertificate);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.uris, this.username, this.caCertificate);
	}

	@Override
	public String toString() {
		List<String> parts = new ArrayList<>();
		parts.add("uris=" + this.uris);
		if (this.username != null) {
			parts.add("username=" + this.username);
			parts.add("password=****");
		}
		if (this.caCertificate != null) {
			parts.add("caCertificate=" + this.caCertificate);
		}
		return "ElasticsearchEndpoint" + parts;
	}

}
