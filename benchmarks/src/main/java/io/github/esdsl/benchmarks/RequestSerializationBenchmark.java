package io.github.esdsl.benchmarks;

import java.util.concurrent.TimeUnit;

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
 * Benchmark 1: build a search request and serialize it to bytes, three shapes, three
 * contenders. Run with {@code java -jar benchmarks/target/benchmarks.jar RequestSerialization -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RequestSerializationBenchmark {

	@Benchmark
	public byte[] singleMatchEsdsl() {
		return RequestShapes.esdslSingleMatch();
	}

	@Benchmark
	public byte[] singleMatchEsdslTypedOptions() {
		return RequestShapes.esdslTypedOptionsSingleMatch();
	}

	@Benchmark
	public byte[] singleMatchTyped() {
		return RequestShapes.typedSingleMatch();
	}

	@Benchmark
	public byte[] singleMatchFloor() {
		return RequestShapes.floorSingleMatch();
	}

	@Benchmark
	public byte[] realisticEsdsl() {
		return RequestShapes.esdslRealistic();
	}

	@Benchmark
	public byte[] realisticEsdslTypedOptions() {
		return RequestShapes.esdslTypedOptionsRealistic();
	}

	@Benchmark
	public byte[] realisticTyped() {
		return RequestShapes.typedRealistic();
	}

	@Benchmark
	public byte[] realisticFloor() {
		return RequestShapes.floorRealistic();
	}

	@Benchmark
	public byte[] bool200Esdsl() {
		return RequestShapes.esdslLarge();
	}

	@Benchmark
	public byte[] bool200EsdslTypedOptions() {
		return RequestShapes.esdslTypedOptionsLarge();
	}

	@Benchmark
	public byte[] bool200Typed() {
		return RequestShapes.typedLarge();
	}

	@Benchmark
	public byte[] bool200Floor() {
		return RequestShapes.floorLarge();
	}

}
