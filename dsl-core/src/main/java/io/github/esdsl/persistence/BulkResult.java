package io.github.esdsl.persistence;

import java.util.List;

/**
 * The outcome of a bulk run: every item either succeeded or is listed in {@link #failures()}.
 *
 * @param total the number of items taken from the input
 * @param succeeded the number of items Elasticsearch accepted
 * @param failures every failed item, ordered by position
 * @param retried the number of item retries after a 429 (an item retried twice counts twice)
 * @param requests the number of bulk requests sent, retries included
 */
public record BulkResult(long total, long succeeded, List<BulkFailure> failures, long retried, long requests) {

	/**
	 * A result.
	 * @param total the number of items
	 * @param succeeded the number that succeeded
	 * @param failures the failures
	 * @param retried the number of item retries
	 * @param requests the number of requests
	 */
	public BulkResult {
		failures = List.copyOf(failures);
	}

	/** @return whether any item failed */
	public boolean hasFailures() {
		return !this.failures.isEmpty();
	}

}
