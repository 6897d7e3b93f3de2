package io.github.esdsl.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contenders of the serialization benchmark must produce the same request, or the
 * comparison means nothing.
 */
class RequestShapesTest {

	@Test
	void singleMatchIsTheSameRequestForEveryContender() {
		assertSame(RequestShapes.esdslSingleMatch(), RequestShapes.typedSingleMatch(), RequestShapes.floorSingleMatch());
	}

	@Test
	void realisticSearchIsTheSameRequestForEveryContender() {
		assertSame(RequestShapes.esdslRealistic(), RequestShapes.typedRealistic(), RequestShapes.floorRealistic());
	}

	@Test
	void largeBoolIsTheSameRequestForEveryContender() {
		assertSame(RequestShapes.esdslLarge(), RequestShapes.typedLarge(), RequestShapes.floorLarge());
	}

	@Test
	void esdslTypedOptionsWriteTheBytesOfTheMapForm() {
		assertThat(new String(RequestShapes.esdslTypedOptionsSingleMatch(), StandardCharsets.UTF_8))
			.isEqualTo(new String(RequestShapes.esdslSingleMatch(), StandardCharsets.UTF_8));
		assertThat(new String(RequestShapes.esdslTypedOptionsRealistic(), StandardCharsets.UTF_8))
			.isEqualTo(new String(RequestShapes.esdslRealistic(), StandardCharsets.UTF_8));
		assertThat(new String(RequestShapes.esdslTypedOptionsLarge(), StandardCharsets.UTF_8))
			.isEqualTo(new String(RequestShapes.esdslLarge(), StandardCharsets.UTF_8));
	}

	private static void assertSame(byte[] esdsl, byte[] typed, byte[] floor) {
		assertThat(new String(esdsl, StandardCharsets.UTF_8)).isEqualTo(new String(floor, StandardCharsets.UTF_8));
		assertThat(shortForm(Json.parseMap(typed))).isEqualTo(Json.parseMap(floor));
	}

	/**
	 * elasticsearch-java writes the long form of leaf queries ({@code {"title":{"query":"x"}}},
	 * {@code {"tag":{"value":"x"}}}), {@code aggregations} for {@code aggs}, highlight fields as a
	 * list of one-entry objects and {@code {"_score":{}}} for {@code "_score"}; Elasticsearch reads
	 * both forms as the same request.
	 */
	private static Object shortForm(Object value) {
		if (value instanceof Map<?, ?> map) {
			if (map.size() == 1 && (map.containsKey("query") || map.containsKey("value"))
					&& !(map.values().iterator().next() instanceof Map)) {
				return map.values().iterator().next();
			}
			if (map.size() == 1 && Map.of().equals(map.get("_score"))) {
				return "_score";
			}
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put("aggregations".equals(k) ? "aggs" : k,
					("fields".equals(k) && v instanceof List<?> list) ? merged(list) : shortForm(v)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(RequestShapesTest::shortForm).toList();
		}
		return value;
	}

	private static Map<Object, Object> merged(List<?> singleEntryMaps) {
		Map<Object, Object> merged = new LinkedHashMap<>();
		singleEntryMaps.forEach((entry) -> merged.putAll((Map<?, ?>) entry));
		return merged;
	}

}
