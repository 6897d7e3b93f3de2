package io.github.esdsl.aggs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Aggregations are immutable values: input is copied, views are unmodifiable, with-methods return
 * new values, and streaming gives the same JSON as {@code toMap()}.
 */
class AggValueTest {

	@Test
	void withMethodsLeaveTheOriginalUnchanged() {
		Agg terms = A.terms("category");
		Agg withBucket = terms.withBucket("tags", A.terms("tags"));
		Agg withMetric = withBucket.withMetric("clicks", A.sum("clicks"));
		Agg withPipeline = withMetric.withPipeline("avg", A.avgBucket("tags>_count"));
		assertThat(terms.toJson()).isEqualTo("{\"terms\":{\"field\":\"category\"}}");
		assertThat(withBucket.aggs().keySet()).containsExactly("tags");
		assertThat(withMetric.aggs().keySet()).containsExactly("tags", "clicks");
		assertThat(withPipeline.aggs().keySet()).containsExactly("tags", "clicks", "avg");
		assertThat(withPipeline.withMeta(Map.of()).meta()).isEmpty();
		assertThat(withPipeline.withMeta(Map.of("a", 1)).withMeta(null).meta()).isEmpty();
	}

	@Test
	void inputCollectionsAreCopied() {
		Map<String, Object> options = new LinkedHashMap<>();
		List<Object> order = new ArrayList<>(List.of(Map.of("_count", "desc")));
		options.put("order", order);
		Map<String, Object> meta = new LinkedHashMap<>(Map.of("color", "blue"));
		options.put("meta", meta);
		Agg agg = A.terms("tags", options);
		String before = agg.toJson();
		options.put("size", 3);
		order.add(Map.of("_key", "asc"));
		meta.put("color", "red");
		assertThat(agg.toJson()).isEqualTo(before)
			.isEqualTo("{\"terms\":{\"field\":\"tags\",\"order\":[{\"_count\":\"desc\"}]},\"meta\":{\"color\":\"blue\"}}");
	}

	@Test
	void viewsAreUnmodifiable() {
		Agg agg = A.terms("tags").withMetric("m", A.max("x")).withMeta(Map.of("a", 1));
		assertThatThrownBy(() -> agg.aggs().put("n", A.min("y"))).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> agg.meta().put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> agg.params().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void toMapIsAFreshPlainCopy() {
		Agg agg = A.terms("tags").withMetric("m", A.max("x"));
		Map<String, Object> map = agg.toMap();
		map.put("extra", 1);
		((Map<String, Object>) map.get("terms")).put("size", 3);
		assertThat(agg.toJson()).isEqualTo("{\"terms\":{\"field\":\"tags\"},\"aggs\":{\"m\":{\"max\":{\"field\":\"x\"}}}}");
		assertThat(map.get("aggs")).isInstanceOf(LinkedHashMap.class);
	}

	@Test
	void metaSitsBesideTypeAfterAggs() {
		Agg agg = A.dateHistogram("d", "day").withMeta(Map.of("k", "v")).withBucket("t", A.terms("t"));
		assertThat(agg.toJson()).isEqualTo("{\"date_histogram\":{\"field\":\"d\",\"calendar_interval\":\"day\"},"
				+ "\"aggs\":{\"t\":{\"terms\":{\"field\":\"t\"}}},\"meta\":{\"k\":\"v\"}}");
		assertThat(A.sum("x").withMeta(Map.of("k", "v")).toJson())
			.isEqualTo("{\"sum\":{\"field\":\"x\"},\"meta\":{\"k\":\"v\"}}");
	}

	@Test
	void metaInsideTheTypeKeyIsMovedBeside() {
		Agg agg = A.fromMap(AggsGuideTest.json("{'sum': {'field': 'x', 'meta': {'k': 'v'}}}"));
		assertThat(agg.toJson()).isEqualTo("{\"sum\":{\"field\":\"x\"},\"meta\":{\"k\":\"v\"}}");
	}

	@Test
	void emptySubAggregationsAreDropped() {
		assertThat(A.of("terms", Map.of("field", "a", "aggs", Map.of())).toJson()).isEqualTo("{\"terms\":{\"field\":\"a\"}}");
	}

	@Test
	void streamingEqualsToMapForADeepTree() {
		Agg agg = A.filter(io.github.esdsl.query.Q.term("a", 1))
			.withBucket("x", A.terms("x").withBucket("y", A.histogram("y", 10).withMetric("z", A.avg("z")))
				.withMeta(Map.of("deep", true)));
		assertThat(agg.toJson()).isEqualTo(Json.toJson(agg.toMap()));
		assertThat(agg.toString()).isEqualTo(agg.toJson());
	}

}
