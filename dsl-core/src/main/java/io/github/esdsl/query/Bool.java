package io.github.esdsl.query;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.dsl.ParamSpec;

/**
 * The {@code bool} query: {@code must}, {@code should}, {@code filter} and {@code must_not}
 * clauses plus {@code minimum_should_match}, {@code boost} and any other parameter.
 *
 * <p>Combining with {@link #and(Query)}, {@link #or(Query)} and {@link #not()} follows the
 * Python DSL exactly (the rules live in {@code BoolAlgebra}):
 * <ul>
 * <li>{@code and} with another bool merges the clause lists; the effective
 * {@code minimum_should_match} of each side is its explicit value, else 0 when it has a must or
 * filter clause (or no should clause), else 1; should clauses no more numerous than that become
 * must clauses, otherwise they are kept with that minimum (or nested as a bool when both sides
 * keep some). A percentage or negative value cannot be combined. {@code and} with any other
 * query appends it to {@code must} (setting {@code minimum_should_match} to 1 first when the
 * bool had only should clauses).</li>
 * <li>{@code or} extends {@code should} when a side has only should clauses (and no
 * {@code minimum_should_match}), otherwise nests both in a new bool.</li>
 * <li>{@code not} of an empty bool is {@code match_none}; otherwise each must and filter clause
 * is negated, must_not clauses become positive, required should clauses become one
 * {@code must_not} bool, and several results are joined with {@code should}.</li>
 * </ul>
 */
public final class Bool extends Query {

	static final ParamSpec SPEC = ParamSpec.builder()
		.list("must", Q::from)
		.list("filter", Q::from)
		.list("must_not", Q::from)
		.list("should", Q::from)
		.build();

	/** The bool without clauses (immutable, so shared). */
	static final Bool EMPTY = new Bool(Frozen.emptyMap());

	Bool(Map<String, ?> params) {
		super("bool", params, SPEC);
	}

	private Bool(Bool base, String key, Object clauses) {
		super(base, key, clauses);
	}

	/**
	 * The {@code must} clauses.
	 * @return an unmodifiable list, empty when there are none
	 */
	public List<Query> must() {
		return clauses("must");
	}

	/**
	 * The {@code should} clauses.
	 * @return an unmodifiable list, empty when there are none
	 */
	public List<Query> should() {
		return clauses("should");
	}

	/**
	 * The {@code filter} clauses.
	 * @return an unmodifiable list, empty when there are none
	 */
	public List<Query> filter() {
		return clauses("filter");
	}

	/**
	 * The {@code must_not} clauses.
	 * @return an unmodifiable list, empty when there are none
	 */
	public List<Query> mustNot() {
		return clauses("must_not");
	}

	/**
	 * The explicit {@code minimum_should_match}.
	 * @return a number or string, or {@code null} when not set
	 */
	public Object minimumShouldMatch() {
		return param("minimum_should_match");
	}

	/**
	 * A copy with more {@code must} clauses.
	 * @param queries the clauses to append
	 * @return a new bool
	 */
	public Bool withMust(Query... queries) {
		return with("must", queries);
	}

	/**
	 * A copy with more {@code should} clauses.
	 * @param queries the clauses to append
	 * @return a new bool
	 */
	public Bool withShould(Query... queries) {
		return with("should", queries);
	}

	/**
	 * A copy with more {@code filter} clauses.
	 * @param queries the clauses to append
	 * @return a new bool
	 */
	public Bool withFilter(Query... queries) {
		return with("filter", queries);
	}

	/**
	 * A copy with more {@code must_not} clauses.
	 * @param queries the clauses to append
	 * @return a new bool
	 */
	public Bool withMustNot(Query... queries) {
		return with("must_not", queries);
	}

	/**
	 * A copy with {@code minimum_should_match} set.
	 * @param value a number such as {@code 2} or a string such as {@code "75%"}
	 * @return a new bool
	 */
	public Bool withMinimumShouldMatch(Object value) {
		Map<String, Object> params = copyParams();
		params.put("minimum_should_match", value);
		return new Bool(params);
	}

	@SuppressWarnings("unchecked")
	private List<Query> clauses(String key) {
		Object value = param(key);
		return (value != null) ? (List<Query>) value : List.of();
	}

	private Bool with(String key, Query[] queries) {
		// the new clause list shares nothing mutable; the other parameters are shared as they are
		if (queries == null) {
			throw new InvalidDslException("The " + key + " clauses to add must be queries, not a null array").within("bool");
		}
		List<Query> current = clauses(key);
		int size = current.size();
		Object[] clauses = new Object[size + queries.length];
		for (int i = 0; i < size; i++) {
			clauses[i] = current.get(i);
		}
		for (Query query : queries) {
			if (query == null) {
				// parsed in full, which says which clause is missing
				System.arraycopy(queries, 0, clauses, size, queries.length);
				return new Bool(Frozen.with(params(), key, Frozen.listOf(clauses)));
			}
		}
		System.arraycopy(queries, 0, clauses, size, queries.length);
		// the clauses are queries already, which the parser would return as they are
		return new Bool(this, key, Frozen.listOf(clauses));
	}

}
