package io.github.esdsl.aggs;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mutable builder: Python's chaining rules, access to existing children, freezing, errors.
 */
class AggsBuilderTest {

	@Test
	void bucketReturnsTheChildAndMetricAndPipelineTheSameBuilder() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		AggsBuilder child = root.bucket("per_day", A.dateHistogram("date", "day"));
		assertThat(child).isNotSameAs(root);
		assertThat(child.metric("clicks", A.sum("clicks"))).isSameAs(child);
		assertThat(child.pipeline("avg", A.movingFn("clicks", 7, "MovingFunctions.unweightedAvg(values)"))).isSameAs(child);
		assertThat(root.names()).containsExactly("per_day");
		assertThat(child.names()).containsExactly("clicks", "avg");
	}

	@Test
	void typeAndParamsOverloadsMatchPython() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		root.bucket("per_author", "terms", Map.of("field", "author.raw")).metric("max_score", "max", Map.of("field", "score"))
			.pipeline("sum_of", "sum_bucket", Map.of("buckets_path", "x"));
		assertThat(AggsGuideTest.json("{'per_author': {'terms': {'field': 'author.raw'}, 'aggs': {"
				+ "'max_score': {'max': {'field': 'score'}}, 'sum_of': {'sum_bucket': {'buckets_path': 'x'}}}}}"))
			.isEqualTo(io.github.esdsl.json.Json.parseMap(io.github.esdsl.json.Json.toJson(root.build())));
	}

	@Test
	void existingAggregationsAreKeptAndTheirChildrenReachable() {
		Map<String, Agg> existing = new LinkedHashMap<>();
		existing.put("a", A.terms("a").withBucket("b", A.terms("b").withMetric("c", A.max("c"))));
		existing.put("z", A.sum("z"));
		AggsBuilder root = AggsBuilder.of(existing);
		root.get("a").get("b").metric("d", A.min("d"));
		Map<String, Agg> built = root.build();
		assertThat(built.keySet()).containsExactly("a", "z");
		assertThat(built.get("a").aggs().get("b").aggs().keySet()).containsExactly("c", "d");
		assertThat(built.get("z")).isSameAs(existing.get("z"));
		assertThat(existing.get("a").aggs().get("b").aggs().keySet()).containsExactly("c");
	}

	@Test
	void untouchedTreesBuildToEqualValues() {
		Map<String, Agg> existing = Map.of("a", A.terms("a").withBucket("b", A.terms("b")));
		assertThat(AggsBuilder.of(existing).build()).isEqualTo(existing);
	}

	@Test
	void sameNameReplacesInPlace() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		root.metric("first", A.sum("x")).metric("second", A.sum("y")).metric("first", A.max("x"));
		Map<String, Agg> built = root.build();
		assertThat(built.keySet()).containsExactly("first", "second");
		assertThat(built.get("first")).isEqualTo(A.max("x"));
	}

	@Test
	void unknownNameListsTheExistingOnes() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		root.bucket("per_category", A.terms("category")).metric("clicks", A.sum("clicks"));
		assertThatThrownBy(() -> root.get("per_tag")).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("No aggregation named 'per_tag' at the top level")
			.hasMessageContaining("[per_category]");
		assertThatThrownBy(() -> root.get("per_category").get("x"))
			.hasMessageContaining("under 'per_category'").hasMessageContaining("[clicks]");
		assertThatThrownBy(() -> AggsBuilder.of(Map.of()).get("x")).hasMessageContaining("there are none yet");
		assertThat(root.contains("per_category")).isTrue();
		assertThat(root.contains("per_tag")).isFalse();
	}

	@Test
	void metricBuilderCannotTakeChildren() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		AggsBuilder sum = root.bucket("total", A.sum("price"));
		assertThatThrownBy(() -> sum.metric("x", A.max("x"))).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("Cannot add 'x' under 'total': it is a metric aggregation (sum)")
			.hasMessageContaining("only bucket() returns the new child");
	}

	@Test
	void buildFreezesTheWholeTreeFromAnyBuilder() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		AggsBuilder tags = root.bucket("cat", A.terms("category")).bucket("tags", A.terms("tags"));
		Map<String, Agg> built = tags.build();
		assertThat(built.keySet()).containsExactly("cat");
		assertThat(root.build()).isSameAs(built);
		assertThatThrownBy(() -> built.put("x", A.sum("x"))).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> tags.metric("late", A.sum("x"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("already built");
	}

	@Test
	void badArgumentsAreRefused() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		assertThatThrownBy(() -> AggsBuilder.of(null)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("Map.of() for none");
		assertThatThrownBy(() -> root.bucket(null, A.terms("a"))).hasMessageContaining("bucket needs a non-empty");
		assertThatThrownBy(() -> root.metric("m", (Agg) null)).hasMessageContaining("metric(\"m\", …) needs an aggregation");
		assertThatThrownBy(() -> root.pipeline("p", "nope", Map.of())).hasMessageContaining("Unknown aggregation type 'nope'");
	}

}
