package io.github.esdsl.persistence;

import java.util.List;

/**
 * The outcome of a bulk run: every item either succeeded or is listed in {@link #failures()};
 * every item that was sent again is listed in {@link #retries()}.
 *
 * @param total the number of items taken from the input
 * @param succeeded the number of items Elasticsearch accepted
 * @param failures every failed item, ordered by position
 * @param retried the number of item retries (an item retried twice counts twice), the size of
 * {@code retries}
 * @param requests the number of bulk requests sent, retries included
 * @param retries every item retry, ordered by position and attempt
 */
public record BulkResult(long total, long succeeded, List<BulkFailure> failures, long retried, long requests,
		List<BulkRetry> retries) {

	/**
	 * A result.
	 * @param total the number of items
	 * @param succeeded the number that succeeded
	 * @param failures the failures
	 * @param retried the number of item retries
	 * @param requests the number of requests
	 * @param retries the item retries
	 */
	public BulkResult {
		failures = List.copyOf(failures);
		retries = List.copyOf(retries);
	}

	/**
	 * A result without the list of retries.
	 * @param total the number of items
	 * @param succeeded the number that succeeded
	 * @param failures the failures
	 * @param retried the number of item retries
	 * @param requests the number of requests
	 */
	public BulkResult(long total, long succeeded, List<BulkFailure> failures, long retried, long requests) {
		this(total, succeeded, failures, retried, requests, List.of());
	}

	/** @return whether any item failed */
	public boolean hasFailures() {
		return !this.failures.isEmpty();
	}

}
