package io.github.esdsl.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The array-backed parameter maps: a factory's map handed to a DSL value without copying must
 * not let later changes through, and large frozen maps must find every key.
 */
class ParamArraysTest {

	@Test
	void changingAParamMapAfterBuildingLeavesTheValueUnchanged() {
		Map<String, Object> params = ParamMaps.of("match", null, "title", "python");
		Query query = Q.of("match", params);
		params.put("title", "java");
		params.put("body", "x");
		params.remove("title");
		assertThat(query.toJson()).isEqualTo("{\"match\":{\"title\":\"python\"}}");
		assertThat(params).containsExactly(Map.entry("body", "x"));
	}

	@Test
	void frozenMapsWithManyKeysFindEveryKeyAndEqualLinkedHashMaps() {
		Map<String, Object> raw = new LinkedHashMap<>();
		for (int i = 0; i < 40; i++) {
			raw.put("k" + i, i);
		}
		Map<String, Object> frozen = Frozen.map(raw);
		for (int i = 0; i < 40; i++) {
			assertThat(frozen.get("k" + i)).isEqualTo(i);
		}
		assertThat(frozen.containsKey("k40")).isFalse();
		assertThat(frozen).isEqualTo(raw).hasSameHashCodeAs(raw);
		assertThat(Frozen.without(Frozen.with(frozen, "k3", "x"), "k0").keySet()).startsWith("k1", "k2", "k3");
	}

	@Test
	void repeatedNamesAreWrittenTheSameFromTheCache() {
		Query query = Q.term("tag.raw", "a\"b").and(Q.term("tag.raw", "é"));
		String first = Json.toJson(query);
		assertThat(Json.toJson(query)).isEqualTo(first)
			.isEqualTo("{\"bool\":{\"must\":[{\"term\":{\"tag.raw\":\"a\\\"b\"}},{\"term\":{\"tag.raw\":\"é\"}}]}}");
	}

}
