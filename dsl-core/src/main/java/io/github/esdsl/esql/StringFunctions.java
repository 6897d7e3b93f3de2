package io.github.esdsl.esql;

/**
 * The string, conversion and multivalue functions of {@link F}, and the way every function is
 * written: {@code NAME(arg1, arg2)}, each argument an expression or a value (strings quoted).
 */
abstract class StringFunctions {

	StringFunctions() {
	}

	/**
	 * Any ES|QL function by name, for those without a method here: {@code call("HASH", "md5",
	 * E("message"))} is {@code HASH("md5", message)}.
	 * @param name the function's name
	 * @param args its arguments: expressions, or values (strings are quoted)
	 * @return the call
	 */
	public static Expression call(String name, Object... args) {
		if (name == null || !name.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
			throw new IllegalArgumentException("Invalid ES|QL function name '" + name
					+ "': use letters, digits and '_'");
		}
		StringBuilder out = new StringBuilder(name).append('(');
		for (int i = 0; i < args.length; i++) {
			out.append((i > 0) ? ", " : "").append(EsqlSyntax.operand(args[i]).text());
		}
		return Expression.of(out.append(')').toString(), Expression.PRIMARY);
	}

	static Object[] prepend(Object[] rest, Object... first) {
		Object[] all = new Object[first.length + rest.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(rest, 0, all, first.length, rest.length);
		return all;
	}

	/** {@code CONCAT}: the strings joined. */
	public static Expression concat(Object... strings) {
		return call("CONCAT", strings);
	}

	/** {@code LENGTH}: the string's length in characters. */
	public static Expression length(Object string) {
		return call("LENGTH", string);
	}

	/** {@code TO_LOWER}: the string in lower case. */
	public static Expression toLower(Object string) {
		return call("TO_LOWER", string);
	}

	/** {@code TO_UPPER}: the string in upper case. */
	public static Expression toUpper(Object string) {
		return call("TO_UPPER", string);
	}

	/** {@code SUBSTRING}: the string from position {@code start} (1-based) on. */
	public static Expression substring(Object string, Object start) {
		return call("SUBSTRING", string, start);
	}

	/** {@code SUBSTRING}: {@code length} characters from position {@code start} (1-based). */
	public static Expression substring(Object string, Object start, Object length) {
		return call("SUBSTRING", string, start, length);
	}

	/** {@code TRIM}: the string without leading and trailing whitespace. */
	public static Expression trim(Object string) {
		return call("TRIM", string);
	}

	/** {@code LTRIM}: the string without leading whitespace. */
	public static Expression ltrim(Object string) {
		return call("LTRIM", string);
	}

	/** {@code RTRIM}: the string without trailing whitespace. */
	public static Expression rtrim(Object string) {
		return call("RTRIM", string);
	}

	/** {@code STARTS_WITH}: whether the string starts with the prefix. */
	public static Expression startsWith(Object string, Object prefix) {
		return call("STARTS_WITH", string, prefix);
	}

	/** {@code ENDS_WITH}: whether the string ends with the suffix. */
	public static Expression endsWith(Object string, Object suffix) {
		return call("ENDS_WITH", string, suffix);
	}

	/** {@code LEFT}: the first {@code length} characters. */
	public static Expression left(Object string, Object length) {
		return call("LEFT", string, length);
	}

	/** {@code RIGHT}: the last {@code length} characters. */
	public static Expression right(Object string, Object length) {
		return call("RIGHT", string, length);
	}

	/** {@code REPLACE}: the string with each match of the regular expression replaced. */
	public static Expression replace(Object string, Object regex, Object replacement) {
		return call("REPLACE", string, regex, replacement);
	}

	/** {@code SPLIT}: the string split into a multivalue. */
	public static Expression split(Object string, Object delimiter) {
		return call("SPLIT", string, delimiter);
	}

	/** {@code LOCATE}: the position (1-based) of the substring, 0 if absent. */
	public static Expression locate(Object string, Object substring) {
		return call("LOCATE", string, substring);
	}

	/** {@code REPEAT}: the string repeated. */
	public static Expression repeat(Object string, Object times) {
		return call("REPEAT", string, times);
	}

	/** {@code REVERSE}: the string reversed. */
	public static Expression reverse(Object string) {
		return call("REVERSE", string);
	}

	/** {@code TO_STRING}: the value as a string. */
	public static Expression toString(Object value) {
		return call("TO_STRING", value);
	}

	/** {@code TO_INTEGER}: the value as an integer. */
	public static Expression toInteger(Object value) {
		return call("TO_INTEGER", value);
	}

	/** {@code TO_LONG}: the value as a long. */
	public static Expression toLong(Object value) {
		return call("TO_LONG", value);
	}

	/** {@code TO_DOUBLE}: the value as a double. */
	public static Expression toDouble(Object value) {
		return call("TO_DOUBLE", value);
	}

	/** {@code TO_BOOLEAN}: the value as a boolean. */
	public static Expression toBoolean(Object value) {
		return call("TO_BOOLEAN", value);
	}

	/** {@code TO_DATETIME}: the value as a date. */
	public static Expression toDatetime(Object value) {
		return call("TO_DATETIME", value);
	}

	/** {@code TO_IP}: the value as an IP address. */
	public static Expression toIp(Object value) {
		return call("TO_IP", value);
	}

	/** {@code TO_VERSION}: the value as a version. */
	public static Expression toVersion(Object value) {
		return call("TO_VERSION", value);
	}

	/** {@code MV_COUNT}: the number of values. */
	public static Expression mvCount(Object field) {
		return call("MV_COUNT", field);
	}

	/** {@code MV_FIRST}: the first value. */
	public static Expression mvFirst(Object field) {
		return call("MV_FIRST", field);
	}

	/** {@code MV_LAST}: the last value. */
	public static Expression mvLast(Object field) {
		return call("MV_LAST", field);
	}

	/** {@code MV_MIN}: the smallest value. */
	public static Expression mvMin(Object field) {
		return call("MV_MIN", field);
	}

	/** {@code MV_MAX}: the largest value. */
	public static Expression mvMax(Object field) {
		return call("MV_MAX", field);
	}

	/** {@code MV_SUM}: the sum of the values. */
	public static Expression mvSum(Object field) {
		return call("MV_SUM", field);
	}

	/** {@code MV_AVG}: the average of the values. */
	public static Expression mvAvg(Object field) {
		return call("MV_AVG", field);
	}

	/** {@code MV_MEDIAN}: the median of the values. */
	public static Expression mvMedian(Object field) {
		return call("MV_MEDIAN", field);
	}

	/** {@code MV_CONCAT}: the values joined by the delimiter. */
	public static Expression mvConcat(Object field, Object delimiter) {
		return call("MV_CONCAT", field, delimiter);
	}

	/** {@code MV_DEDUPE}: the values without duplicates. */
	public static Expression mvDedupe(Object field) {
		return call("MV_DEDUPE", field);
	}

	/** {@code MV_SLICE}: the values from {@code start} to {@code end} (0-based, inclusive). */
	public static Expression mvSlice(Object field, Object start, Object end) {
		return call("MV_SLICE", field, start, end);
	}

	/** {@code MV_SORT}: the values sorted ascending. */
	public static Expression mvSort(Object field) {
		return call("MV_SORT", field);
	}

	/** {@code MV_SORT}: the values sorted, {@code "ASC"} or {@code "DESC"}. */
	public static Expression mvSort(Object field, Object order) {
		return call("MV_SORT", field, order);
	}

}
