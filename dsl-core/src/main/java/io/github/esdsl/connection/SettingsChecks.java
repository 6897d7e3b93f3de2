package io.github.esdsl.connection;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks of single settings values, each failing with the offending value and what would be right.
 */
final class SettingsChecks {

	static final long MAX_RESPONSE_SIZE_LIMIT = Integer.MAX_VALUE - 8;

	private SettingsChecks() {
	}

	static List<URI> hosts(Collection<?> hosts) {
		Objects.requireNonNull(hosts, "hosts must not be null");
		List<URI> parsed = new ArrayList<>();
		for (Object host : hosts) {
			URI uri = Hosts.parse((host != null) ? host.toString() : null);
			if (parsed.contains(uri)) {
				throw new IllegalArgumentException("Host '" + uri + "' is listed twice in " + parsed);
			}
			parsed.add(uri);
		}
		if (parsed.isEmpty()) {
			throw new IllegalArgumentException("At least one host is required, e.g. http://localhost:9200");
		}
		return parsed;
	}

	static String text(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be empty");
		}
		return value;
	}

	static Duration timeout(Duration timeout, String what) {
		Objects.requireNonNull(timeout, () -> what + " must not be null (use Duration.ZERO for no limit)");
		if (timeout.isNegative()) {
			throw new IllegalArgumentException(what + " must not be negative but was " + timeout);
		}
		if (timeout.toMillis() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(what + " must be at most 24 days but was " + timeout);
		}
		return timeout;
	}

	static String fingerprint(String sha256) {
		text(sha256, "caFingerprint");
		String hex = sha256.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
		if (!hex.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Invalid caFingerprint '" + sha256
					+ "': expected a SHA-256 fingerprint as 64 hex digits (colons allowed)");
		}
		return hex;
	}

	static String pathPrefix(String pathPrefix) {
		if (pathPrefix == null || pathPrefix.isBlank() || pathPrefix.strip().equals("/")) {
			return null;
		}
		String prefix = pathPrefix.strip();
		if (prefix.contains("?") || prefix.contains("#") || prefix.contains("//") || prefix.contains(" ")) {
			throw new IllegalArgumentException("Invalid pathPrefix '" + pathPrefix
					+ "': use a plain path such as /es (no query, fragment, spaces or empty segments)");
		}
		prefix = prefix.startsWith("/") ? prefix : "/" + prefix;
		return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
	}

	static void header(String name, String value) {
		text(name, "header name");
		Objects.requireNonNull(value, () -> "header '" + name + "' must have a value");
		if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
			throw new IllegalArgumentException("Invalid header name '" + name + "': use letters, digits and -");
		}
		if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("The value of header '" + name + "' must not contain line breaks");
		}
	}

	static Duration sniffInterval(Duration interval) {
		if (interval != null && (interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.toMillis() > Integer.MAX_VALUE)) {
			throw new IllegalArgumentException("sniffInterval must be between 1 second and 24 days but was " + interval);
		}
		return interval;
	}

	static int compatibility(int majorVersion) {
		if (majorVersion != 8 && majorVersion != 9) {
			throw new IllegalArgumentException(
					"compatibility must be 8 or 9 (the server's major version) but was " + majorVersion);
		}
		return majorVersion;
	}

	static long maxResponseSize(long bytes) {
		if (bytes <= 0 || bytes > MAX_RESPONSE_SIZE_LIMIT) {
			throw new IllegalArgumentException(
					"maxResponseSize must be between 1 and " + MAX_RESPONSE_SIZE_LIMIT + " bytes but was " + bytes);
		}
		return bytes;
	}

	static int maxRetries(int maxRetries) {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be zero or more but was " + maxRetries);
		}
		return maxRetries;
	}

	static void combination(SettingsValues b, boolean authorizationHeader) {
		List<URI> hosts = b.hosts;
		int auths = count(b.username, b.apiKey, b.bearerToken);
		if (auths > 1) {
			throw new IllegalArgumentException(
					"Use only one of basicAuth, apiKey and bearerToken, but " + auths + " are set");
		}
		if (auths == 1 && authorizationHeader) {
			throw new IllegalArgumentException(
					"An Authorization header conflicts with basicAuth/apiKey/bearerToken: set only one");
		}
		int trust = count(b.caCertificate, b.caFingerprint, b.sslContext);
		if (trust > 1) {
			throw new IllegalArgumentException(
					"Use only one of caCertificate, caFingerprint and sslContext, but " + trust + " are set");
		}
		if (trust == 1 && hosts.stream().noneMatch((uri) -> uri.getScheme().equals("https"))) {
			throw new IllegalArgumentException("TLS settings are given but no host uses https: " + hosts);
		}
	}

	private static int count(Object... values) {
		int count = 0;
		for (Object value : values) {
			count += (value != null) ? 1 : 0;
		}
		return count;
	}

}
