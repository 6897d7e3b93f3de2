package io.github.esdsl.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.dsl.InvalidDslException;

/**
 * The combination rules of {@code and}, {@code or} and {@code not}, ported from the Python DSL's
 * {@code Query.__and__/__or__/__invert__}, {@code Bool}, {@code MatchAll} and {@code MatchNone}.
 *
 * <p>Dispatch follows Python's operators: the left operand decides, except that a plain query
 * defers to a {@code bool}, {@code match_all} or {@code match_none} on its right (Python's
 * reflected {@code __rand__}/{@code __ror__}). So {@code a.and(bool)} appends {@code a} to the
 * bool's must clauses, and {@code bool.and(matchAll)} keeps the {@code match_all} as a clause,
 * both as in Python. Results list their clauses as must, filter, must_not, should, then
 * minimum_should_match, then the other parameters of the bool they came from.
 */
final class BoolAlgebra {

	private static final Set<String> CLAUSE_KEYS = Set.of("must", "filter", "must_not", "should", "minimum_should_match");

	private BoolAlgebra() {
	}

	static Query and(Query left, Query right) {
		if (left instanceof MatchAll) {
			return right;
		}
		if (left instanceof MatchNone) {
			return left;
		}
		if (left instanceof Bool bool) {
			return boolAnd(bool, right);
		}
		if (right instanceof Bool bool) {
			return boolAnd(bool, left);
		}
		if (right instanceof MatchAll) {
			return left;
		}
		if (right instanceof MatchNone) {
			return right;
		}
		Clauses result = new Clauses();
		result.must.add(left);
		result.must.add(right);
		return result.build();
	}

	static Query or(Query left, Query right) {
		if (left instanceof MatchAll) {
			return left;
		}
		if (left instanceof MatchNone) {
			return right;
		}
		if (left instanceof Bool bool) {
			return boolOr(bool, right);
		}
		if (right instanceof Bool bool) {
			return boolOr(bool, left);
		}
		if (right instanceof MatchAll) {
			return right;
		}
		if (right instanceof MatchNone) {
			return left;
		}
		return shouldOf(List.of(left, right));
	}

	static Query not(Query query) {
		if (query instanceof MatchAll) {
			return MatchNone.INSTANCE;
		}
		if (query instanceof MatchNone) {
			return MatchAll.INSTANCE;
		}
		if (query instanceof Bool bool) {
			return boolNot(bool);
		}
		Clauses result = new Clauses();
		result.mustNot.add(query);
		return result.build();
	}

	private static Query boolAnd(Bool self, Query other) {
		Clauses result = Clauses.of(self);
		if (other instanceof Bool that) {
			result.must.addAll(that.must());
			result.mustNot.addAll(that.mustNot());
			result.filter.addAll(that.filter());
			result.should.clear();
			result.minimumShouldMatch = null;
			for (Bool side : List.of(self, that)) {
				Object raw = minimumShouldMatch(side);
				long required = count(raw);
				List<Query> should = side.should();
				if (should.size() <= required) {
					// every should clause is required
					result.must.addAll(should);
				}
				else if (result.should.isEmpty()) {
					result.minimumShouldMatch = raw;
					result.should.addAll(should);
				}
				else if (count(result.minimumShouldMatch) == 0 && required == 0) {
					// all optional on both sides
					result.should.addAll(should);
				}
				else {
					Clauses nested = new Clauses();
					nested.should.addAll(should);
					nested.minimumShouldMatch = raw;
					result.must.add(nested.build());
				}
			}
			return result.build();
		}
		if (result.must.isEmpty() && result.filter.isEmpty() && !result.should.isEmpty()
				&& result.minimumShouldMatch == null) {
			result.minimumShouldMatch = 1;
		}
		result.must.add(other);
		return result.build();
	}

	private static Query boolOr(Bool self, Query other) {
		if (onlyShould(self)) {
			Clauses result = Clauses.of(self);
			if (other instanceof Bool that && onlyShould(that)) {
				result.should.addAll(that.should());
			}
			else {
				result.should.add(other);
			}
			return result.build();
		}
		if (other instanceof Bool that && onlyShould(that)) {
			Clauses result = Clauses.of(that);
			result.should.add(self);
			return result.build();
		}
		return shouldOf(List.of(self, other));
	}

	private static Query boolNot(Bool self) {
		if (self.must().isEmpty() && self.filter().isEmpty() && self.should().isEmpty() && self.mustNot().isEmpty()) {
			// an empty bool matches everything
			return MatchNone.INSTANCE;
		}
		List<Query> negations = new ArrayList<>();
		for (Query query : self.must()) {
			negations.add(not(query));
		}
		for (Query query : self.filter()) {
			negations.add(not(query));
		}
		negations.addAll(self.mustNot());
		if (!self.should().isEmpty() && truthy(minimumShouldMatch(self))) {
			Clauses none = new Clauses();
			none.mustNot.addAll(self.should());
			negations.add(none.build());
		}
		return (negations.size() == 1) ? negations.get(0) : shouldOf(negations);
	}

	private static Bool shouldOf(List<Query> queries) {
		Clauses result = new Clauses();
		result.should.addAll(queries);
		return result.build();
	}

	private static boolean onlyShould(Bool bool) {
		return bool.must().isEmpty() && bool.mustNot().isEmpty() && bool.filter().isEmpty()
				&& !truthy(bool.minimumShouldMatch());
	}

	/**
	 * The explicit minimum_should_match, else 0 when there are must or filter clauses or no should
	 * clauses, else 1.
	 */
	private static Object minimumShouldMatch(Bool bool) {
		Object explicit = bool.minimumShouldMatch();
		if (explicit != null) {
			return explicit;
		}
		return (bool.should().isEmpty() || !bool.must().isEmpty() || !bool.filter().isEmpty()) ? 0 : 1;
	}

	private static long count(Object minimumShouldMatch) {
		if ((minimumShouldMatch instanceof Integer || minimumShouldMatch instanceof Long
				|| minimumShouldMatch instanceof Short || minimumShouldMatch instanceof Byte)
				&& ((Number) minimumShouldMatch).longValue() >= 0) {
			return ((Number) minimumShouldMatch).longValue();
		}
		if (minimumShouldMatch instanceof BigInteger big && big.signum() >= 0) {
			return (big.bitLength() < 63) ? big.longValue() : Long.MAX_VALUE;
		}
		throw new InvalidDslException("Cannot combine bool queries whose minimum_should_match is "
				+ ((minimumShouldMatch instanceof String) ? "\"" + minimumShouldMatch + "\"" : minimumShouldMatch)
				+ ": only non-negative integers can be combined, not percentages or negative values");
	}

	/** Python's truth value of a parameter. */
	private static boolean truthy(Object value) {
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof BigInteger big) {
			return big.signum() != 0;
		}
		if (value instanceof Number number) {
			return number.doubleValue() != 0;
		}
		if (value instanceof String text) {
			return !text.isEmpty();
		}
		if (value instanceof Collection<?> items) {
			return !items.isEmpty();
		}
		if (value instanceof Map<?, ?> map) {
			return !map.isEmpty();
		}
		return true;
	}

	/**
	 * The mutable working copy of a bool while combining.
	 */
	private static final class Clauses {

		final List<Query> must = new ArrayList<>();

		final List<Query> filter = new ArrayList<>();

		final List<Query> mustNot = new ArrayList<>();

		final List<Query> should = new ArrayList<>();

		Object minimumShouldMatch;

		final Map<String, Object> others = new LinkedHashMap<>();

		static Clauses of(Bool bool) {
			Clauses clauses = new Clauses();
			clauses.must.addAll(bool.must());
			clauses.filter.addAll(bool.filter());
			clauses.mustNot.addAll(bool.mustNot());
			clauses.should.addAll(bool.should());
			clauses.minimumShouldMatch = bool.minimumShouldMatch();
			for (Map.Entry<String, Object> entry : bool.params().entrySet()) {
				if (!CLAUSE_KEYS.contains(entry.getKey())) {
					clauses.others.put(entry.getKey(), entry.getValue());
				}
			}
			return clauses;
		}

		Bool build() {
			Map<String, Object> params = new LinkedHashMap<>();
			put(params, "must", this.must);
			put(params, "filter", this.filter);
			put(params, "must_not", this.mustNot);
			put(params, "should", this.should);
			if (this.minimumShouldMatch != null) {
				params.put("minimum_should_match", this.minimumShouldMatch);
			}
			params.putAll(this.others);
			return new Bool(params);
		}

		private static void put(Map<String, Object> params, String key, List<Query> clauses) {
			if (!clauses.isEmpty()) {
				params.put(key, clauses);
			}
		}

	}

}
