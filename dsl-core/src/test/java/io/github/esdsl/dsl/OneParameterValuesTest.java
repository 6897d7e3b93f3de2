package io.github.esdsl.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.aggs.AggsBuilder;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Bool;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import io.github.esdsl.search.Search;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cheaper representations of the request-building path: values of one parameter, changed
 * copies that are not parsed again, and frozen maps made from arrays. Each must be
 * indistinguishable from the value parsed from its map.
 */
class OneParameterValuesTest {

	@Test
	void aFieldKeyedQueryEqualsTheQueryParsedFromItsMap() {
		Query typed = Q.term("tag", "python");
		Query parsed = Q.fromMap(Map.of("term", Map.of("tag", "python")));
		assertThat(typed).isEqualTo(parsed);
		assertThat(parsed).isEqualTo(typed);
		assertThat(typed.hashCode()).isEqualTo(parsed.hashCode());
		assertThat(typed.toJson()).isEqualTo("{\"term\":{\"tag\":\"python\"}}");
		assertThat(typed.toMap()).isEqualTo(parsed.toMap());
		assertThat(typed.params()).containsExactly(Map.entry("tag", "python"));
		assertThat(typed.param("tag")).isEqualTo("python");
		assertThat(typed.param("other")).isNull();
		assertThat(typed.hasParam("tag")).isTrue();
		assertThat(typed.hasParam("other")).isFalse();
	}

	@Test
	void aFieldKeyedQueryWithOptionsAndARangeKeepTheirNestedMaps() {
		assertThat(Q.match("title", "python", Map.of("operator", "and")).toJson())
			.isEqualTo("{\"match\":{\"title\":{\"query\":\"python\",\"operator\":\"and\"}}}");
		Map<String, Object> bounds = new LinkedHashMap<>();
		bounds.put("gte", 1);
		bounds.put("lt", 5);
		Query range = Q.range("price", bounds);
		bounds.put("lt", 99);
		assertThat(range.toJson()).isEqualTo("{\"range\":{\"price\":{\"gte\":1,\"lt\":5}}}");
		assertThat(range).isEqualTo(Q.fromJson("{\"range\":{\"price\":{\"gte\":1,\"lt\":5}}}"));
	}

	@Test
	void aBadValueOfAOneParameterQueryIsNamedWithItsTypeAndField() {
		assertThatThrownBy(() -> Q.term("tag", new Object()))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("term.tag")
			.hasMessageContaining("java.lang.Object");
		assertThatThrownBy(() -> Q.term("tag", null)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("'value' of term must not be null");
		assertThatThrownBy(() -> Q.term("", "x")).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("The field of term must be a non-empty name");
	}

	@Test
	void boolClausesAddedOneByOneEqualTheBoolParsedFromItsMap() {
		Bool chained = Q.bool()
			.withMust(Q.match("title", "python"))
			.withFilter(Q.term("category", "blog"))
			.withMust(Q.term("status", "published"));
		Query parsed = Q.fromJson("{\"bool\":{\"must\":[{\"match\":{\"title\":\"python\"}},{\"term\":{\"status\":\"published\"}}],"
				+ "\"filter\":[{\"term\":{\"category\":\"blog\"}}]}}");
		assertThat(chained).isEqualTo(parsed);
		assertThat(chained.toJson()).isEqualTo(parsed.toJson());
		assertThat(chained.must()).hasSize(2);
		assertThat(Q.bool()).isSameAs(Q.bool());
		assertThat(Q.bool().toJson()).isEqualTo("{\"bool\":{}}");
	}

	@Test
	void aMissingClauseIsNamedWithItsPosition() {
		assertThatThrownBy(() -> Q.bool().withShould(Q.term("a", "b"), null))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("bool.should[1]");
		assertThatThrownBy(() -> Q.bool().withMust((Query[]) null))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("must");
	}

	@Test
	void aggregationsBuiltWithSubAggregationsEqualTheParsedTree() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		root.bucket("per_category", A.terms("category"))
			.bucket("per_month", A.dateHistogram("published", "month"))
			.metric("clicks", A.sum("clicks"));
		Map<String, Agg> built = root.build();
		Agg parsed = A.fromJson("{\"terms\":{\"field\":\"category\"},\"aggs\":{\"per_month\":{\"date_histogram\":"
				+ "{\"field\":\"published\",\"calendar_interval\":\"month\"},\"aggs\":{\"clicks\":{\"sum\":{\"field\":\"clicks\"}}}}}}");
		assertThat(built.get("per_category")).isEqualTo(parsed);
		assertThat(Json.toJson(built)).isEqualTo("{\"per_category\":" + parsed.toJson() + "}");
		assertThat(built.get("per_category").aggs().get("per_month").aggs()).containsOnlyKeys("clicks");
	}

	@Test
	void aMetricAggregationRefusesSubAggregationsAndBadMeta() {
		assertThatThrownBy(() -> A.sum("clicks").withBucket("x", A.terms("y")))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("cannot hold sub-aggregations");
		assertThatThrownBy(() -> A.fromMap(Map.of("sum", Map.of("field", "clicks"), "meta", "blue")))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("meta");
		assertThat(A.sum("clicks").withMeta(Map.of("k", "v")).toJson())
			.isEqualTo("{\"sum\":{\"field\":\"clicks\"},\"meta\":{\"k\":\"v\"}}");
	}

	@Test
	void severalFieldsHighlightedAtOnceGiveWhatHighlightingThemOneByOneGives() {
		String once = Search.of("blog").highlight("title", "body", "title").toJson();
		assertThat(once).isEqualTo("{\"highlight\":{\"fields\":{\"title\":{},\"body\":{}}}}");
		assertThat(once).isEqualTo(Search.of("blog").highlight("title").highlight("body").toJson());
		assertThatThrownBy(() -> Search.of("blog").highlight("title", ""))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("non-empty name");
	}

	@Test
	void frozenMapsMadeFromArraysCheckWhatTheyAreGiven() {
		Map<String, Object> map = Frozen.mapOf(new String[] { "a", "b" }, new Object[] { 1, Frozen.emptyMap() });
		assertThat(Json.toJson(map)).isEqualTo("{\"a\":1,\"b\":{}}");
		assertThatThrownBy(() -> Frozen.mapOf(new String[] { "a", "a" }, new Object[] { 1, 2 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'a' repeats");
		assertThatThrownBy(() -> Frozen.mapOf(new String[] { "a" }, new Object[] { new LinkedHashMap<>() }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("frozen values");
		assertThatThrownBy(() -> Frozen.dslValues(new String[] { "a" }, new Object[] { "not a DSL value" }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("DSL values");
		assertThatThrownBy(() -> Frozen.dslValues(new String[] { "a" }, new Agg[] { A.sum("x") }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Object[]");
	}

	@Test
	void twoEntriesPutAtOnceGiveTheSameMapAsPuttingThemOneByOne() {
		Map<String, Object> base = Frozen.map(Map.of("size", 3));
		assertThat(Frozen.with(base, "from", 10, "size", 20))
			.isEqualTo(Frozen.with(Frozen.with(base, "from", 10), "size", 20))
			.containsExactly(Map.entry("size", 20), Map.entry("from", 10));
		assertThat(Frozen.with(Frozen.emptyMap(), "from", 1, "size", 2)).containsExactly(Map.entry("from", 1),
				Map.entry("size", 2));
		assertThat(Frozen.with(base, "size", 1, "size", 2)).containsExactly(Map.entry("size", 2));
	}

	@Test
	void lookupsOfAbsentKeysAreAnsweredRightEvenWhenTheirHashBitsCollide() {
		// "Aa" and "BB" have the same hash; "a" and "A" differ by 32, so share the low five bits
		Map<String, Object> map = Frozen.map(Map.of("Aa", 1, "a", 2));
		assertThat(map.get("BB")).isNull();
		assertThat(map.containsKey("A")).isFalse();
		assertThat(map.get("Aa")).isEqualTo(1);
		assertThat(map.get(new String("a"))).isEqualTo(2);
		assertThat(map.get(new StringBuilder("a"))).isNull();
		assertThat(map.get(null)).isNull();
		assertThat(Frozen.anyKey(map, java.util.Set.of("x", "a"))).isTrue();
		assertThat(Frozen.anyKey(map, java.util.Set.of("x"))).isFalse();
		assertThat(List.copyOf(map.keySet())).containsExactlyInAnyOrder("Aa", "a");
	}


	@Test
	void clausesAppendedWithoutCopyingKeepTheOrderOfTheCallsAndEqualTheParsedBool() {
		Bool chained = Q.bool()
			.withFilter(Q.term("category", "blog"))
			.withMust(Q.match("title", "python"))
			.withMustNot(Q.term("status", "draft"))
			.withShould(Q.term("tag", "web"));
		String json = "{\"bool\":{\"filter\":[{\"term\":{\"category\":\"blog\"}}],\"must\":[{\"match\":{\"title\":\"python\"}}],"
				+ "\"must_not\":[{\"term\":{\"status\":\"draft\"}}],\"should\":[{\"term\":{\"tag\":\"web\"}}]}}";
		Query parsed = Q.fromJson(json);
		assertThat(chained.toJson()).isEqualTo(json);
		assertThat(Json.toJson(chained)).isEqualTo(json);
		assertThat(chained).isEqualTo(parsed);
		assertThat(parsed).isEqualTo(chained);
		assertThat(chained.hashCode()).isEqualTo(parsed.hashCode());
		assertThat(chained.toMap()).isEqualTo(parsed.toMap());
		assertThat(List.copyOf(chained.params().keySet())).containsExactly("filter", "must", "must_not", "should");
		assertThat(chained.mustNot()).containsExactly(Q.term("status", "draft"));
		assertThat(chained.hasParam("must")).isTrue();
		assertThat(chained.hasParam("minimum_should_match")).isFalse();
		assertThat(chained.minimumShouldMatch()).isNull();
		// a key put again replaces its value in place
		assertThat(chained.withMust(Q.term("x", "y")).toJson()).isEqualTo(json.replace("\"must\":[{\"match\":{\"title\":\"python\"}}]",
				"\"must\":[{\"match\":{\"title\":\"python\"}},{\"term\":{\"x\":\"y\"}}]"));
		assertThat(chained.withMinimumShouldMatch(1).toJson()).isEqualTo(json.replace("}]}}", "}],\"minimum_should_match\":1}}"));
	}

	@Test
	void aggregationsAppendedToWriteTheirSubAggregationsBeforeTheirMeta() {
		Agg agg = A.terms("category").withMeta(Map.of("k", "v")).withBucket("per_month", A.dateHistogram("published", "month"));
		String json = "{\"terms\":{\"field\":\"category\"},\"aggs\":{\"per_month\":{\"date_histogram\":"
				+ "{\"field\":\"published\",\"calendar_interval\":\"month\"}}},\"meta\":{\"k\":\"v\"}}";
		assertThat(agg.toJson()).isEqualTo(json);
		assertThat(agg).isEqualTo(A.fromJson(json));
		assertThat(agg.aggs()).containsOnlyKeys("per_month");
		assertThat(agg.withMetric("clicks", A.sum("clicks")).aggs()).containsOnlyKeys("per_month", "clicks");
	}

	/** A value whose copies append any parameter, to go past the steps a copy refers back through. */
	static final class Appending extends DslObject {

		Appending(Map<String, ?> params) {
			super("appending", params, ParamSpec.none());
		}

		Appending(Appending base, String key, Object value) {
			super(base, key, value);
		}

	}

	@Test
	void manyAppendedParametersGiveTheMapOfAllOfThemInOrder() {
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("first", 0);
		Appending value = new Appending(expected);
		for (int i = 1; i <= 20; i++) {
			value = new Appending(value, "k" + i, i);
			expected.put("k" + i, i);
			assertThat(value).isEqualTo(new Appending(expected));
			assertThat(value.toJson()).isEqualTo(Json.toJson(Map.of("appending", expected)));
			for (int j = 1; j <= i; j++) {
				assertThat(value.param("k" + j)).isEqualTo(j);
			}
			assertThat(value.param("first")).isEqualTo(0);
			assertThat(value.hasParam("k" + (i + 1))).isFalse();
		}
		Appending replaced = new Appending(value, "k3", "three");
		expected.put("k3", "three");
		assertThat(replaced.params()).containsExactlyEntriesOf(expected);
		assertThat(value.param("k3")).isEqualTo(3);
	}

	@Test
	void anAppendedValueTooDeepIsRefusedWithTheTypeNamed() {
		Object deep = "leaf";
		for (int i = 0; i < DslObject.MAX_DEPTH - 2; i++) {
			deep = Map.of("n", deep);
		}
		Appending fits = new Appending(new Appending(Map.of("a", 1)), "b", Frozen.value(deep));
		assertThat(fits.params()).containsKey("b");
		Object deeper = Frozen.value(Map.of("n", deep));
		assertThatThrownBy(() -> new Appending(fits, "c", deeper))
			.isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("appending")
			.hasMessageContaining("deeper than " + DslObject.MAX_DEPTH);
	}

}
