package io.github.esdsl.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How a bulk run batches and sends its items: immutable, every method returns new options.
 * Defaults: 1000 items or 5 MB per request, 1 request in flight, 3 retries starting after 100 ms and
 * doubling up to 5 s, no refresh. Retried are items rejected with 429 or unavailable (503), and whole
 * requests that got 429, 502, 503 or 504 or reached no host (timeouts only when the connection
 * {@linkplain io.github.esdsl.connection.ConnectionSettings#retryOnTimeout() retries timeouts});
 * every retry is listed in {@link BulkResult#retries()}.
 */
public final class BulkOptions {

	private static final BulkOptions DEFAULTS = new BulkOptions(1000, 5 * 1024 * 1024, 1, 3, Duration.ofMillis(100),
			Duration.ofSeconds(5), null, true);

	private final int batchSize;

	private final int batchBytes;

	private final int concurrency;

	private final int maxRetries;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	private final Refresh refresh;

	private final boolean validate;

	private BulkOptions(int batchSize, int batchBytes, int concurrency, int maxRetries, Duration initialBackoff,
			Duration maxBackoff, Refresh refresh, boolean validate) {
		this.batchSize = batchSize;
		this.batchBytes = batchBytes;
		this.concurrency = concurrency;
		this.maxRetries = maxRetries;
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
		this.refresh = refresh;
		this.validate = validate;
	}

	/** @return the defaults */
	public static BulkOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * The most items per request.
	 * @param batchSize 1 or more
	 * @return new options
	 */
	public BulkOptions batchSize(int batchSize) {
		positive(batchSize, "batchSize");
		return new BulkOptions(batchSize, this.batchBytes, this.concurrency, this.maxRetries, this.initialBackoff,
				this.maxBackoff, this.refresh, this.validate);
	}

	/**
	 * The most bytes per request (a single larger item is sent alone).
	 * @param batchBytes 1 or more
	 * @return new options
	 */
	public BulkOptions batchBytes(int batchBytes) {
		positive(batchBytes, "batchBytes");
		return new BulkOptions(this.batchSize, batchBytes, this.concurrency, this.maxRetries, this.initialBackoff,
				this.maxBackoff, this.refresh, this.validate);
	}

	/**
	 * The most requests in flight at once.
	 * @param concurrency 1 or more
	 * @return new options
	 */
	public BulkOptions concurrency(int concurrency) {
		positive(concurrency, "concurrency");
		return new BulkOptions(this.batchSize, this.batchBytes, concurrency, this.maxRetries, this.initialBackoff,
				this.maxBackoff, this.refresh, this.validate);
	}

	/**
	 * How items and requests that failed for a passing reason (429 too many requests, 503
	 * unavailable, no host reached) are retried: up to {@code maxRetries} times, waiting
	 * {@code initialBackoff}, then twice as long each time, at most {@code maxBackoff}.
	 * @param maxRetries 0 or more
	 * @param initialBackoff the first wait
	 * @param maxBackoff the longest wait
	 * @return new options
	 */
	public BulkOptions retries(int maxRetries, Duration initialBackoff, Duration maxBackoff) {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
		}
		Objects.requireNonNull(initialBackoff, "initialBackoff must not be null");
		Objects.requireNonNull(maxBackoff, "maxBackoff must not be null");
		if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
			throw new IllegalArgumentException("Backoff must be 0 or more with maxBackoff >= initialBackoff, got "
					+ initialBackoff + " and " + maxBackoff);
		}
		return new BulkOptions(this.batchSize, this.batchBytes, this.concurrency, maxRetries, initialBackoff, maxBackoff,
				this.refresh, this.validate);
	}

	/**
	 * The refresh of each request.
	 * @param refresh the refresh mode
	 * @return new options
	 */
	public BulkOptions refresh(Refresh refresh) {
		return new BulkOptions(this.batchSize, this.batchBytes, this.concurrency, this.maxRetries, this.initialBackoff,
				this.maxBackoff, refresh, this.validate);
	}

	/**
	 * Whether document objects are validated before they are sent; an invalid one is reported as a
	 * failure with type {@code validation_exception} and status 0, and not sent.
	 * @param validate {@code false} to skip validation
	 * @return new options
	 */
	public BulkOptions validate(boolean validate) {
		return new BulkOptions(this.batchSize, this.batchBytes, this.concurrency, this.maxRetries, this.initialBackoff,
				this.maxBackoff, this.refresh, validate);
	}

	int batchSize() {
		return this.batchSize;
	}

	int batchBytes() {
		return this.batchBytes;
	}

	int concurrency() {
		return this.concurrency;
	}

	int maxRetries() {
		return this.maxRetries;
	}

	Refresh refreshMode() {
		return this.refresh;
	}

	boolean isValidate() {
		return this.validate;
	}

	long backoffMillis(int attempt) {
		long millis = this.initialBackoff.toMillis() << Math.min(attempt, 30);
		return Math.min(Math.max(millis, 0), this.maxBackoff.toMillis());
	}

	private static void positive(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be 1 or more, got " + value);
		}
	}

	@Override
	public String toString() {
		return "BulkOptions{batchSize=" + this.batchSize + ", batchBytes=" + this.batchBytes + ", concurrency="
				+ this.concurrency + ", maxRetries=" + this.maxRetries + ", initialBackoff=" + this.initialBackoff
				+ ", maxBackoff=" + this.maxBackoff + ", refresh=" + this.refresh + "}";
	}

}
