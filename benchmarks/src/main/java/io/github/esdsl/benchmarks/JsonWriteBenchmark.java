package io.github.esdsl.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.esdsl.json.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a plain map tree as JSON: the cost floor of the shared JSON layer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class JsonWriteBenchmark {

	private final Map<String, Object> body = body();

	private static Map<String, Object> body() {
		Map<String, Object> match = new LinkedHashMap<>();
		match.put("match", Map.of("title", "python"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", Map.of("bool", Map.of("must", List.of(match))));
		body.put("size", 10);
		return body;
	}

	@Benchmark
	public byte[] mapToBytes() {
		return Json.toBytes(this.body);
	}

}
