package io.github.esdsl.aggs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.aggs.AggsGuideTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Malformed input gives an {@link InvalidDslException} saying what was wrong and where, never a
 * NullPointerException or ClassCastException.
 */
class AggErrorsTest {

	@Test
	void unknownTypeNamesTheClosestKnownOnes() {
		assertThatThrownBy(() -> A.of("term", Map.of("field", "tags"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Unknown aggregation type 'term'").hasMessageContaining("terms");
		assertThatThrownBy(() -> A.fromMap(json("{'date_histogrm': {'field': 'd'}}")))
			.hasMessageContaining("'date_histogrm'").hasMessageContaining("date_histogram");
		assertThatThrownBy(() -> A.of(null, Map.of())).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("Unknown aggregation type 'null'");
		assertThatThrownBy(() -> A.kindOf("sums")).hasMessageContaining("sum");
	}

	@Test
	void nullAndNonMapInputIsRefused() {
		assertThatThrownBy(() -> A.fromMap(null)).isInstanceOf(InvalidDslException.class).hasMessageContaining("not null");
		assertThatThrownBy(() -> A.from(42)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("Expected an aggregation").hasMessageContaining("Integer 42");
		assertThatThrownBy(() -> A.fromMap(Map.of("terms", "tags"))).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("parameters of aggregation 'terms' must be a map").hasMessageContaining("String tags");
		assertThatThrownBy(() -> A.fromMap(Map.of())).hasMessageContaining("an empty map");
		assertThatThrownBy(() -> A.of("terms", null)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("must be a map, not null");
		Map<Object, Object> badKey = new HashMap<>();
		badKey.put(1, Map.of());
		assertThatThrownBy(() -> A.from(badKey)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("must be strings");
		assertThatThrownBy(() -> A.fromJson("{\"terms\":")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void malformedSubAggregationsSayWhere() {
		assertThatThrownBy(() -> A.fromMap(json("{'terms': {'field': 'a'}, 'aggs': {'x': {'terms': {'field': 'b'}, "
				+ "'aggs': {'y': {'sum': 3}}}}}")))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("parameters of aggregation 'sum' must be a map")
			.satisfies((ex) -> assertThat(((InvalidDslException) ex).path()).isEqualTo("terms.aggs.x.terms.aggs.y"));
		assertThatThrownBy(() -> A.fromMap(json("{'terms': {'field': 'a'}, 'aggs': [1]}")))
			.hasMessageContaining("'aggs' must be a map of names to aggregations");
		assertThatThrownBy(() -> A.fromMap(json("{'terms': {'field': 'a'}, 'aggs': {}, 'aggregations': {}}")))
			.hasMessageContaining("not both");
		assertThatThrownBy(() -> A.fromMap(json("{'terms': {'field': 'a', 'aggs': {}}, 'aggs': {'x': {'max': {}}}}")))
			.hasMessageContaining("both beside and inside");
	}

	@Test
	void aggregationsKeyIsReadAsAggs() {
		Agg a = A.fromMap(json("{'terms': {'field': 'a'}, 'aggregations': {'m': {'max': {'field': 'b'}}}}"));
		assertThat(a.toJson()).isEqualTo("{\"terms\":{\"field\":\"a\"},\"aggs\":{\"m\":{\"max\":{\"field\":\"b\"}}}}");
	}

	@Test
	void metaMustBeAMap() {
		assertThatThrownBy(() -> A.fromMap(json("{'terms': {'field': 'a'}, 'meta': 'blue'}")))
			.isInstanceOf(InvalidDslException.class).hasMessageContaining("meta of aggregation 'terms' must be a map")
			.hasMessageContaining("String blue");
	}

	@Test
	void metricAndPipelineAggregationsCannotHoldSubAggregations() {
		assertThatThrownBy(() -> A.sum("x").withMetric("m", A.max("y"))).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("'sum' is a metric aggregation and cannot hold sub-aggregations");
		assertThatThrownBy(() -> A.fromMap(json("{'derivative': {'buckets_path': 'x'}, 'aggs': {'m': {'max': {}}}}")))
			.hasMessageContaining("'derivative' is a pipeline aggregation");
	}

	@Test
	void queryParametersMustBeQueries() {
		assertThatThrownBy(() -> A.of("filter", Map.of("filter", "status:active"))).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("Expected a query")
			.satisfies((ex) -> assertThat(((InvalidDslException) ex).path()).isEqualTo("filter.filter"));
		assertThatThrownBy(() -> A.of("filters", Map.of("filters", Map.of("a", Map.of("trm", Map.of())))))
			.hasMessageContaining("Unknown query type 'trm'").hasMessageContaining("term");
		assertThatThrownBy(() -> A.of("filter", Map.of("filter", Q.term("a", 1), "size", 3)))
			.hasMessageContaining("got both 'filter' and [size]");
		assertThatThrownBy(() -> A.fromMap(json("{'filter': {'term': {'a': 1}, 'match': {'b': 2}}}")))
			.hasMessageContaining("exactly one key");
		assertThatThrownBy(() -> A.composite(List.of(Map.of("x", A.terms("a"))), Map.of("sources", List.of())))
			.hasMessageContaining("repeats a required argument");
		assertThatThrownBy(() -> A.of("composite", Map.of("sources", List.of(Map.of("x", "terms")))))
			.hasMessageContaining("Expected an aggregation")
			.satisfies((ex) -> assertThat(((InvalidDslException) ex).path()).isEqualTo("composite.sources[0].x"));
	}

	@Test
	void requiredArgumentsMustBeGiven() {
		assertThatThrownBy(() -> A.terms((String) null)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("field of terms must be a non-empty name");
		assertThatThrownBy(() -> A.terms("")).hasMessageContaining("non-empty");
		assertThatThrownBy(() -> A.filter(null)).hasMessageContaining("'filter' of filter must not be null");
		assertThatThrownBy(() -> A.bucketScript(null, "x")).hasMessageContaining("'buckets_path' of bucket_script");
		assertThatThrownBy(() -> A.multiTerms(List.of())).hasMessageContaining("at least one field");
		assertThatThrownBy(() -> A.multiTerms(List.of(3))).hasMessageContaining("field names or maps");
		assertThatThrownBy(() -> A.terms("tags", Map.of("field", "other"))).hasMessageContaining("repeats");
	}

	@Test
	void withMethodsNeedANameAndAnAggregation() {
		assertThatThrownBy(() -> A.terms("a").withBucket("", A.max("b"))).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("withBucket needs a non-empty aggregation name");
		assertThatThrownBy(() -> A.terms("a").withPipeline("p", null))
			.hasMessageContaining("withPipeline(\"p\", …) needs an aggregation, not null");
	}

	@Test
	void unsupportedParameterValuesAreRefused() {
		assertThatThrownBy(() -> A.terms("a", Map.of("size", new Object())))
			.isInstanceOf(InvalidDslException.class).hasMessageContaining("cannot be used");
	}

}
