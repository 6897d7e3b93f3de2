package io.github.esdsl.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2a: reading a search response of 10, 100 or 1,000 hits (about 1 KB of source each,
 * with a nested list) from bytes into typed documents; see {@link ResponseReaders} for the
 * contenders and {@link CannedResponses} for the body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchResponseBenchmark {

	@Param({ "10", "100", "1000" })
	public int hits;

	private byte[] body;

	@Setup
	public void setUp() {
		this.body = CannedResponses.searchResponse(this.hits);
	}

	@Benchmark
	public List<Article> esdsl() {
		return ResponseReaders.esdsl(this.body);
	}

	@Benchmark
	public List<Article> elasticsearchJava() {
		return ResponseReaders.elasticsearchJava(this.body);
	}

	@Benchmark
	public List<Article> plainDatabind() {
		return ResponseReaders.plainDatabind(this.body);
	}

}
