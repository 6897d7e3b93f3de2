package io.github.esdsl.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over randomly generated query trees (jqwik 1.9.3 runs on the JUnit Platform 6 that
 * the Boot BOM brings; a failing case is shrunk and reported with its seed).
 */
class QueryPropertiesTest {

	@Property(tries = 500)
	void rawFormRoundTrips(@ForAll("queries") Query query) {
		Map<String, Object> raw = query.toMap();
		Query parsed = Q.fromMap(raw);
		assertThat(parsed.toMap()).isEqualTo(raw);
		assertThat(parsed).isEqualTo(query).hasSameHashCodeAs(query);
		assertThat(parsed.toJson()).isEqualTo(query.toJson());
		assertThat(Q.fromJson(query.toJson()).toJson()).isEqualTo(query.toJson());
	}

	@Property(tries = 500)
	void streamingJsonEqualsJsonOfTheMap(@ForAll("queries") Query query) {
		assertThat(query.toJson()).isEqualTo(Json.toJson(query.toMap()));
	}

	@Property(tries = 1000)
	void combiningNeverThrowsAndStaysParseable(@ForAll("queries") Query a, @ForAll("queries") Query b) {
		for (Query combined : List.of(a.and(b), a.or(b), a.not(), b.not(), a.and(b).not(), a.or(b).not(),
				a.not().and(b.not()), a.and(b).or(a.not()))) {
			assertThat(Q.fromMap(combined.toMap()).toMap()).isEqualTo(combined.toMap());
		}
	}

	@Property(tries = 300)
	void identitiesHold(@ForAll("queries") Query query) {
		assertThat(Q.matchAll().and(query)).isEqualTo(query);
		assertThat(Q.matchNone().or(query)).isEqualTo(query);
		assertThat(Q.matchAll().or(query)).isEqualTo(Q.matchAll());
		assertThat(Q.matchNone().and(query)).isEqualTo(Q.matchNone());
	}

	@Provide
	Arbitrary<Query> queries() {
		return query(3);
	}

	private Arbitrary<Query> query(int depth) {
		if (depth == 0) {
			return leaf();
		}
		Arbitrary<Query> child = Arbitraries.lazy(() -> query(depth - 1));
		return Arbitraries.frequencyOf(
				Tuple.of(5, leaf()),
				Tuple.of(2, Combinators.combine(child, child).as(Query::and)),
				Tuple.of(2, Combinators.combine(child, child).as(Query::or)),
				Tuple.of(1, child.map(Query::not)),
				Tuple.of(3, bool(child)),
				Tuple.of(1, Combinators.combine(fields(), child).as(Q::nested)),
				Tuple.of(1, child.map(Q::constantScore)),
				Tuple.of(1, child.list().ofMinSize(1).ofMaxSize(3).map((queries) -> Q.disMax(queries, Map.of("tie_breaker", 0.3)))),
				Tuple.of(1, Combinators.combine(child, child).as((p, n) -> Q.boosting(p, n, 0.5))),
				Tuple.of(1, Combinators.combine(child, child).as((q, f) -> Q.functionScore(q, SF.randomScore(),
						SF.weight(2, Map.of("filter", f)), SF.fieldValueFactor("likes")))),
				Tuple.of(1, child.list().ofMaxSize(2).map((filters) -> Q.knn("vector", List.of(1, 2, 3),
						Map.of("k", 5, "filter", filters)))));
	}

	private Arbitrary<Query> bool(Arbitrary<Query> child) {
		Arbitrary<List<Query>> clauses = child.list().ofMaxSize(3);
		Arbitrary<Integer> minimum = Arbitraries.integers().between(-1, 3);
		return Combinators.combine(clauses, clauses, clauses, clauses, minimum).as((must, should, filter, mustNot, msm) -> {
			Map<String, Object> params = new LinkedHashMap<>();
			params.put("must", must);
			params.put("should", should);
			params.put("filter", filter);
			params.put("must_not", mustNot);
			if (msm >= 0) {
				params.put("minimum_should_match", msm);
			}
			return Q.bool(params);
		});
	}

	private Arbitrary<Query> leaf() {
		return Arbitraries.oneOf(
				Combinators.combine(fields(), values()).as(Q::term),
				Combinators.combine(fields(), words()).as(Q::match),
				Combinators.combine(fields(), words()).as((f, w) -> Q.match(f, w, Map.of("operator", "and"))),
				Combinators.combine(fields(), values().list().ofMaxSize(3)).as(Q::terms),
				Combinators.combine(fields(), Arbitraries.integers().between(-5, 5), Arbitraries.integers().between(6, 50))
					.as((f, low, high) -> Q.range(f, Map.of("gte", low, "lt", high))),
				fields().map(Q::exists),
				Combinators.combine(fields(), words()).as(Q::prefix),
				words().map((w) -> Q.multiMatch(w, "title", "body")),
				Arbitraries.just(Q.matchAll()),
				Arbitraries.just(Q.matchNone()),
				Arbitraries.just(Q.matchAll(Map.of("boost", 1.5))));
	}

	private Arbitrary<String> fields() {
		return Arbitraries.of("title", "body", "tags", "comments.author", "price");
	}

	private Arbitrary<String> words() {
		return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
	}

	private Arbitrary<Object> values() {
		return Arbitraries.oneOf(Arbitraries.integers().between(-1000, 1000), words(), Arbitraries.of(true, false),
				Arbitraries.doubles().between(-10, 10).ofScale(3));
	}

}
