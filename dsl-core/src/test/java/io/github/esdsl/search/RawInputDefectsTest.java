package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import io.github.esdsl.query.SF;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The inputs {@link RawInputFuzzTest} found breaking the parsers, each kept as a fixed case.
 */
class RawInputDefectsTest {

	@Test
	void hugelyNestedListWhereAQueryBelongsIsDescribedWithoutOverflowingTheStack() {
		Object deep = "x";
		for (int i = 0; i < 100_000; i++) {
			deep = new ArrayList<>(List.of(deep));
		}
		Map<String, Object> raw = Map.of("bool", Map.of("must", List.of(deep)));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(raw))
			.withMessageStartingWith("Expected a query (a Query or a map like {\"match\": {...}}) but got ArrayList [[[[")
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(300));
	}

	@Test
	void cyclicValueInAnErrorMessageIsDescribedBriefly() {
		List<Object> list = new ArrayList<>();
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("a", list);
		list.add(map);
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.fromMap(Map.of("bool", Map.of("must", List.of(list)))))
			.withMessage("Expected a query (a Query or a map like {\"match\": {...}}) but got ArrayList "
					+ "[{a=[{a=[{a=[{a=[...]}]}]}]}] (at bool.must[0])");
	}

	@Test
	void cyclesAreRefusedWithTheDepthLimit() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("a", value);
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(Map.of("term", Map.of("f", value))))
			.withMessageStartingWith("Values nested deeper than 256 levels are refused (at term.f.a.a.a.");
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("bool", Map.of("must", List.of(root)));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(root))
			.withMessageStartingWith("DSL values nested deeper than 256 levels are refused (at bool.must[0].bool.must[0].");
		Map<String, Object> agg = new LinkedHashMap<>();
		agg.put("terms", Map.of("field", "f"));
		agg.put("aggs", Map.of("a", agg));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> A.fromMap(agg))
			.withMessageContaining("nested deeper than 256 levels");
	}

	@Test
	void nonStringKeyInAFilterAggregationOrScoreFunctionIsRefusedNotCast() {
		Map<Object, Object> filter = new LinkedHashMap<>();
		filter.put("term", Map.of("f", 42));
		filter.put(0, Map.of("match_all", Map.of()));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> A.fromMap(Map.of("filter", filter)))
			.withMessage("Keys of 'filter' must be strings but got Integer 0");
		Map<Object, Object> function = new LinkedHashMap<>();
		function.put(java.util.concurrent.TimeUnit.DAYS, 1);
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> SF.fromMap(castMap(function)))
			.withMessage("Keys of a score function must be strings but got TimeUnit DAYS");
	}

	@Test
	void hugeUnknownNameIsRefusedQuicklyWithAShortMessage() {
		String name = "k".repeat(200_000);
		long start = System.nanoTime();
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(Map.of(name, Map.of())))
			.withMessageStartingWith("Unknown query type '" + "k".repeat(64) + "...(200000 characters)'")
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(300));
		assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(1000);
		Map<String, Object> two = new LinkedHashMap<>();
		two.put("terms", Map.of("field", "f"));
		two.put(name, Map.of());
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> A.fromMap(two))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(1100).contains("characters left out"));
	}

	@Test
	void depthIsCountedInLevelsOfJsonSoAcceptedValuesCanBeReadBack() {
		Map<String, Object> built = Map.of("match_all", Map.of());
		for (int i = 0; i < 84; i++) {
			built = Map.of("bool", Map.of("must", List.of(built)));
		}
		Map<String, Object> raw = built;
		Query deepest = Q.fromMap(raw);
		assertThat(Q.fromJson(deepest.toJson())).isEqualTo(deepest);
		Map<String, Object> tooDeep = Map.of("bool", Map.of("must", List.of(raw)));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(tooDeep))
			.withMessageContaining("nested deeper than " + DslObject.MAX_DEPTH + " levels");
		Object value = 1;
		for (int i = 0; i < 254; i++) {
			value = Map.of("x", value);
		}
		Map<String, Object> term = Map.of("term", Map.of("f", value));
		assertThat(Q.fromJson(Q.fromMap(term).toJson())).isEqualTo(Q.fromMap(term));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.fromMap(Map.of("query", term)))
			.withMessage("A search body nested deeper than 256 levels (of JSON) is refused: it has 257");
	}

	@Test
	void jsonParsingAcceptsExactlyTheLimit() {
		assertThat(Json.parse("[".repeat(256) + "]".repeat(256))).isInstanceOf(List.class);
		assertThatIllegalArgumentException().isThrownBy(() -> Json.parse("[".repeat(257) + "]".repeat(257)))
			.withMessage("JSON nested deeper than 256 levels");
	}

	@Test
	void nullMetaRoundTrips() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("field", "f");
		params.put("meta", null);
		Agg agg = A.fromMap(Map.of("max", params));
		assertThat(A.fromMap(agg.toMap())).isEqualTo(agg);
	}

	@Test
	void arraysInSearchPartsRoundTrip() {
		Search<?> search = Search.fromMap(Map.of("sort", new int[] { 1, 2 }, "_source", new Object[] { "a" }));
		assertThat(Search.fromMap(search.toMap())).isEqualTo(search);
		assertThat(search.toJson()).isEqualTo("{\"sort\":[1,2],\"_source\":[\"a\"]}");
	}

	@Test
	void dslValueInsideARawValueIsHeldByContent() {
		Query query = Q.term("f", Q.matchAll());
		assertThat(Q.fromMap(query.toMap())).isEqualTo(query);
		assertThat(query.param("f")).isEqualTo(Map.of("match_all", Map.of()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> castMap(Map<?, ?> map) {
		return (Map<String, ?>) map;
	}

}
