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
		assertThat(new String(RequestShapes.esdslMapOptionsLarge(), StandardCharsets.UTF_8))
			.isEqualTo(new String(RequestShapes.esdslLarge(), StandardCharsets.UTF_8));
		assertThat(new String(RequestShapes.esdslTypedOptionsLarge(), StandardCharsets.UTF_8))
			.isEqualTo(new String(RequestShapes.esdslLarge(), StandardCharsets.UTF_8));
	}

	@Test
	void constantPartsAreTheSameRequestForEveryContenderWhateverTheTextAndPage() {
		for (int round = 0; round < 3; round++) {
			// esdsl writes its constant parts from kept bytes from the second round on
			for (int i = 0; i < RequestSerializationBenchmark.VARIANTS; i++) {
				String text = "python web " + i;
				int from = RequestSerializationBenchmark.from(i);
				assertSame(ConstantPartsShape.esdsl(text, from), ConstantPartsShape.typed(text, from),
						ConstantPartsShape.floor(text, from));
			}
		}
		assertThat(new String(ConstantPartsShape.floor("x", 70), StandardCharsets.UTF_8))
			.startsWith("{\"query\":{\"match\":{\"title\":\"x\"}},\"aggs\":")
			.contains("\"from\":70,\"size\":10,\"_source\":{\"includes\":[\"title\",\"published\",\"category\"]");
	}

	@Test
	void everyBenchmarkMethodWritesItsShapesRequestWhenRepeated() throws Exception {
		RequestSerializationBenchmark benchmark = new RequestSerializationBenchmark();
		benchmark.prebuild();
		Map<String, String> floors = Map.of("singleMatch", text(RequestShapes.floorSingleMatch()), "realistic",
				text(RequestShapes.floorRealistic()), "bool200", text(RequestShapes.floorLarge()));
		for (String shape : List.of("singleMatch", "realistic", "bool200")) {
			for (int i = 0; i < 3; i++) {
				for (String method : List.of("Esdsl", "Floor", "WriteEsdsl", "WriteFloor")) {
					assertThat(text(invoke(benchmark, shape + method))).as(shape + method).isEqualTo(floors.get(shape));
				}
				for (String method : List.of("Typed", "WriteTyped")) {
					assertThat(shortForm(Json.parseMap((byte[]) invoke(benchmark, shape + method)))).as(shape + method)
						.isEqualTo(Json.parseMap(floors.get(shape)));
				}
				assertThat(Json.toBytes(invoke(benchmark, shape + "BuildEsdsl"))).isEqualTo(floors.get(shape).getBytes(StandardCharsets.UTF_8));
				assertThat(RequestShapes.typed((co.elastic.clients.elasticsearch.core.SearchRequest) invoke(benchmark,
						shape + "BuildTyped"))).isEqualTo(invoke(benchmark, shape + "Typed"));
			}
		}
		// the constant-parts methods cycle through the same requests, one step per call (of any of them)
		for (int call = 0; call < 4 * RequestSerializationBenchmark.VARIANTS; call++) {
			int variant = call & (RequestSerializationBenchmark.VARIANTS - 1);
			String floor = text(ConstantPartsShape.floor("python web " + variant, RequestSerializationBenchmark.from(variant)));
			String method = "constantParts" + List.of("Esdsl", "Floor", "WriteEsdsl", "WriteFloor", "Typed", "WriteTyped",
					"BuildEsdsl", "BuildTyped").get((call / 3) % 8);
			Object result = invoke(benchmark, method);
			Object bytes = (result instanceof co.elastic.clients.elasticsearch.core.SearchRequest request)
					? RequestShapes.typed(request) : (result instanceof byte[]) ? result : Json.toBytes(result);
			if (method.contains("Typed")) {
				assertThat(shortForm(Json.parseMap((byte[]) bytes))).as(method + " " + call).isEqualTo(Json.parseMap(floor));
			}
			else {
				assertThat(text(bytes)).as(method + " " + call).isEqualTo(floor);
			}
		}
	}

	private static Object invoke(RequestSerializationBenchmark benchmark, String method) throws Exception {
		return RequestSerializationBenchmark.class.getMethod(method).invoke(benchmark);
	}

	private static String text(Object bytes) {
		return new String((byte[]) bytes, StandardCharsets.UTF_8);
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
