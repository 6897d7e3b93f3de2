package io.github.esdsl.persistence;

/**
 * One item of a bulk run sent again, and why. An item sent three times is reported twice.
 *
 * @param position the item's position in the input, from 0
 * @param index the index
 * @param id the id, if known (generated ids are not)
 * @param attempt which retry of the item this was: 1 for the first
 * @param status the item's status (429 or 503), the status of the whole request (429, 502, 503
 * or 504), or 0 when the request got no response from a host (the connection failed or timed out)
 * @param type the error type, such as {@code es_rejected_execution_exception}, or
 * {@code connection_failure} for a status of 0
 * @param reason why, such as the item's error reason or the connection failure
 */
public record BulkRetry(long position, String index, String id, int attempt, int status, String type,
		String reason) {

}
