package io.github.esdsl.connection;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Masking of secrets for {@code toString()} and messages.
 */
final class Secrets {

	static final String MASK = "******";

	private static final String[] SECRET_HEADER_PARTS = { "auth", "token", "key", "secret", "password", "passwd",
			"cookie", "credential", "session", "signature" };

	private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/@?#]*@");

	private Secrets() {
	}

	/**
	 * Whether a header of this name may carry a secret ({@code Authorization}, {@code X-Api-Key},
	 * {@code Cookie}, any name mentioning a token, key, secret, password or credential).
	 * @param name the header name
	 * @return whether its value must never be shown
	 */
	static boolean isSecretHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String part : SECRET_HEADER_PARTS) {
			if (lower.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Headers as {@code {name=value, ...}} with secret values masked.
	 * @param headers the headers
	 * @return the text
	 */
	static String headers(Map<String, String> headers) {
		StringJoiner joiner = new StringJoiner(", ", "{", "}");
		headers.forEach((name, value) -> joiner.add(name + "=" + (isSecretHeader(name) ? MASK : value)));
		return joiner.toString();
	}

	/**
	 * A URI text with any {@code user:password@} part masked.
	 * @param uri the URI as given
	 * @return the text, safe to show
	 */
	static String uri(String uri) {
		return USER_INFO.matcher(uri).replaceFirst(MASK + "@");
	}

}
