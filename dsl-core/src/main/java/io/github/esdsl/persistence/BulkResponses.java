package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import io.github.esdsl.document.Documents;
import io.github.esdsl.json.Json;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a bulk response in one streaming pass: the i-th item answers the i-th action of the batch.
 */
final class BulkResponses {

	private BulkResponses() {
	}

	/**
	 * Counts successes, reports failures, and returns the items to retry (those rejected with 429
	 * or unavailable with 503, when {@code retry} allows).
	 */
	@SuppressWarnings("unchecked")
	static List<Rejected> read(byte[] body, BulkBatch batch, boolean retry, LongConsumer succeeded,
			Consumer<BulkFailure> failures) {
		List<Rejected> rejected = new ArrayList<>();
		int item = 0;
		long ok = 0;
		boolean noErrors = false;
		try (JsonParser parser = Documents.mapper().createParser(body)) {
			parser.nextToken();
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				if ("errors".equals(name) && token == JsonToken.VALUE_FALSE) {
					noErrors = true;
				}
				if (!"items".equals(name) || token != JsonToken.START_ARRAY) {
					parser.skipChildren();
					continue;
				}
				if (noErrors) {
					// every item succeeded: count them without reading them, with a plain scan of the
					// bytes when the items are well-formed objects (the rest of the body is of no use)
					int counted = countObjects(body, (int) parser.currentTokenLocation().getByteOffset());
					if (counted >= 0) {
						item = Math.min(counted, batch.count());
						ok = item;
						break;
					}
					int items = 0;
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						parser.skipChildren();
						items++;
					}
					item = Math.min(items, batch.count());
					ok = item;
					continue;
				}
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					parser.nextName();
					parser.nextToken();
					int status = 0;
					String index = null;
					String id = null;
					Map<String, Object> error = null;
					String field;
					while ((field = parser.nextName()) != null) {
						JsonToken value = parser.nextToken();
						switch (field) {
							case "status" -> status = parser.getIntValue();
							case "_index" -> index = parser.getValueAsString();
							case "_id" -> id = parser.getValueAsString();
							case "error" -> error = (value == JsonToken.START_OBJECT)
									? (Map<String, Object>) Json.readValue(parser)
									: Map.of("reason", String.valueOf(Json.readValue(parser)));
							default -> parser.skipChildren();
						}
					}
					parser.nextToken();
					if (item >= batch.count()) {
						break;
					}
					if (status >= 200 && status < 300) {
						ok++;
					}
					else if ((status == 429 || status == 503) && retry) {
						rejected.add(new Rejected(item, status, text(error, "type"), reason(error)));
					}
					else {
						failures.accept(new BulkFailure(batch.position(item), batch.op(item),
								(index != null) ? index : batch.index(item), (id != null) ? id : batch.id(item), status,
								text(error, "type"), reason(error)));
					}
					item++;
				}
			}
		}
		for (int missing = item; missing < batch.count(); missing++) {
			failures.accept(new BulkFailure(batch.position(missing), batch.op(missing), batch.index(missing),
					batch.id(missing), 0, "missing_item", "The bulk response has no item for this action"));
		}
		succeeded.accept(ok);
		return rejected;
	}

	/**
	 * Counts the elements of the JSON array starting at {@code start} by its structural bytes
	 * alone (a UTF-8 continuation byte never equals an ASCII one).
	 * @return how many elements, or -1 unless every element is an object and the array ends
	 */
	static int countObjects(byte[] body, int start) {
		if (start < 0 || start >= body.length || body[start] != '[') {
			return -1;
		}
		int depth = 0;
		int count = 0;
		for (int i = start + 1; i < body.length; i++) {
			byte c = body[i];
			switch (c) {
				case '"' -> {
					i = endOfString(body, i);
					if (i < 0 || depth == 0) {
						return -1;
					}
				}
				case '{', '[' -> {
					if (depth == 0) {
						if (c != '{') {
							return -1;
						}
						count++;
					}
					depth++;
				}
				case '}', ']' -> {
					if (depth == 0) {
						return (c == ']') ? count : -1;
					}
					depth--;
				}
				case ' ', '\t', '\n', '\r', ',' -> {
				}
				default -> {
					if (depth == 0) {
						return -1;
					}
				}
			}
		}
		return -1;
	}

	/** @return the index of the quote closing the string opened at {@code quote}, or -1 */
	private static int endOfString(byte[] body, int quote) {
		for (int i = quote + 1; i < body.length; i++) {
			if (body[i] == '\\') {
				i++;
			}
			else if (body[i] == '"') {
				return i;
			}
		}
		return -1;
	}

	private static String text(Map<String, Object> error, String key) {
		return (error != null && error.get(key) != null) ? error.get(key).toString() : null;
	}

	@SuppressWarnings("unchecked")
	private static String reason(Map<String, Object> error) {
		String reason = text(error, "reason");
		if (error != null && error.get("caused_by") instanceof Map<?, ?> cause) {
			String causeReason = text((Map<String, Object>) cause, "reason");
			if (causeReason != null) {
				reason = ((reason != null) ? reason + " (caused by: " : "(caused by: ") + causeReason + ")";
			}
		}
		return reason;
	}

	/**
	 * An item to send again.
	 * @param item the item's place in the batch
	 * @param status its status
	 * @param type its error type
	 * @param reason its error reason
	 */
	record Rejected(int item, int status, String type, String reason) {

	}

}
