package io.github.esdsl.persistence;

import java.util.Map;

import io.github.esdsl.document.Documents;
import io.github.esdsl.json.Json;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads one hit object ({@code _index}, {@code _id}, {@code _version}, {@code _seq_no},
 * {@code _primary_term}, {@code _routing}, {@code _score}, {@code found}, {@code error},
 * {@code _source}, and the {@code get._source} of an update response) in one streaming pass, binding {@code _source} straight into the document
 * class.
 */
final class HitReader {

	private HitReader() {
	}

	/** One parsed hit of a get, mget or search response. */
	record Parsed<T>(T document, DocumentMeta meta, boolean found, Map<String, Object> error, String result) {

		DocumentHit<T> hit() {
			return new DocumentHit<>(this.document, this.meta);
		}

	}

	/**
	 * Reads the object the parser is on ({@code START_OBJECT}), leaving it on its {@code END_OBJECT}.
	 */
	static <T> Parsed<T> read(JsonParser parser, Class<T> type) {
		return read(parser, type, null);
	}

	/**
	 * Reads a hit whose {@code _id} may be given outside it (the {@code get} of an update response).
	 */
	@SuppressWarnings("unchecked")
	private static <T> Parsed<T> read(JsonParser parser, Class<T> type, String outerId) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new IllegalArgumentException("Expected a hit object, got " + parser.currentToken());
		}
		String index = null;
		String id = outerId;
		String routing = null;
		Long version = null;
		Long seqNo = null;
		Long primaryTerm = null;
		Double score = null;
		Boolean found = null;
		Map<String, Object> error = null;
		T document = null;
		String result = null;
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken token = parser.nextToken();
			switch (name) {
				case "_index" -> index = parser.getValueAsString();
				case "_id" -> id = parser.getValueAsString();
				case "_routing" -> routing = parser.getValueAsString();
				case "_version" -> version = longValue(parser, token);
				case "_seq_no" -> seqNo = longValue(parser, token);
				case "_primary_term" -> primaryTerm = longValue(parser, token);
				case "_score" -> score = (token == JsonToken.VALUE_NULL) ? null : parser.getDoubleValue();
				case "result" -> result = parser.getValueAsString();
				case "found" -> found = parser.getBooleanValue();
				case "error" -> error = (token == JsonToken.START_OBJECT) ? (Map<String, Object>) Json.readValue(parser)
						: Map.of("reason", String.valueOf(Json.readValue(parser)));
				case "_source" -> document = Documents.read(parser, type, id);
				case "get" -> document = (token == JsonToken.START_OBJECT) ? read(parser, type, id).document() : null;
				default -> parser.skipChildren();
			}
		}
		if (document != null && id != null) {
			Documents.fillId(document, type, id);
		}
		boolean present = (found != null) ? found : (error == null);
		return new Parsed<>(document, new DocumentMeta(index, id, routing, version, seqNo, primaryTerm, score),
				present && document != null, error, result);
	}

	private static Long longValue(JsonParser parser, JsonToken token) {
		return (token == JsonToken.VALUE_NULL) ? null : parser.getLongValue();
	}


}
