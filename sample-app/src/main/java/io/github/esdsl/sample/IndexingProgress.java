package io.github.esdsl.sample;

import org.springframework.stereotype.Component;

/**
 * How far {@link PackageIndexer} is: the search page shows it and the readiness health group
 * stays out of service (see {@link PackageIndexHealthIndicator}) until the packages are in.
 * Thread-safe: the indexer writes, request threads read.
 */
@Component
class IndexingProgress {

	/** Where indexing is. */
	enum State {

		/** Not started yet. */
		WAITING,

		/** Packages are being written. */
		INDEXING,

		/** Every package is in the index. */
		DONE

	}

	private volatile State state = State.WAITING;

	private volatile long indexed;

	private volatile long expected;

	synchronized void start(long expected) {
		this.expected = expected;
		this.indexed = 0;
		this.state = State.INDEXING;
	}

	void advance(long indexed) {
		this.indexed = indexed;
	}

	synchronized void finish(long indexed) {
		this.indexed = indexed;
		this.expected = indexed;
		this.state = State.DONE;
	}

	State state() {
		return this.state;
	}

	boolean isDone() {
		return this.state == State.DONE;
	}

	long indexed() {
		return this.indexed;
	}

	long expected() {
		return this.expected;
	}

	/** @return the share indexed, from 0 to 100 */
	int percent() {
		long expected = this.expected;
		return (expected > 0) ? (int) Math.min(100, this.indexed * 100 / expected) : 0;
	}

}
