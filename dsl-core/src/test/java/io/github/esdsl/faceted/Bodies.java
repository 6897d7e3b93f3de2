package io.github.esdsl.faceted;

import java.util.Map;

import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact-JSON assertions: expected JSON written with single quotes, compared like Python's
 * {@code ==} on dicts (key order ignored, list order kept).
 */
final class Bodies {

	private Bodies() {
	}

	static Map<String, Object> map(String singleQuoted) {
		return Json.parseMap(singleQuoted.replace('\'', '"'));
	}

	static void assertJson(JsonWritable value, String expected) {
		assertThat(Json.parseMap(value.toJson())).isEqualTo(map(expected));
		assertThat(value.toJson()).isEqualTo(Json.toJson(value.toMap()));
	}

}
