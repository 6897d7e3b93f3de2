package io.github.esdsl.esql;

/**
 * ES|QL functions, like the Python builder's {@code elasticsearch.esql.functions}:
 * {@code F.round(E("height").times(100))} is {@code ROUND(height * 100)}. Each argument is an
 * {@link Expression} (a column is {@code E("name")}) or a value; string values are quoted and
 * escaped, so {@code F.startsWith(E("name"), input)} is safe for any input. Functions without a
 * method here are one {@link #call(String, Object...)} away.
 *
 * <p>Aggregations ({@code avg}, {@code count}, ...) belong in {@link Esql#stats(Object...)} and
 * can be filtered with {@link Expression#where(Object...)}.
 */
public final class F extends AggregateFunctions {

	private F() {
	}

}
