package io.github.esdsl.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response of {@code _update_by_query} ({@link UpdateByQuery#execute()}).
 */
public final class UpdateByQueryResponse extends ByQueryResponse {

	UpdateByQueryResponse(Map<String, Object> body) {
		super(body);
	}

	/**
	 * Reads a response body.
	 * @param body the body as a map
	 * @return the response
	 */
	public static UpdateByQueryResponse of(Map<String, Object> body) {
		return new UpdateByQueryResponse(Collections.unmodifiableMap(new LinkedHashMap<>(body)));
	}

	/** @return how many documents were updated */
	public long updated() {
		return number("updated");
	}

	/** @return how many documents were deleted (a script set {@code ctx.op = "delete"}) */
	public long deleted() {
		return number("deleted");
	}

}
