package io.github.esdsl.reliability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.esdsl.test.ElasticsearchCluster;

/**
 * Kills one node of a cluster and restarts it on another thread at once; tells which phase the
 * test is in: before the kill, during the outage (until the node has rejoined), or after.
 */
final class Outage {

	final Latencies before = new Latencies("before");

	final Latencies during = new Latencies("during");

	final Latencies after = new Latencies("after");

	private final ElasticsearchCluster cluster;

	private final int node;

	private volatile Latencies phase = this.before;

	private volatile long killedAt;

	private volatile long rejoinedAt;

	private CompletableFuture<Void> restarted;

	Outage(ElasticsearchCluster cluster, int node) {
		this.cluster = cluster;
		this.node = node;
	}

	Latencies phase() {
		return this.phase;
	}

	/** Kills the node (SIGKILL, waiting until its processes are gone) and starts it again in the background. */
	synchronized void kill() {
		this.cluster.killNode(this.node);
		this.killedAt = System.nanoTime();
		this.phase = this.during;
		this.restarted = CompletableFuture.runAsync(() -> {
			this.cluster.awaitNodes(this.cluster.size() - 1, Duration.ofSeconds(90));
			this.cluster.startNode(this.node);
			this.rejoinedAt = System.nanoTime();
			this.phase = this.after;
		});
	}

	/** Waits until the killed node has rejoined the cluster. */
	void awaitRestarted(Duration timeout) {
		CompletableFuture<Void> restart;
		synchronized (this) {
			restart = this.restarted;
		}
		if (restart == null) {
			throw new IllegalStateException("node-" + this.node + " was not killed");
		}
		restart.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
	}

	/** @return from the kill until the node had rejoined */
	Duration outage() {
		return Duration.ofNanos(this.rejoinedAt - this.killedAt);
	}

}
