package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An immutable ES|QL expression: a column ({@link Esql#E(String)}), a literal, a function call
 * ({@link F}), or operators applied to those. Every method returns a new expression.
 *
 * <p>Operands and arguments that are not expressions are <em>values</em>: a {@code String}
 * becomes a quoted, escaped string literal ({@code E("name").eq("Joe")} is
 * {@code name == "Joe"}), numbers, booleans, {@code null}, lists and maps their literals. A
 * compound operand is put in parentheses where ES|QL's precedence needs it
 * ({@code E("a").times(E("b").plus(1))} is {@code a * (b + 1)}); {@code and}, {@code or} and
 * {@code not} always parenthesize their operands, as the Python builder does.
 */
public final class Expression {

	/** Sort orders and aggregation filters: valid only as a whole command argument. */
	static final int CLAUSE = 0;

	static final int OR = 1;

	static final int AND = 2;

	static final int NOT = 3;

	static final int PREDICATE = 4;

	static final int ADDITIVE = 5;

	static final int MULTIPLICATIVE = 6;

	static final int UNARY = 7;

	static final int PRIMARY = 8;

	private static final Pattern SIMPLE = Pattern
		.compile("[a-zA-Z_@][a-zA-Z0-9_.]*|`(?:[^`]|``)*`|[0-9]+(?:\\.[0-9]+)?|\\?[a-zA-Z0-9_]*");

	private static final Pattern TIME_UNIT = Pattern.compile("[a-zA-Z_]+");

	private final String text;

	private final int precedence;

	private Expression(String text, int precedence) {
		this.text = text;
		this.precedence = precedence;
	}

	/**
	 * ES|QL source text used as is, unchecked: {@code raw("height * 3.281")},
	 * {@code raw("NOW() - 1 hour")}. Never build it from untrusted input; use values instead.
	 * @param esql the source text
	 * @return the expression
	 */
	public static Expression raw(String esql) {
		if (esql == null || esql.isBlank()) {
			throw new IllegalArgumentException("An ES|QL expression must not be " + (esql == null ? "null" : "blank"));
		}
		return new Expression(esql, SIMPLE.matcher(esql).matches() ? PRIMARY : CLAUSE);
	}

	/**
	 * A value as an ES|QL literal: {@code literal("it's \"quoted\"")} is
	 * {@code "it's \"quoted\""}; lists become {@code [1, 2]}, maps {@code {"key": 1}}.
	 * @param value a string, number, boolean, {@code null}, list, array, map, enum, UUID or
	 * {@code java.time} value (written as its ISO string)
	 * @return the literal
	 */
	public static Expression literal(Object value) {
		if (value instanceof Expression expression) {
			return expression;
		}
		String text = EsqlSyntax.literal(value);
		return new Expression(text, text.startsWith("-") ? UNARY : PRIMARY);
	}

	/**
	 * A column reference, backtick-quoted when the name needs it ({@code column("my field")} is
	 * {@code `my field`}); {@code "*"} stays {@code *} (for {@code COUNT(*)}).
	 * @param name the column's name
	 * @return the reference
	 */
	public static Expression column(String name) {
		return new Expression("*".equals(name) ? "*" : EsqlSyntax.identifier(name), PRIMARY);
	}

	/**
	 * A named query parameter, {@code ?name}, whose value goes in the request's {@code params}.
	 * @param name the parameter's name
	 * @return the placeholder
	 * @see EsqlRequest#param(String, Object)
	 */
	public static Expression param(String name) {
		if (name == null || !name.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
			throw new IllegalArgumentException("Invalid parameter name '" + name
					+ "': use a letter or '_' followed by letters, digits or '_'");
		}
		return new Expression("?" + name, PRIMARY);
	}

	/**
	 * A positional query parameter, {@code ?1}, {@code ?2}, ... (1-based).
	 * @param position the parameter's position in the request's {@code params}
	 * @return the placeholder
	 * @see EsqlRequest#params(Object...)
	 */
	public static Expression param(int position) {
		if (position < 1) {
			throw new IllegalArgumentException("Parameter positions start at 1, not " + position);
		}
		return new Expression("?" + position, PRIMARY);
	}

	/**
	 * A time span literal such as {@code 1 hour} or {@code 7 days}, for date arithmetic and
	 * {@code BUCKET}/{@code DATE_TRUNC}.
	 * @param amount the amount
	 * @param unit the unit: {@code millisecond}, {@code second}, {@code minute}, {@code hour},
	 * {@code day}, {@code week}, {@code month}, {@code quarter}, {@code year} (or plurals)
	 * @return the literal
	 */
	public static Expression timespan(long amount, String unit) {
		if (unit == null || !TIME_UNIT.matcher(unit).matches()) {
			throw new IllegalArgumentException("Invalid time unit '" + unit + "': use a word such as hour or days");
		}
		return new Expression(amount + " " + unit, (amount < 0) ? UNARY : PRIMARY);
	}

	static Expression of(String text, int precedence) {
		return new Expression(text, precedence);
	}

	int precedence() {
		return this.precedence;
	}

	/** {@code this == other}; {@code other} is a value or an expression. */
	public Expression eq(Object other) {
		return predicate("==", other);
	}

	/** {@code this != other}; {@code other} is a value or an expression. */
	public Expression ne(Object other) {
		return predicate("!=", other);
	}

	/** {@code this < other}; {@code other} is a value or an expression. */
	public Expression lt(Object other) {
		return predicate("<", other);
	}

	/** {@code this <= other}; {@code other} is a value or an expression. */
	public Expression lte(Object other) {
		return predicate("<=", other);
	}

	/** {@code this > other}; {@code other} is a value or an expression. */
	public Expression gt(Object other) {
		return predicate(">", other);
	}

	/** {@code this >= other}; {@code other} is a value or an expression. */
	public Expression gte(Object other) {
		return predicate(">=", other);
	}

	/** {@code this + other}; {@code other} is a value or an expression. */
	public Expression plus(Object other) {
		return binary("+", ADDITIVE, other);
	}

	/** {@code this - other}; {@code other} is a value or an expression. */
	public Expression minus(Object other) {
		return binary("-", ADDITIVE, other);
	}

	/** {@code this * other}; {@code other} is a value or an expression. */
	public Expression times(Object other) {
		return binary("*", MULTIPLICATIVE, other);
	}

	/** {@code this / other}; {@code other} is a value or an expression. */
	public Expression div(Object other) {
		return binary("/", MULTIPLICATIVE, other);
	}

	/** {@code this % other}; {@code other} is a value or an expression. */
	public Expression mod(Object other) {
		return binary("%", MULTIPLICATIVE, other);
	}

	/** {@code -(this)}. */
	public Expression negate() {
		return new Expression("-(" + this.text + ")", UNARY);
	}

	/**
	 * {@code (this) AND (other)}; chained calls add operands: {@code (a) AND (b) AND (c)}.
	 * @param other a condition
	 * @return the conjunction
	 */
	public Expression and(Object other) {
		String left = (this.precedence == AND) ? this.text : "(" + this.text + ")";
		return new Expression(left + " AND (" + EsqlSyntax.operand(other).text + ")", AND);
	}

	/**
	 * {@code (this) OR (other)}; chained calls add operands: {@code (a) OR (b) OR (c)}.
	 * @param other a condition
	 * @return the disjunction
	 */
	public Expression or(Object other) {
		String left = (this.precedence == OR) ? this.text : "(" + this.text + ")";
		return new Expression(left + " OR (" + EsqlSyntax.operand(other).text + ")", OR);
	}

	/** {@code NOT (this)}. */
	public Expression not() {
		return new Expression("NOT (" + this.text + ")", NOT);
	}

	/** {@code this IN (v1, v2, ...)}; each value is a value or an expression. */
	public Expression in(Object... values) {
		return membership(" IN ", values);
	}

	/** {@code this NOT IN (v1, v2, ...)}; each value is a value or an expression. */
	public Expression notIn(Object... values) {
		return membership(" NOT IN ", values);
	}

	/**
	 * {@code this LIKE "pattern"} ({@code *} any characters, {@code ?} one), or with several
	 * patterns {@code this LIKE ("p1", "p2")}.
	 * @param patterns the wildcard patterns
	 * @return the test
	 */
	public Expression like(String... patterns) {
		return patterns(" LIKE ", patterns);
	}

	/** {@code this NOT LIKE "pattern"}, or with several patterns. */
	public Expression notLike(String... patterns) {
		return patterns(" NOT LIKE ", patterns);
	}

	/** {@code this RLIKE "regex"} (a Lucene regular expression), or {@code this RLIKE ("r1", "r2")}. */
	public Expression rlike(String... patterns) {
		return patterns(" RLIKE ", patterns);
	}

	/** {@code this NOT RLIKE "regex"}, or with several patterns. */
	public Expression notRlike(String... patterns) {
		return patterns(" NOT RLIKE ", patterns);
	}

	/** {@code this IS NULL}. */
	public Expression isNull() {
		return new Expression(operand(this) + " IS NULL", PREDICATE);
	}

	/** {@code this IS NOT NULL}. */
	public Expression isNotNull() {
		return new Expression(operand(this) + " IS NOT NULL", PREDICATE);
	}

	/**
	 * The match operator, {@code this:"query"}: a full-text match on this field.
	 * @param query the text to match
	 * @return the test
	 */
	public Expression match(Object query) {
		return new Expression(operand(this) + ":" + operand(EsqlSyntax.operand(query)), PREDICATE);
	}

	/**
	 * A type conversion, {@code this::type}.
	 * @param type an ES|QL type such as {@code integer}, {@code datetime}, {@code ip}
	 * @return the converted expression
	 */
	public Expression cast(String type) {
		if (type == null || !type.matches("[a-zA-Z_]+")) {
			throw new IllegalArgumentException("Invalid ES|QL type '" + type + "': use a type name such as integer");
		}
		String operand = (this.precedence == PRIMARY) ? this.text : "(" + this.text + ")";
		return new Expression(operand + "::" + type, PRIMARY);
	}

	/** {@code this ASC}, for {@link Esql#sort(Object...)}. */
	public Expression asc() {
		return new Expression(this.text + " ASC", CLAUSE);
	}

	/** {@code this DESC}, for {@link Esql#sort(Object...)}. */
	public Expression desc() {
		return new Expression(this.text + " DESC", CLAUSE);
	}

	/** {@code this NULLS FIRST}, after {@link #asc()} or {@link #desc()}. */
	public Expression nullsFirst() {
		return new Expression(this.text + " NULLS FIRST", CLAUSE);
	}

	/** {@code this NULLS LAST}, after {@link #asc()} or {@link #desc()}. */
	public Expression nullsLast() {
		return new Expression(this.text + " NULLS LAST", CLAUSE);
	}

	/**
	 * Filters the rows an aggregation of {@code STATS} sees: {@code AVG(salary) WHERE cond},
	 * several conditions as {@code WHERE (c1) AND (c2)}. As in the Python builder a
	 * {@code String} condition is ES|QL source text.
	 * @param conditions the conditions
	 * @return the filtered aggregation
	 */
	public Expression where(Object... conditions) {
		if (conditions.length == 0) {
			throw new IllegalArgumentException("An aggregation filter needs at least one condition");
		}
		if (conditions.length == 1) {
			return new Expression(this.text + " WHERE " + EsqlSyntax.source(conditions[0]).text, CLAUSE);
		}
		List<String> parts = new ArrayList<>();
		for (Object condition : conditions) {
			parts.add("(" + EsqlSyntax.source(condition).text + ")");
		}
		return new Expression(this.text + " WHERE " + String.join(" AND ", parts), CLAUSE);
	}

	/**
	 * This expression as a named column, {@code name = this}, for {@code EVAL}, {@code STATS},
	 * {@code BY} and {@code ROW}.
	 * @param name the column's name
	 * @return the named expression
	 */
	public Named as(String name) {
		return new Named(name, this);
	}

	private Expression predicate(String operator, Object other) {
		return new Expression(operand(this) + " " + operator + " "
				+ operand(EsqlSyntax.operand(other)), PREDICATE);
	}

	private Expression binary(String operator, int level, Object other) {
		Expression right = EsqlSyntax.operand(other);
		String left = (this.precedence < level) ? "(" + this.text + ")" : this.text;
		String rightText = (right.precedence <= level) ? "(" + right.text + ")" : right.text;
		return new Expression(left + " " + operator + " " + rightText, level);
	}

	private Expression membership(String operator, Object[] values) {
		if (values.length == 0) {
			throw new IllegalArgumentException(operator.trim() + " needs at least one value");
		}
		List<String> items = new ArrayList<>(values.length);
		for (Object value : values) {
			items.add(EsqlSyntax.operand(value).text);
		}
		return new Expression(operand(this) + operator + "(" + String.join(", ", items) + ")", PREDICATE);
	}

	private Expression patterns(String operator, String[] patterns) {
		if (patterns.length == 0) {
			throw new IllegalArgumentException(operator.trim() + " needs at least one pattern");
		}
		List<String> items = new ArrayList<>(patterns.length);
		for (String pattern : patterns) {
			if (pattern == null) {
				throw new IllegalArgumentException(operator.trim() + " patterns must not be null");
			}
			items.add(EsqlSyntax.string(pattern));
		}
		String list = (items.size() == 1) ? items.get(0) : "(" + String.join(", ", items) + ")";
		return new Expression(operand(this) + operator + list, PREDICATE);
	}

	/** An operand of a predicate: must bind tighter than comparisons. */
	private static String operand(Expression operand) {
		return (operand.precedence <= PREDICATE) ? "(" + operand.text + ")" : operand.text;
	}

	String text() {
		return this.text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Expression expression && this.text.equals(expression.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	/**
	 * The ES|QL source text.
	 * @return the text
	 */
	@Override
	public String toString() {
		return this.text;
	}

}
