package io.github.esdsl.search;

import java.util.Map;

import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assertions on request bodies: the expected JSON is written with single quotes (a backtick
 * stands for a single quote inside a string), compared like
 * Python's {@code ==} on dicts (key order within objects ignored, list order kept), and the
 * streamed JSON must be byte-for-byte the JSON of {@code toMap()}.
 */
final class Bodies {

	private Bodies() {
	}

	static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"').replace('`', '\'');
	}

	static Map<String, Object> map(String singleQuoted) {
		return Json.parseMap(json(singleQuoted));
	}

	static void assertBody(JsonWritable request, String expected) {
		Map<String, Object> wanted = map(expected);
		String streamed = request.toJson();
		assertThat(Json.parseMap(streamed)).isEqualTo(wanted);
		assertThat(Json.parseMap(Json.toJson(request.toMap()))).isEqualTo(wanted);
		assertThat(streamed).isEqualTo(Json.toJson(request.toMap()));
	}

}
