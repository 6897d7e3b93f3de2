package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * A JSON object kept as a range of a response's bytes, parsed only when asked for: what lets a
 * response read its hits in one streaming pass and still give the raw body, aggregations,
 * suggestions or one hit as maps later.
 *
 * @param bytes the whole buffer (shared, never modified)
 * @param offset where the object starts
 * @param length its length in bytes
 */
record RawJson(byte[] bytes, int offset, int length) {

	static final RawJson EMPTY_OBJECT = new RawJson(new byte[] { '{', '}' }, 0, 2);

	static RawJson of(byte[] bytes) {
		return new RawJson(bytes, 0, bytes.length);
	}

	/**
	 * Captures the value the parser is on (an object, array or scalar) and moves past it.
	 * @param parser a parser over {@code source} whose current token starts the value
	 * @param source the range the parser reads (its offsets are relative to it)
	 * @return the range
	 */
	static RawJson capture(JsonParser parser, RawJson source) {
		int start = (int) parser.currentTokenLocation().getByteOffset();
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
			parser.skipChildren();
		}
		int end = (int) parser.currentLocation().getByteOffset();
		return source.slice(start, end);
	}

	/**
	 * A range of this one, from parser offsets (relative to this range's start).
	 */
	RawJson slice(int start, int end) {
		return new RawJson(this.bytes, this.offset + start, end - start);
	}

	JsonParser parser() {
		return Json.factory().createParser(ObjectReadContext.empty(), this.bytes, this.offset, this.length);
	}

	/**
	 * Parses the range as an object.
	 * @return a new map owned by the caller
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> toMap() {
		try (JsonParser parser = parser()) {
			JsonToken token = parser.nextToken();
			if (token != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("Expected a JSON object in the response but got " + token);
			}
			return (Map<String, Object>) Json.readValue(parser);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid JSON in the response: " + ex.getOriginalMessage(), ex);
		}
	}

	static Map<String, Object> emptyMap() {
		return new LinkedHashMap<>();
	}

}
