package io.github.esdsl.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.apache.hc.core5.http.HttpHost;

/**
 * Parsing and checking of host URIs.
 */
final class Hosts {

	private static final String EXAMPLE = "use a URI such as http://localhost:9200 or https://es.example.com:9243";

	private Hosts() {
	}

	/**
	 * Parses one host: {@code http(s)://host[:port]}, or {@code host:port} meaning {@code http}. A
	 * missing port is the scheme's default (80 or 443), as in {@link URI}.
	 * @param value the text
	 * @return the normalized URI (scheme, host and port only)
	 * @throws IllegalArgumentException naming the value when it is not a usable host
	 */
	static URI parse(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A host must not be empty: " + EXAMPLE);
		}
		String text = value.strip();
		String shown = Secrets.uri(text);
		if (!text.contains("://") && text.matches("(?i)https?(:/?|//|/).*")) {
			throw new IllegalArgumentException("Invalid host '" + shown + "': the scheme must be followed by '://'; "
					+ EXAMPLE);
		}
		URI uri;
		try {
			uri = new URI(text.contains("://") ? text : "http://" + text);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Invalid host '" + shown + "': " + ex.getReason() + "; " + EXAMPLE);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException(
					"Invalid host '" + shown + "': scheme '" + scheme + "' is not supported, use http or https");
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("Invalid host '" + shown
					+ "': credentials in the URI are not supported, use basicAuth(username, password)");
		}
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("Invalid host '" + shown + "': " + noHost(uri.getRawAuthority()) + "; "
					+ EXAMPLE);
		}
		if (uri.getPort() > 65535) {
			throw new IllegalArgumentException(
					"Invalid host '" + shown + "': port " + uri.getPort() + " is not between 1 and 65535");
		}
		String path = uri.getRawPath();
		if (path != null && !path.isEmpty() && !path.equals("/")) {
			throw new IllegalArgumentException("Invalid host '" + shown + "': it has the path '" + path
					+ "'; give hosts without a path and set pathPrefix(\"" + path + "\") instead");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalArgumentException(
					"Invalid host '" + shown + "': a host must not have a query or fragment; " + EXAMPLE);
		}
		try {
			return new URI(scheme, null, uri.getHost(), uri.getPort(), null, null, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Invalid host '" + shown + "': " + ex.getReason() + "; " + EXAMPLE);
		}
	}

	/** Why an authority that is not a server name and port was refused, without showing credentials. */
	private static String noHost(String authority) {
		if (authority == null || authority.isEmpty()) {
			return "no host name";
		}
		if (authority.contains("@")) {
			return "credentials in the URI are not supported, use basicAuth(username, password)";
		}
		int colon = authority.lastIndexOf(':');
		if (colon >= 0 && !authority.endsWith("]") && !authority.substring(colon + 1).matches("\\d*")) {
			return "port '" + authority.substring(colon + 1) + "' is not a number";
		}
		return "'" + authority + "' is not a valid host name and port";
	}

	/**
	 * The HTTP client's host for a parsed URI.
	 * @param uri the URI from {@link #parse(String)}
	 * @return the host
	 */
	static HttpHost toHttpHost(URI uri) {
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return new HttpHost(uri.getScheme(), host, uri.getPort());
	}

	/**
	 * The URI text of a client host, as shown in messages.
	 * @param host the host
	 * @return e.g. {@code http://127.0.0.1:9200}
	 */
	static String toText(HttpHost host) {
		return host.toURI();
	}

}
