package io.github.esdsl.persistence;

/**
 * One bulk item that failed after its retries.
 *
 * @param position the item's position in the input, from 0
 * @param opType the action: {@code index}, {@code create}, {@code update} or {@code delete}
 * @param index the index, if known
 * @param id the id, if known (generated ids of failed items are not)
 * @param status the item's HTTP status; 0 when it was never sent (it failed validation or
 * serialization) or the whole request failed without a status
 * @param type the error type, such as {@code document_parsing_exception} or {@code validation_exception}
 * @param reason the error reason
 */
public record BulkFailure(long position, String opType, String index, String id, int status, String type,
		String reason) {

}
