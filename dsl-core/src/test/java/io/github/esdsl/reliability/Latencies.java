package io.github.esdsl.reliability;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies and outcomes of the searches of one phase (before, during or after an outage).
 */
final class Latencies {

	private final String phase;

	private long[] nanos = new long[1024];

	private int count;

	private int failed;

	private int partial;

	Latencies(String phase) {
		this.phase = phase;
	}

	synchronized void succeeded(long elapsedNanos, boolean complete) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.count * 2);
		}
		this.nanos[this.count++] = elapsedNanos;
		if (!complete) {
			this.partial++;
		}
	}

	synchronized void failed() {
		this.failed++;
	}

	synchronized int attempts() {
		return this.count + this.failed;
	}

	synchronized int failures() {
		return this.failed;
	}

	/** The latency at a percentile (nearest rank) of the successful searches, in milliseconds. */
	synchronized double percentileMillis(double percentile) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
	}

	synchronized String line() {
		return String.format(Locale.ROOT, "%-7s searches=%6d failed=%4d partial=%4d success=%7.3f%% p50=%8.1fms p99=%8.1fms",
				this.phase, attempts(), this.failed, this.partial,
				(attempts() == 0) ? 100.0 : 100.0 * this.count / attempts(), percentileMillis(50), percentileMillis(99));
	}

}
