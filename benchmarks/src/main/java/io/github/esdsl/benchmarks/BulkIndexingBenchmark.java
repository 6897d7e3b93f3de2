package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

/**
 * Bulk indexing of 200,000 documents of about 1 KB (generated once per fork, the same every run)
 * into a fresh index (refresh off, no replicas) for each invocation: esdsl's bulk vs
 * elasticsearch-java's {@code BulkIngester} vs NDJSON written by hand over the low-level
 * {@code Rest5Client}, all with 1,000 documents (or 5 MB) per request and one request in flight.
 * {@code target=node} sends to a real Elasticsearch node (a separate process, so the fork's CPU
 * is the client's); {@code target=loopback} to an in-process server answering every
 * {@code _bulk} as all created, which isolates the client's cost. Besides the time of one run
 * (seconds), the secondary results give {@code docsPerSecond}, {@code clientCpuSeconds} (the
 * fork's process CPU time, minus the in-process server's threads) and {@code serverCpuSeconds}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
public class BulkIndexingBenchmark {

	static final String INDEX = "bench-bulk";

	@Param({ "node", "loopback" })
	public String target;

	@Param({ "200000" })
	public int documents;

	private List<Event> events;

	private BenchNode node;

	private BulkServer server;

	private BulkContenders contenders;

	/** The secondary results of one invocation. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Cost {

		/** Documents indexed per second of the invocation. */
		public double docsPerSecond;

		/** CPU seconds the fork used for the invocation, without the in-process server's threads. */
		public double clientCpuSeconds;

		/** CPU seconds of the in-process server's threads (0 against the node). */
		public double serverCpuSeconds;

		/** Client CPU microseconds per document. */
		public double clientCpuMicrosPerDoc;

	}

	@Setup(Level.Trial)
	public void startTarget() throws IOException {
		this.events = Events.generate(this.documents);
		URI uri;
		if ("node".equals(this.target)) {
			this.node = BenchNode.start();
			uri = this.node.uri();
		}
		else if ("loopback".equals(this.target)) {
			this.server = new BulkServer();
			uri = this.server.uri();
		}
		else {
			throw new IllegalArgumentException("target '" + this.target + "' is neither 'node' nor 'loopback'");
		}
		this.contenders = new BulkContenders(uri);
	}

	@Setup(Level.Invocation)
	public void freshIndex() {
		if (this.node != null) {
			this.node.recreate(INDEX);
		}
		else {
			this.server.resetItems();
		}
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		this.contenders.close();
		if (this.node != null) {
			this.node.delete(INDEX);
			this.node.close();
		}
		if (this.server != null) {
			this.server.close();
		}
	}

	@Benchmark
	public long esdsl(Cost cost) {
		long start = start();
		return measured(this.contenders.esdsl(INDEX, this.events), start, cost);
	}

	@Benchmark
	public long bulkIngester(Cost cost) {
		long start = start();
		return measured(this.contenders.bulkIngester(INDEX, this.events), start, cost);
	}

	@Benchmark
	public long rawNdjson(Cost cost) {
		long start = start();
		return measured(this.contenders.rawNdjson(INDEX, this.events), start, cost);
	}

	private long cpuAtStart;

	private long serverCpuAtStart;

	private long start() {
		this.cpuAtStart = processCpuNanos();
		this.serverCpuAtStart = (this.server != null) ? BulkServer.serverCpuNanos() : 0;
		return System.nanoTime();
	}

	private long measured(long indexed, long start, Cost cost) {
		long wall = System.nanoTime() - start;
		long server = (this.server != null) ? BulkServer.serverCpuNanos() - this.serverCpuAtStart : 0;
		long client = processCpuNanos() - this.cpuAtStart - server;
		if (indexed != this.documents || (this.server != null && this.server.items() != this.documents)) {
			throw new IllegalStateException("Indexed " + indexed + " documents (server saw "
					+ ((this.server != null) ? this.server.items() : "n/a") + "), expected " + this.documents);
		}
		cost.docsPerSecond += indexed / (wall / 1e9);
		cost.clientCpuSeconds += client / 1e9;
		cost.serverCpuSeconds += server / 1e9;
		cost.clientCpuMicrosPerDoc += client / 1e3 / indexed;
		return indexed;
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
