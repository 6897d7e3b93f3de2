package io.github.esdsl.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strings that try to break out of a JSON string or an ES|QL literal, or to trip up encoders:
 * quotes, backslashes, line breaks, every control character, NUL, surrogate pairs, right-to-left
 * marks, JSON-looking text, and a 1 MB mix of all of them.
 */
public final class HostileStrings {

	/** Every C0 control character, DEL and the Unicode line separators. */
	public static final String CONTROLS;

	static {
		StringBuilder controls = new StringBuilder();
		for (char c = 0; c < 0x20; c++) {
			controls.append(c);
		}
		CONTROLS = controls.append('\u007f').append('\u2028').append('\u2029').toString();
	}

	/** A mix of the nastiest characters repeated to one megabyte (1,048,576 chars). */
	public static final String ONE_MEGABYTE = mix(1024 * 1024);

	private HostileStrings() {
	}

	/**
	 * The hostile strings, short ones first, the 1 MB one last.
	 * @return a new list
	 */
	public static List<String> all() {
		List<String> all = new ArrayList<>(short_());
		all.add(ONE_MEGABYTE);
		return all;
	}

	/**
	 * The hostile strings without the 1 MB one, each at most 64 chars (usable as ids and keywords).
	 * @return a new list
	 */
	public static List<String> short_() {
		return new ArrayList<>(List.of("\"}},{\"match_all\":{}}", "\"}}]}},\"size\":0,\"x\":{\"a\":\"", "quote\"d",
				"'single'", "back\\slash\\", "\\\"", "\\u0022", "new\nline\r\n\ttab", "nul\u0000byte", CONTROLS,
				"\uD83D\uDE00 pair \uD834\uDD1E", "\u202Eright-to-left\u202C \u05E9\u05DC\u05D5\u05DD \u0627\u0644",
				"\uFEFFbom", "</script><script>", "${jndi:ldap://x}", "%s %n", "x\" | DROP secret | WHERE \"1\" == \"1",
				"`back`tick`", "a.b.c", "  spaced  "));
	}

	/**
	 * Labels for test names: the strings with control characters made visible and long ones cut.
	 * @param value a hostile string
	 * @return a printable label
	 */
	public static String label(String value) {
		StringBuilder out = new StringBuilder();
		value.codePoints().limit(40).forEach((c) -> out.append((c < 0x20 || c == 0x7f) ? String.format("\\x%02x", c)
				: new String(Character.toChars(c))));
		return (value.length() > 40) ? out + "...(" + value.length() + " chars)" : out.toString();
	}

	/**
	 * A deep copy of a parsed JSON tree with every occurrence of a placeholder, in keys and string
	 * values, replaced: the tree a request with the hostile string must have if the string cannot
	 * change the request's structure.
	 * @param tree the tree built with the placeholder
	 * @param placeholder the benign string used instead
	 * @param value the hostile string
	 * @return the expected tree
	 */
	public static Object substitute(Object tree, String placeholder, String value) {
		if (tree instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>();
			map.forEach((key, item) -> out.put(((String) key).replace(placeholder, value), substitute(item, placeholder, value)));
			return out;
		}
		if (tree instanceof List<?> list) {
			return list.stream().map((item) -> substitute(item, placeholder, value)).toList();
		}
		if (tree instanceof String text) {
			return text.replace(placeholder, value);
		}
		return tree;
	}

	private static String mix(int length) {
		String unit = "\"\\\n\r\t\u0000\u001f\u007f/<>&'`|é\u05E9\uD83D\uDE00\u2028}]{[:,";
		StringBuilder out = new StringBuilder(length);
		while (out.length() < length) {
			out.append(unit);
		}
		out.setLength(length);
		// never end between the two halves of a surrogate pair
		if (Character.isHighSurrogate(out.charAt(length - 1))) {
			out.setCharAt(length - 1, 'x');
		}
		return out.toString();
	}

}
