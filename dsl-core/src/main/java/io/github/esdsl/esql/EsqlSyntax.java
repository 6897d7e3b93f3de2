package io.github.esdsl.esql;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.document.FieldSort;

/**
 * How values become ES|QL source text: identifiers (backtick-quoted when needed), string
 * literals (escaped so no value can leave its quotes), numbers, lists, maps, index names.
 */
final class EsqlSyntax {

	/** Identifiers that need no quoting, as the Python builder decides. */
	private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-zA-Z_@][a-zA-Z0-9_.]*");

	/** Column patterns ({@code h*}, {@code *}) left unquoted in KEEP and DROP. */
	private static final Pattern PLAIN_PATTERN = Pattern.compile("[a-zA-Z0-9_.@*]+");

	/** Characters an unquoted index pattern cannot hold (ES|QL's {@code UNQUOTED_SOURCE}). */
	private static final Pattern UNSAFE_INDEX = Pattern.compile("[\\s\"|,\\[\\]=`]|//|/\\*|\\*/");

	private EsqlSyntax() {
	}

	/**
	 * A column name as ES|QL source: as is when it is a plain (dotted) identifier, else in
	 * backticks with inner backticks doubled.
	 */
	static String identifier(String name) {
		requireName(name, "column name");
		if (PLAIN_IDENTIFIER.matcher(name).matches()) {
			return name;
		}
		return "`" + name.replace("`", "``") + "`";
	}

	/** A column name or a pattern of names with {@code *} (KEEP, DROP). */
	static String pattern(String name) {
		requireName(name, "column name or pattern");
		if (name.indexOf('*') >= 0 && PLAIN_PATTERN.matcher(name).matches()) {
			return name;
		}
		return identifier(name);
	}

	/**
	 * An index, alias, data stream or pattern (with cluster prefix or date math) as ES|QL source:
	 * as is when it is safe unquoted, else as a quoted string.
	 */
	static String index(String index) {
		requireName(index, "index name");
		return UNSAFE_INDEX.matcher(index).find() ? string(index) : index;
	}

	/** A name that must be a plain word: a policy, an inference id, a command keyword. */
	static String word(String word, String what) {
		requireName(word, what);
		if (!word.matches("[a-zA-Z0-9_.:\\-]+")) {
			throw new IllegalArgumentException("Invalid " + what + " '" + abbreviate(word)
					+ "': use letters, digits, '_', '.', ':' and '-' only");
		}
		return word;
	}

	private static void requireName(String name, String what) {
		if (name == null || name.isEmpty()) {
			String article = "aeiouAEIOU".indexOf(what.charAt(0)) >= 0 ? "An " : "A ";
			throw new IllegalArgumentException(article + what + " must not be " + (name == null ? "null" : "empty"));
		}
	}

	/**
	 * A value as an ES|QL literal: {@code null}, booleans, numbers, strings (quoted and escaped),
	 * lists as {@code [a, b]}, maps as {@code {"key": value}}; an {@link Expression} as its text.
	 */
	static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Expression expression) {
			return expression.toString();
		}
		if (value instanceof FieldRef || value instanceof FieldSort) {
			return operand(value).text();
		}
		if (value instanceof CharSequence || value instanceof Character || value instanceof UUID
				|| value instanceof TemporalAccessor) {
			return string(value.toString());
		}
		if (value instanceof Enum<?> constant) {
			return string(constant.name());
		}
		if (value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Number number) {
			return number(number);
		}
		if (value instanceof Map<?, ?> map) {
			return map(map);
		}
		if (value instanceof Collection<?> || value.getClass().isArray()) {
			return list(value);
		}
		throw new IllegalArgumentException("Cannot write a " + value.getClass().getName()
				+ " as an ES|QL value: use a string, number, boolean, null, list, map, java.time value or Expression");
	}

	/** A string literal: double quotes, with backslash, quote, newline, CR and tab escaped. */
	static String string(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '"' -> out.append("\\\"");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c);
			}
		}
		return out.append('"').toString();
	}

	static String number(Number number) {
		if (number instanceof Double || number instanceof Float) {
			double value = number.doubleValue();
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("ES|QL has no literal for " + value + ": use a finite number");
			}
			return number.toString();
		}
		if (number instanceof BigDecimal decimal) {
			return decimal.toString();
		}
		return number.toString();
	}

	private static String list(Object values) {
		Iterator<?> items = (values instanceof Collection<?> collection) ? collection.iterator() : arrayItems(values);
		StringBuilder out = new StringBuilder("[");
		while (items.hasNext()) {
			Object item = items.next();
			if (item instanceof Collection<?> || (item != null && item.getClass().isArray())) {
				throw new IllegalArgumentException("ES|QL has no nested lists: " + abbreviate(String.valueOf(values)));
			}
			out.append(literal(item));
			if (items.hasNext()) {
				out.append(", ");
			}
		}
		return out.append(']').toString();
	}

	private static Iterator<?> arrayItems(Object array) {
		int length = Array.getLength(array);
		Object[] items = new Object[length];
		for (int i = 0; i < length; i++) {
			items[i] = Array.get(array, i);
		}
		return List.of(items).iterator();
	}

	private static String map(Map<?, ?> map) {
		StringBuilder out = new StringBuilder("{");
		Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<?, ?> entry = entries.next();
			if (!(entry.getKey() instanceof String key)) {
				throw new IllegalArgumentException("ES|QL map keys must be strings, not " + entry.getKey());
			}
			out.append(string(key)).append(": ").append(literal(entry.getValue()));
			if (entries.hasNext()) {
				out.append(", ");
			}
		}
		return out.append('}').toString();
	}

	/**
	 * An argument of a command where, as in the Python builder, a string is ES|QL source text
	 * (a condition, a column, a calculation) and anything else is an expression or a literal.
	 */
	static Expression source(Object value) {
		if (value instanceof String text) {
			return Expression.raw(text);
		}
		return operand(value);
	}

	/** An operand or function argument: an expression as is, anything else as a literal. */
	static Expression operand(Object value) {
		if (value instanceof Expression expression) {
			return expression;
		}
		if (value instanceof FieldRef field) {
			return Expression.column(field.path());
		}
		if (value instanceof FieldSort sort) {
			return sort.descending() ? Expression.column(sort.field().path()).desc() : Expression.column(sort.field().path()).asc();
		}
		return Expression.literal(value);
	}

	static String abbreviate(String text) {
		return (text.length() <= 60) ? text : text.substring(0, 57) + "...";
	}

}
