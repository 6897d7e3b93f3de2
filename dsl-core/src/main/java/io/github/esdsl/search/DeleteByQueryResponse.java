package io.github.esdsl.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response of {@code _delete_by_query} ({@link Search#delete()}).
 */
public final class DeleteByQueryResponse extends ByQueryResponse {

	DeleteByQueryResponse(Map<String, Object> body) {
		super(body);
	}

	/**
	 * Reads a response body.
	 * @param body the body as a map
	 * @return the response
	 */
	public static DeleteByQueryResponse of(Map<String, Object> body) {
		return new DeleteByQueryResponse(Collections.unmodifiableMap(new LinkedHashMap<>(body)));
	}

	/** @return how many documents were deleted */
	public long deleted() {
		return number("deleted");
	}

}
