package io.github.esdsl.query;

import java.util.Map;

import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.dsl.ParamSpec;

/**
 * An Elasticsearch query: an immutable value serialized as {@code {"type": {params}}}.
 *
 * <p>Queries combine like the Python DSL's: {@link #and(Query)} is {@code &}, {@link #or(Query)}
 * is {@code |} and {@link #not()} is {@code ~}, producing exactly the same {@code bool} queries
 * (see {@link Bool} for the rules). Create queries with {@link Q}.
 */
public abstract class Query extends DslObject {

	Query(String name, Map<String, ?> params, ParamSpec spec) {
		super(name, params, spec);
	}

	Query(String name, String key, Object value) {
		super(name, key, value);
	}

	Query(Query base, String key, Object value) {
		super(base, key, value);
	}

	/**
	 * Both queries must match (Python's {@code self & other}).
	 * @param other the other query
	 * @return the combined query; this and other are unchanged
	 */
	public final Query and(Query other) {
		return BoolAlgebra.and(this, require(other, "and"));
	}

	/**
	 * Either query should match (Python's {@code self | other}).
	 * @param other the other query
	 * @return the combined query; this and other are unchanged
	 */
	public final Query or(Query other) {
		return BoolAlgebra.or(this, require(other, "or"));
	}

	/**
	 * This query must not match (Python's {@code ~self}).
	 * @return the negated query
	 */
	public final Query not() {
		return BoolAlgebra.not(this);
	}

	private static Query require(Query other, String operation) {
		if (other == null) {
			throw new IllegalArgumentException("Cannot combine a query with null using '" + operation + "': pass a Query");
		}
		return other;
	}

}
