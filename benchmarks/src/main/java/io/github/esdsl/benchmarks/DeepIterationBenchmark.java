package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongBiFunction;

import io.github.esdsl.benchmarks.Events.Event;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading every document of an index of 200,000 (and 50,000) documents of about 1 KB in pages of
 * 1,000: esdsl's {@code iterate()} vs a point in time + {@code search_after} loop written by hand
 * on elasticsearch-java's typed client. The index is loaded once (kept in the node's data folder
 * for later forks). The fork runs with a 256 MB heap, less than the documents would take if
 * they were all kept. Secondary results: {@code docsPerSecond} (without the probe's pause),
 * {@code peakHeapAfterGcMb} (the most heap in use after any collection during the run) and
 * {@code retainedMidRunMb} (heap still reachable at a forced full collection half way through,
 * above what was reachable before the run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
public class DeepIterationBenchmark {

	private static final double MB = 1024 * 1024;

	@Param({ "200000", "50000" })
	public int documents;

	private BenchNode node;

	private IterationContenders contenders;

	private HeapWatch heap;

	private String index;

	private long baseline;

	/** The secondary results of one invocation. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Footprint {

		/** Documents read per second, without the probe's pause. */
		public double docsPerSecond;

		/** The most heap in use after any collection during the run, in MB. */
		public double peakHeapAfterGcMb;

		/** Heap reachable half way through above what was reachable before the run, in MB. */
		public double retainedMidRunMb;

	}

	@Setup(Level.Trial)
	public void load() throws IOException {
		this.node = BenchNode.start();
		this.index = "bench-iterate-" + this.documents;
		if (this.node.count(this.index) != this.documents) {
			this.node.recreate(this.index);
			try (BulkContenders loader = new BulkContenders(this.node.uri())) {
				loader.rawNdjson(this.index, Events.stream(this.documents));
			}
			long count = this.node.count(this.index);
			if (count != this.documents) {
				throw new IllegalStateException(this.index + " holds " + count + " documents, expected " + this.documents);
			}
		}
		this.contenders = new IterationContenders(this.node.uri());
		this.heap = new HeapWatch();
	}

	@Setup(Level.Invocation)
	public void measureBaseline() {
		this.baseline = HeapWatch.retainedNow();
		this.heap.reset();
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		this.heap.close();
		this.contenders.close();
		this.node.close();
	}

	@Benchmark
	public long esdsl(Blackhole blackhole, Footprint footprint) {
		return run(this.contenders::esdsl, blackhole, footprint);
	}

	@Benchmark
	public long typedClient(Blackhole blackhole, Footprint footprint) {
		return run(this.contenders::typedClient, blackhole, footprint);
	}

	private long run(ToLongBiFunction<String, Consumer<Event>> contender, Blackhole blackhole, Footprint footprint) {
		Probe probe = new Probe(blackhole, this.documents / 2);
		long start = System.nanoTime();
		long count = contender.applyAsLong(this.index, probe);
		long wall = System.nanoTime() - start - probe.pause;
		if (count != this.documents || probe.seen != this.documents) {
			throw new IllegalStateException("Iterated " + count + " documents, expected " + this.documents);
		}
		footprint.docsPerSecond += count / (wall / 1e9);
		footprint.peakHeapAfterGcMb += this.heap.peakAfterGc() / MB;
		footprint.retainedMidRunMb += (probe.retained - this.baseline) / MB;
		return count;
	}

	/** Consumes each document and, half way, measures what the iteration keeps reachable. */
	private static final class Probe implements Consumer<Event> {

		private final Blackhole blackhole;

		private final long half;

		long seen;

		long retained;

		long pause;

		Probe(Blackhole blackhole, long half) {
			this.blackhole = blackhole;
			this.half = half;
		}

		@Override
		public void accept(Event event) {
			this.blackhole.consume(event);
			if (++this.seen == this.half) {
				long start = System.nanoTime();
				this.retained = HeapWatch.retainedNow();
				this.pause = System.nanoTime() - start;
			}
		}

	}

}
