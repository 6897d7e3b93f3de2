package io.github.esdsl.connection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Percent-encoding of path segments and query parameters, and the text form of parameter values.
 */
final class UrlEncoding {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private UrlEncoding() {
	}

	/**
	 * Encodes one path segment: everything but unreserved characters, {@code ,} {@code *} {@code :}
	 * and {@code @} is percent-encoded, so ids with {@code /}, {@code ?}, spaces or {@code +} stay one
	 * segment.
	 * @param segment the raw segment
	 * @return the encoded segment
	 */
	static String segment(String segment) {
		return encode(segment, ",*:@");
	}

	/**
	 * Encodes a query parameter name or value.
	 * @param text the raw text
	 * @return the encoded text
	 */
	static String queryComponent(String text) {
		return encode(text, ",*");
	}

	/**
	 * The query string for parameters (without {@code ?}).
	 * @param params names and text values, in order
	 * @return the query, empty when there are no parameters
	 */
	static String query(Map<String, String> params) {
		StringJoiner query = new StringJoiner("&");
		params.forEach((name, value) -> query.add(queryComponent(name) + "=" + queryComponent(value)));
		return query.toString();
	}

	private static String encode(String text, String allowed) {
		StringBuilder out = null;
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-'
					|| b == '.' || b == '_' || b == '~' || (b < 128 && allowed.indexOf(b) >= 0);
			if (keep && out == null) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(bytes.length + 16).append(new String(bytes, 0, i, StandardCharsets.UTF_8));
			}
			if (keep) {
				out.append((char) b);
			}
			else {
				out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
			}
		}
		return (out != null) ? out.toString() : text;
	}

	/**
	 * Whether a path is already safe to send: only characters allowed in a URI path, and every
	 * {@code %} followed by two hex digits.
	 * @param path the path
	 * @return whether it is valid
	 */
	static boolean isEncodedPath(String path) {
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '%') {
				if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
						|| Character.digit(path.charAt(i + 2), 16) < 0) {
					return false;
				}
			}
			else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The text of a URL parameter value.
	 * @param name the parameter name, for the error message
	 * @param value a string, number, boolean, enum (lower-cased name), {@link Duration} (as
	 * milliseconds, {@code 1500ms}) or a collection or array of those (comma-separated)
	 * @return the text
	 * @throws IllegalArgumentException for any other type
	 */
	static String paramValue(String name, Object value) {
		if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT);
		}
		if (value instanceof Duration duration) {
			return duration.toMillis() + "ms";
		}
		if (value instanceof Object[] array) {
			return paramValue(name, List.of(array));
		}
		if (value instanceof Collection<?> items) {
			StringJoiner joined = new StringJoiner(",");
			for (Object item : items) {
				if (item == null || item instanceof Collection<?> || item instanceof Object[]) {
					throw new IllegalArgumentException(
							"Parameter '" + name + "' has a null or nested list item in " + items);
				}
				joined.add(paramValue(name, item));
			}
			return joined.toString();
		}
		throw new IllegalArgumentException("Parameter '" + name + "' has a value of type " + value.getClass().getName()
				+ "; use a String, Number, Boolean, Enum, Duration or a Collection of them");
	}

}
