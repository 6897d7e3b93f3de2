package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
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
 * Moving an index of 50,000 events of about 1 KB to a new mapping with the client-side copy:
 * esdsl's {@code Migrator} against the same steps written by hand on elasticsearch-java (see
 * {@link CopyContenders}). Version 1 is loaded once (kept in the node's data folder for later
 * forks); before each invocation the aliases point at it again and the copies are removed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms256m", "-Xmx256m" })
public class IndexCopyBenchmark {

	@Param({ "50000" })
	public int documents;

	private BenchNode node;

	private CopyContenders contenders;

	private String alias;

	private String source;

	@Setup(Level.Trial)
	public void load() throws IOException {
		this.node = BenchNode.start();
		this.alias = "bench-copy-" + this.documents;
		this.source = this.alias + "-000001";
		if (this.node.count(this.source) != this.documents) {
			this.node.recreate(this.source);
			try (BulkContenders loader = new BulkContenders(this.node.uri())) {
				loader.rawNdjson(this.source, Events.stream(this.documents));
			}
			long count = this.node.count(this.source);
			if (count != this.documents) {
				throw new IllegalStateException(this.source + " holds " + count + " documents, expected " + this.documents);
			}
			this.node.admin().perform(RawRequest.post("/_aliases").body(Map.of("actions", List.of(
					Map.of("add", Map.of("index", this.source, "alias", this.alias)),
					Map.of("add", Map.of("index", this.source, "alias", this.alias + "-write", "is_write_index", true))))));
		}
		this.contenders = new CopyContenders(this.node.uri());
	}

	/** Points the aliases at version 1 again, lifts its write block and removes copies and migration records. */
	@Setup(Level.Invocation)
	public void reset() {
		Connection admin = this.node.admin();
		// by name: a wildcard delete is refused (action.destructive_requires_name) and left version 2 behind
		admin.perform(RawRequest.delete("/" + this.alias + "-000002," + this.alias + "-000003," + this.alias + "-hand")
			.param("ignore_unavailable", "true").ignore(404));
		admin.perform(RawRequest.post("/_aliases").body(Map.of("actions", List.of(
				Map.of("add", Map.of("index", this.source, "alias", this.alias)),
				Map.of("add", Map.of("index", this.source, "alias", this.alias + "-write", "is_write_index", true))))));
		admin.perform(RawRequest.put("/" + this.source + "/_settings").body(Map.of("index.blocks.write", false)));
		admin.perform(RawRequest.delete("/esdsl-migrations/_doc/state-" + this.alias).ignore(404));
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		this.contenders.close();
		this.node.close();
	}

	@Benchmark
	public long esdsl() {
		return check(this.contenders.esdsl(this.alias));
	}

	@Benchmark
	public long byHand() {
		return check(this.contenders.byHand(this.source, this.alias + "-hand", this.alias));
	}

	private long check(long copied) {
		if (copied != this.documents) {
			throw new IllegalStateException("Copied " + copied + " documents, expected " + this.documents);
		}
		return copied;
	}

}
