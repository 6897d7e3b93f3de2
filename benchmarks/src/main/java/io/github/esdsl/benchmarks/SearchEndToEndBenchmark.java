package io.github.esdsl.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 2b: one search end to end through each client (build the request, send it over
 * loopback HTTP, read the 10, 100 or 1,000 hits into documents) against an in-process server
 * returning the canned body of benchmark 2a; see {@link SearchClients} for the contenders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchEndToEndBenchmark {

	@Param({ "10", "100", "1000" })
	public int hits;

	private CannedSearchServer server;

	private SearchClients clients;

	@Setup(Level.Trial)
	public void start() {
		this.server = CannedSearchServer.start(CannedResponses.searchResponse(this.hits));
		this.clients = new SearchClients(this.server.url());
	}

	@TearDown(Level.Trial)
	public void stop() {
		this.clients.close();
		this.server.close();
	}

	@Benchmark
	public List<Article> esdsl() {
		return this.clients.esdsl(this.hits);
	}

	@Benchmark
	public List<Article> elasticsearchJava() {
		return this.clients.elasticsearchJava(this.hits);
	}

	@Benchmark
	public List<ArticleEntity> springData() {
		return this.clients.springData(this.hits);
	}

}
