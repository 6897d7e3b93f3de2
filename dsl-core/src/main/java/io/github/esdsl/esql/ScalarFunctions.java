package io.github.esdsl.esql;

/**
 * The math, conditional, date and IP functions of {@link F}.
 */
abstract class ScalarFunctions extends StringFunctions {

	ScalarFunctions() {
	}

	/** {@code ABS}: the absolute value. */
	public static Expression abs(Object number) {
		return call("ABS", number);
	}

	/** {@code CEIL}: the number rounded up. */
	public static Expression ceil(Object number) {
		return call("CEIL", number);
	}

	/** {@code FLOOR}: the number rounded down. */
	public static Expression floor(Object number) {
		return call("FLOOR", number);
	}

	/** {@code ROUND}: the number rounded to an integer. */
	public static Expression round(Object number) {
		return call("ROUND", number);
	}

	/** {@code ROUND}: the number rounded to {@code decimals} places. */
	public static Expression round(Object number, Object decimals) {
		return call("ROUND", number, decimals);
	}

	/** {@code POW}: {@code base} raised to {@code exponent}. */
	public static Expression pow(Object base, Object exponent) {
		return call("POW", base, exponent);
	}

	/** {@code SQRT}: the square root. */
	public static Expression sqrt(Object number) {
		return call("SQRT", number);
	}

	/** {@code LOG10}: the base-10 logarithm. */
	public static Expression log10(Object number) {
		return call("LOG10", number);
	}

	/** {@code LOG}: the logarithm to a base. */
	public static Expression log(Object base, Object number) {
		return call("LOG", base, number);
	}

	/** {@code EXP}: e raised to the number. */
	public static Expression exp(Object number) {
		return call("EXP", number);
	}

	/** {@code SIGNUM}: -1, 0 or 1, the number's sign. */
	public static Expression signum(Object number) {
		return call("SIGNUM", number);
	}

	/** {@code PI}: pi. */
	public static Expression pi() {
		return call("PI");
	}

	/** {@code E}: Euler's number. */
	public static Expression e() {
		return call("E");
	}

	/** {@code CASE}: the value after the first true condition, from pairs of condition and value with an optional trailing default (Python's {@code functions.case}). */
	public static Expression caseWhen(Object... conditionsAndValues) {
		return call("CASE", conditionsAndValues);
	}

	/** {@code COALESCE}: the first argument that is not null. */
	public static Expression coalesce(Object first, Object... rest) {
		return call("COALESCE", prepend(rest, first));
	}

	/** {@code GREATEST}: the largest of the arguments. */
	public static Expression greatest(Object first, Object... rest) {
		return call("GREATEST", prepend(rest, first));
	}

	/** {@code LEAST}: the smallest of the arguments. */
	public static Expression least(Object first, Object... rest) {
		return call("LEAST", prepend(rest, first));
	}

	/** {@code NOW}: the current date and time. */
	public static Expression now() {
		return call("NOW");
	}

	/** {@code DATE_TRUNC}: the date rounded down to the interval ({@link Expression#timespan(long, String)}). */
	public static Expression dateTrunc(Object interval, Object date) {
		return call("DATE_TRUNC", interval, date);
	}

	/** {@code DATE_EXTRACT}: a part of the date, such as {@code "year"} or {@code "day_of_week"}. */
	public static Expression dateExtract(Object datePart, Object date) {
		return call("DATE_EXTRACT", datePart, date);
	}

	/** {@code DATE_FORMAT}: the date as an ISO string. */
	public static Expression dateFormat(Object date) {
		return call("DATE_FORMAT", date);
	}

	/** {@code DATE_FORMAT}: the date formatted with the pattern (ES|QL's argument order; Python's {@code date_format(date, format)} writes the same). */
	public static Expression dateFormat(String format, Object date) {
		return call("DATE_FORMAT", format, date);
	}

	/** {@code DATE_PARSE}: the string parsed as a date by the pattern. */
	public static Expression dateParse(Object pattern, Object string) {
		return call("DATE_PARSE", pattern, string);
	}

	/** {@code DATE_DIFF}: {@code end - start} in whole units, such as {@code "day"}. */
	public static Expression dateDiff(Object unit, Object start, Object end) {
		return call("DATE_DIFF", unit, start, end);
	}

	/** {@code CIDR_MATCH}: whether the IP is in one of the CIDR blocks. */
	public static Expression cidrMatch(Object ip, Object... blocks) {
		return call("CIDR_MATCH", prepend(blocks, ip));
	}

}
