package io.github.esdsl.aggs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random aggregation trees, the raw form and the JSON text parse back to equal values, and
 * building the same tree through {@link AggsBuilder} gives the same value.
 */
class AggTreePropertyTest {

	@Property(tries = 300)
	void rawFormRoundTrips(@ForAll("trees") Agg agg) {
		Map<String, Object> map = agg.toMap();
		Agg parsed = A.fromMap(map);
		assertThat(parsed.toMap()).isEqualTo(map);
		assertThat(parsed).isEqualTo(agg);
		assertThat(A.fromJson(agg.toJson()).toJson()).isEqualTo(agg.toJson());
		assertThat(Json.toJson(map)).isEqualTo(agg.toJson());
	}

	@Property(tries = 200)
	void builderRebuildsTheSameTree(@ForAll("trees") Agg agg) {
		AggsBuilder root = AggsBuilder.of(Map.of());
		copy(root.bucket("root", agg.withAggs(Map.of())), agg);
		assertThat(root.build().get("root")).isEqualTo(agg);
	}

	private static void copy(AggsBuilder target, Agg source) {
		for (Map.Entry<String, Agg> entry : source.aggs().entrySet()) {
			Agg child = entry.getValue();
			if (child.kind() == Agg.Kind.BUCKET) {
				copy(target.bucket(entry.getKey(), child.withAggs(Map.of())), child);
			}
			else if (child.kind() == Agg.Kind.METRIC) {
				target.metric(entry.getKey(), child);
			}
			else {
				target.pipeline(entry.getKey(), child);
			}
		}
	}

	@Provide
	Arbitrary<Agg> trees() {
		return tree(3);
	}

	private Arbitrary<Agg> tree(int depth) {
		Arbitrary<Agg> leaf = Arbitraries.oneOf(
				field().map(A::sum), field().map(A::cardinality), field().map(A::avgBucket),
				field().map((f) -> A.percentiles(f, Map.of("percents", List.of(50.0, 99.0)))),
				field().map((f) -> A.topHits(Map.of("size", 1, "sort", List.of(Map.of(f, "desc"))))));
		if (depth == 0) {
			return leaf;
		}
		Arbitrary<Agg> bucket = Arbitraries.oneOf(
				field().map(A::terms), field().map((f) -> A.histogram(f, 10)),
				field().map((f) -> A.filter(Q.term(f, 1))),
				field().map((f) -> A.filters(Map.of("a", Q.match(f, "x")))),
				field().map((f) -> A.significantTerms(f, Map.of("background_filter", Q.exists(f)))),
				field().map((f) -> A.composite(List.of(Map.of("s", A.terms(f))))));
		Arbitrary<Map<String, Agg>> children = Arbitraries.maps(field(), tree(depth - 1)).ofMaxSize(3)
			.map(LinkedHashMap::new);
		Arbitrary<Map<String, Object>> meta = Arbitraries.maps(field(), Arbitraries.integers().between(0, 9).map((i) -> (Object) i))
			.ofMaxSize(2);
		Arbitrary<Agg> withChildren = Combinators.combine(bucket, children, meta)
			.as((agg, subs, m) -> agg.withAggs(subs).withMeta(m));
		return Arbitraries.oneOf(leaf, withChildren, withChildren);
	}

	private static Arbitrary<String> field() {
		return Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(3);
	}

}
