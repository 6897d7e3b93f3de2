package io.github.esdsl.esql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.document.FieldRef;

/**
 * An ES|QL query, built like the Python DSL's {@code ESQL} builder and rendered by
 * {@link #render()} with one command per line:
 *
 * <pre>{@code
 * Esql query = Esql.from(Employee.class)
 *     .eval(F.round(E("height").times(100)).as("height_cm"))
 *     .where(E("height_cm").gte(200))
 *     .sort("last_name")
 *     .limit(10);
 * }</pre>
 *
 * gives {@code FROM employees METADATA _id\n| KEEP _id, emp_no, ...\n| EVAL height_cm =
 * ROUND(height * 100)\n| WHERE height_cm >= 200\n| SORT last_name\n| LIMIT 10}.
 *
 * <p>Immutable and thread-safe: every command returns a new query and leaves this one as it
 * was, so a base query can be shared and extended many times.
 *
 * <p>Arguments follow the Python builder. Column names are backtick-quoted when they need it.
 * In {@code where}, {@code eval}, {@code stats}, {@code by} and {@code sort} a {@code String}
 * is ES|QL source text written as is ({@code where("still_hired == true")}); everywhere else,
 * and inside {@link Expression} operators and {@link F} functions, strings are values, quoted
 * and escaped so they cannot change the query. Build conditions from untrusted input with
 * expressions ({@code E("name").eq(input)}) or {@linkplain Expression#param(String) parameters},
 * never by concatenating source text.
 */
public sealed class Esql extends ProcessingCommands permits From, Stats, Enrich, Dissect, ChangePoint, Fuse {

	private final Esql parent;

	private final String command;

	Esql(Esql parent, String command) {
		this.parent = parent;
		this.command = command;
	}

	/**
	 * {@code FROM index1, index2}: rows from indices, data streams or aliases (wildcards,
	 * {@code cluster:index} and date math allowed). Add {@code METADATA} with
	 * {@link From#metadata(String...)}.
	 * @param indices the indices
	 * @return the query
	 */
	public static From from(String... indices) {
		return new From("FROM", Arrays.asList(indices.clone()), List.of());
	}

	/**
	 * The base query for a {@code @Document} class, like Python's {@code Document.esql_from()}:
	 * {@code FROM <index> METADATA _id | KEEP _id, <fields>}, the fields as Elasticsearch names
	 * them, those of objects as dotted leaves ({@code address.city}); {@code nested} fields are
	 * left out, as ES|QL does not return them.
	 * @param documentClass the document class
	 * @return the query
	 * @throws IllegalArgumentException if the class declares no index
	 */
	public static Esql from(Class<?> documentClass) {
		String index = DocumentMetadata.of(documentClass).index().orElseThrow(() -> new IllegalArgumentException(
				documentClass.getName() + " declares no index: add @Document(index = \"...\") or use Esql.from(\"index\")"));
		List<String> columns = new ArrayList<>();
		columns.add("_id");
		columns.addAll(DocumentColumns.of(documentClass).esqlNames());
		return from(index).metadata("_id").keep(columns.toArray(String[]::new));
	}

	/**
	 * {@code TS index}: like {@code FROM}, for time series indices.
	 * @param indices the indices
	 * @return the query
	 */
	public static From ts(String... indices) {
		return new From("TS", Arrays.asList(indices.clone()), List.of());
	}

	/**
	 * {@code ROW a = 1, b = "two"}: one row of literal values (strings are values here).
	 * @param columns the columns, made with {@link #named(String, Object)} or
	 * {@link Expression#as(String)}
	 * @return the query
	 */
	public static Esql row(Named... columns) {
		requireSome(columns, "ROW", "column");
		List<String> parts = new ArrayList<>();
		for (Named column : columns) {
			parts.add(EsqlSyntax.identifier(column.name()) + " = " + EsqlSyntax.literal(column.value()));
		}
		return new Esql(null, "ROW " + String.join(", ", parts));
	}

	/**
	 * {@code ROW} from a map of column names to values, in the map's order.
	 * @param columns the columns (use a {@code LinkedHashMap} for several)
	 * @return the query
	 */
	public static Esql row(Map<String, ?> columns) {
		return row(columns.entrySet().stream().map((e) -> new Named(e.getKey(), e.getValue())).toArray(Named[]::new));
	}

	/**
	 * {@code SHOW item}.
	 * @param item what to show; {@code INFO} is the only item ES|QL has
	 * @return the query
	 */
	public static Esql show(String item) {
		return new Esql(null, "SHOW " + EsqlSyntax.identifier(item));
	}

	/**
	 * {@code SHOW INFO}: the deployment's version and build.
	 * @return the query
	 */
	public static Esql showInfo() {
		return show("INFO");
	}

	/**
	 * The start of a branch of {@link #fork(Esql...)}: {@code Esql.branch().where(...)}.
	 * @return an empty branch
	 */
	public static Esql branch() {
		return new Esql(null, "");
	}

	/**
	 * A column that is not (or not only) a document field, like Python's {@code E("name")}.
	 * @param column the column's name; {@code "*"} for {@code COUNT(*)}
	 * @return the column reference
	 * @see Expression#column(String)
	 */
	public static Expression E(String column) {
		return Expression.column(column);
	}

	/**
	 * A named column, {@code name = value}.
	 * @param name the column's name
	 * @param value an expression, a value, or (where strings are source text) ES|QL source
	 * @return the named column
	 */
	public static Named named(String name, Object value) {
		return new Named(name, value);
	}

	/**
	 * {@code (c1) AND (c2) AND ...}, like Python's {@code and_}.
	 * @param conditions expressions (strings are values)
	 * @return the conjunction
	 */
	public static Expression and(Object... conditions) {
		return combine(conditions, " AND ", Expression.AND);
	}

	/**
	 * {@code (c1) OR (c2) OR ...}, like Python's {@code or_}.
	 * @param conditions expressions (strings are values)
	 * @return the disjunction
	 */
	public static Expression or(Object... conditions) {
		return combine(conditions, " OR ", Expression.OR);
	}

	/**
	 * {@code NOT (condition)}, like Python's {@code not_}.
	 * @param condition the condition
	 * @return the negation
	 */
	public static Expression not(Object condition) {
		return EsqlSyntax.operand(condition).not();
	}

	private static Expression combine(Object[] conditions, String operator, int precedence) {
		requireSome(conditions, operator.trim(), "condition");
		List<String> parts = new ArrayList<>();
		for (Object condition : conditions) {
			parts.add("(" + EsqlSyntax.operand(condition).text() + ")");
		}
		return Expression.of(String.join(operator, parts), precedence);
	}

	/**
	 * {@code DROP col1, col2}: removes columns; {@code *} wildcards allowed.
	 * @param columns the columns or patterns
	 * @return the query
	 */
	public Esql drop(String... columns) {
		return then("DROP " + patterns(columns, "DROP"));
	}

	/**
	 * {@code EVAL name = expression, expression}: appends calculated columns.
	 * @param columns {@link Named} columns ({@code F.round(E("h")).as("h2")}), expressions, or
	 * ES|QL source strings
	 * @return the query
	 */
	public Esql eval(Object... columns) {
		requireSome(columns, "EVAL", "column");
		return then("EVAL " + String.join(", ", assignments(columns)));
	}

	/**
	 * {@code KEEP col1, col2}: the columns to return, in this order; {@code *} wildcards allowed.
	 * @param columns the columns or patterns
	 * @return the query
	 */
	public Esql keep(String... columns) {
		return then("KEEP " + patterns(columns, "KEEP"));
	}

	/**
	 * {@code KEEP} with field references: {@code keep(Employee_.firstName, Employee_.lastName)}.
	 * @param column a field
	 * @param more more fields
	 * @return the query
	 */
	public Esql keep(FieldRef column, FieldRef... more) {
		return keep(FieldRef.pathsOf(column, more).toArray(String[]::new));
	}

	/**
	 * {@code DROP} with field references.
	 * @param column a field
	 * @param more more fields
	 * @return the query
	 */
	public Esql drop(FieldRef column, FieldRef... more) {
		return drop(FieldRef.pathsOf(column, more).toArray(String[]::new));
	}

	/**
	 * {@code LIMIT n}.
	 * @param maxRows the maximum number of rows
	 * @return the query
	 */
	public Esql limit(int maxRows) {
		if (maxRows < 0) {
			throw new IllegalArgumentException("LIMIT must not be negative, but was " + maxRows);
		}
		return then("LIMIT " + maxRows);
	}

	/**
	 * {@code SORT key1, key2}. A string is a column followed by optional {@code ASC}/{@code DESC}
	 * and {@code NULLS FIRST}/{@code NULLS LAST} ({@code "height DESC"}); an expression is
	 * written as is ({@code E("height").desc().nullsLast()}); a field reference is its column
	 * ({@code Employee_.lastName}, {@code Employee_.height.desc()}).
	 * @param keys the sort keys
	 * @return the query
	 */
	public Esql sort(Object... keys) {
		requireSome(keys, "SORT", "key");
		List<String> parts = new ArrayList<>();
		for (Object key : keys) {
			parts.add((key instanceof String text) ? SortKeys.render(text) : EsqlSyntax.operand(key).text());
		}
		return then("SORT " + String.join(", ", parts));
	}

	/**
	 * {@code STATS agg1, name = agg2}: aggregates the rows, grouped with {@link Stats#by}.
	 * @param expressions the aggregations, {@link Named} or not, possibly filtered with
	 * {@link Expression#where(Object...)}; strings are ES|QL source
	 * @return the query, to complete with {@link Stats#by(Object...)}
	 */
	public Stats stats(Object... expressions) {
		return new Stats(this, "STATS", assignments(expressions), null);
	}

	/**
	 * {@code WHERE condition}: keeps the rows for which the conditions are all true (several
	 * are joined with {@code AND}, each in parentheses when it could bind more loosely).
	 * @param conditions expressions, or ES|QL source strings
	 * @return the query
	 */
	public Esql where(Object... conditions) {
		requireSome(conditions, "WHERE", "condition");
		List<String> parts = new ArrayList<>();
		for (Object condition : conditions) {
			Expression expression = EsqlSyntax.source(condition);
			boolean parens = conditions.length > 1 && expression.precedence() < Expression.AND;
			parts.add(parens ? "(" + expression.text() + ")" : expression.text());
		}
		return then("WHERE " + String.join(" AND ", parts));
	}

	/**
	 * The query text, commands separated by {@code "\n| "} as in the Python builder.
	 * @return the ES|QL query
	 */
	public String render() {
		Deque<String> commands = new ArrayDeque<>();
		for (Esql each = this; each != null; each = each.parent) {
			commands.push(each.command);
		}
		return String.join("\n| ", commands);
	}

	@Override
	Esql then(String command) {
		return new Esql(this, command);
	}

	Esql parent() {
		return this.parent;
	}

	@Override
	boolean hasFork() {
		for (Esql each = this; each != null; each = each.parent) {
			if (each.command.startsWith("FORK ")) {
				return true;
			}
		}
		return false;
	}

	@Override
	String branchText() {
		Deque<String> commands = new ArrayDeque<>();
		Esql each = this;
		for (; each.parent != null; each = each.parent) {
			commands.push(each.command);
		}
		if (!each.command.isEmpty() || commands.isEmpty()) {
			throw new IllegalArgumentException("A FORK branch must start with Esql.branch() and add commands, not: "
					+ EsqlSyntax.abbreviate(render()));
		}
		return String.join("\n| ", commands).replace("\n", " ");
	}

	private static String patterns(String[] columns, String command) {
		requireSome(columns, command, "column");
		List<String> parts = new ArrayList<>(columns.length);
		for (String column : columns) {
			parts.add(EsqlSyntax.pattern(column));
		}
		return String.join(", ", parts);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Esql esql && render().equals(esql.render());
	}

	@Override
	public int hashCode() {
		return render().hashCode();
	}

	/**
	 * The query text, as {@link #render()}.
	 * @return the ES|QL query
	 */
	@Override
	public String toString() {
		return render();
	}

}
