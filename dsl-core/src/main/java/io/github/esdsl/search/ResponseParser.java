package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads search responses (and the items of {@code _msearch}) in one streaming pass.
 */
final class ResponseParser {

	private ResponseParser() {
	}

	static <T> Response<T> parse(byte[] body, Class<T> type) {
		RawJson raw = RawJson.of(body);
		try (JsonParser parser = raw.parser()) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("A search response must be a JSON object but got "
						+ abbreviate(body));
			}
			return parseObject(parser, raw, type, null);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid search response JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Reads one response object; the parser is on its {@code START_OBJECT}. An object with an
	 * {@code error} (an {@code _msearch} item) gives a response carrying the failure, made with
	 * {@code path} as the request path.
	 */
	@SuppressWarnings("unchecked")
	static <T> Response<T> parseObject(JsonParser parser, RawJson source, Class<T> type, String path) {
		int start = (int) parser.currentTokenLocation().getByteOffset();
		Parts<T> parts = new Parts<>();
		Map<String, Object> error = null;
		int status = 200;
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (name) {
				case "took" -> parts.took = parser.getLongValue();
				case "timed_out" -> parts.timedOut = parser.getBooleanValue();
				case "_shards" -> parseShards(parser, parts);
				case "hits" -> parts.hits = HitParser.parseHits(parser, source, type);
				case "aggregations" -> parts.aggregations = RawJson.capture(parser, source);
				case "suggest" -> parts.suggest = RawJson.capture(parser, source);
				case "_scroll_id" -> parts.scrollId = parser.getString();
				case "pit_id" -> parts.pitId = parser.getString();
				case "error" -> error = Map.of("error", Json.readValue(parser));
				case "status" -> status = parser.getIntValue();
				default -> parser.skipChildren();
			}
		}
		int end = (int) parser.currentLocation().getByteOffset();
		if (error != null) {
			parts.failure = ElasticsearchException.of(status, error, "POST", path);
		}
		return new Response<>(parts, source.slice(start, end), type);
	}

	/**
	 * Reads an {@code _msearch} response: one response per search, in order, each bound to its
	 * search's document type.
	 */
	static List<Response<?>> parseMulti(byte[] body, List<Search<?>> searches, String path) {
		List<Response<?>> responses = new ArrayList<>(searches.size());
		RawJson source = RawJson.of(body);
		try (JsonParser parser = source.parser()) {
			HitParser.expect(advance(parser), JsonToken.START_OBJECT, "_msearch");
			String name;
			while ((name = parser.nextName()) != null) {
				parser.nextToken();
				if (!name.equals("responses")) {
					parser.skipChildren();
					continue;
				}
				HitParser.expect(parser, JsonToken.START_ARRAY, "responses");
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					int index = responses.size();
					if (index >= searches.size()) {
						throw new IllegalArgumentException("The _msearch response has more responses than the "
								+ searches.size() + " searches sent");
					}
					responses.add(withSearch(parseObject(parser, source, searches.get(index).documentType(), path),
							searches.get(index)));
				}
			}
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid _msearch response JSON: " + ex.getOriginalMessage(), ex);
		}
		if (responses.size() != searches.size()) {
			throw new IllegalArgumentException("The _msearch response has " + responses.size() + " responses for "
					+ searches.size() + " searches");
		}
		return Collections.unmodifiableList(responses);
	}

	@SuppressWarnings("unchecked")
	private static void parseShards(JsonParser parser, Parts<?> parts) {
		String name;
		while ((name = parser.nextName()) != null) {
			parser.nextToken();
			switch (name) {
				case "failed" -> parts.failedShards = parser.getIntValue();
				case "failures" -> {
					List<Map<String, Object>> failures = new ArrayList<>();
					for (Object failure : (List<Object>) Json.readValue(parser)) {
						failures.add((Map<String, Object>) failure);
					}
					parts.shardFailures = Collections.unmodifiableList(failures);
				}
				default -> parser.skipChildren();
			}
		}
	}

	private static JsonParser advance(JsonParser parser) {
		parser.nextToken();
		return parser;
	}

	private static String abbreviate(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8);
		return (body.length > 200) ? text + "..." : text;
	}

	/**
	 * The parts of a response while it is read.
	 */
	static final class Parts<T> {

		long took;

		boolean timedOut;

		int failedShards;

		List<Map<String, Object>> shardFailures;

		HitParser.Hits<T> hits;

		RawJson aggregations;

		RawJson suggest;

		String scrollId;

		String pitId;

		ElasticsearchException failure;

	}

	/** The response knowing the search that gave it, for {@link Response#searchAfter()}. */
	@SuppressWarnings("unchecked")
	private static <T> Response<?> withSearch(Response<T> response, Search<?> search) {
		response.search = (Search<T>) search;
		return response;
	}

}
