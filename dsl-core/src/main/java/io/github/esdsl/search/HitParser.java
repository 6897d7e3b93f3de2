package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.Documents;
import io.github.esdsl.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streams the {@code hits} part of a search response (and of inner hits and top hits): each
 * {@code _source} is bound directly to the document class with the shared document mapper, or
 * read as a map, without an intermediate tree.
 */
final class HitParser {

	private HitParser() {
	}

	/**
	 * The {@code hits} object: total, max score and hits.
	 */
	record Hits<T>(Total total, Double maxScore, List<Hit<T>> hits) {

		static <T> Hits<T> empty() {
			return new Hits<>(null, null, List.of());
		}

	}

	/**
	 * Reads a {@code hits} object; the parser is on its {@code START_OBJECT} and is left on the
	 * matching {@code END_OBJECT}.
	 */
	static <T> Hits<T> parseHits(JsonParser parser, RawJson source, Class<T> type) {
		expect(parser, JsonToken.START_OBJECT, "hits");
		Total total = null;
		Double maxScore = null;
		List<Hit<T>> hits = List.of();
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken token = parser.nextToken();
			switch (name) {
				case "total" -> total = parseTotal(parser, token);
				case "max_score" -> maxScore = (token == JsonToken.VALUE_NULL) ? null : parser.getDoubleValue();
				case "hits" -> hits = parseHitList(parser, source, type);
				default -> parser.skipChildren();
			}
		}
		return new Hits<>(total, maxScore, hits);
	}

	private static Total parseTotal(JsonParser parser, JsonToken token) {
		if (token == JsonToken.VALUE_NUMBER_INT) {
			return new Total(parser.getLongValue(), "eq");
		}
		if (token != JsonToken.START_OBJECT) {
			parser.skipChildren();
			return null;
		}
		long value = 0;
		String relation = "eq";
		String name;
		while ((name = parser.nextName()) != null) {
			parser.nextToken();
			switch (name) {
				case "value" -> value = parser.getLongValue();
				case "relation" -> relation = parser.getString();
				default -> parser.skipChildren();
			}
		}
		return new Total(value, relation);
	}

	private static <T> List<Hit<T>> parseHitList(JsonParser parser, RawJson source, Class<T> type) {
		expect(parser, JsonToken.START_ARRAY, "hits.hits");
		List<Hit<T>> hits = new ArrayList<>();
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			hits.add(parseHit(parser, source, type));
		}
		return Collections.unmodifiableList(hits);
	}

	@SuppressWarnings("unchecked")
	private static <T> Hit<T> parseHit(JsonParser parser, RawJson source, Class<T> type) {
		int start = (int) parser.currentTokenLocation().getByteOffset();
		Builder<T> hit = new Builder<>();
		String name;
		while ((name = parser.nextName()) != null) {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.VALUE_NULL) {
				continue;
			}
			switch (name) {
				case "_index" -> hit.index = parser.getString();
				case "_id" -> hit.id = parser.getString();
				case "_score" -> hit.score = parser.getDoubleValue();
				case "_version" -> hit.version = parser.getLongValue();
				case "_seq_no" -> hit.seqNo = parser.getLongValue();
				case "_primary_term" -> hit.primaryTerm = parser.getLongValue();
				case "_routing" -> hit.routing = parser.getString();
				case "_source" -> {
					hit.source = readSource(parser, type, hit.id);
					hit.idBeforeSource = hit.id != null;
				}
				case "highlight" -> hit.highlight = (Map<String, List<String>>) readFrozen(parser);
				case "sort" -> hit.sort = (List<Object>) readFrozen(parser);
				case "matched_queries" -> hit.matchedQueries = matchedQueries(Json.readValue(parser));
				case "_explanation" -> hit.explanation = (Map<String, Object>) readFrozen(parser);
				case "fields" -> hit.fields = (Map<String, Object>) readFrozen(parser);
				case "inner_hits" -> hit.innerHits = RawJson.capture(parser, source);
				default -> parser.skipChildren();
			}
		}
		if (hit.source != null && hit.id != null && !hit.idBeforeSource && type != Map.class && type != Object.class) {
			// an _id after _source: the source was read without it
			Documents.fillId(hit.source, type, hit.id);
		}
		int end = (int) parser.currentLocation().getByteOffset();
		return new Hit<>(hit, source.slice(start, end));
	}

	@SuppressWarnings("unchecked")
	private static <T> T readSource(JsonParser parser, Class<T> type, String id) {
		if (type == Map.class || type == Object.class) {
			return (T) Json.readValue(parser);
		}
		return Documents.read(parser, type, id);
	}

	private static Object readFrozen(JsonParser parser) {
		return unmodifiable(Json.readValue(parser));
	}

	/**
	 * Freezes a tree just read (its maps and lists are new and not shared): nested values are
	 * wrapped in place, without copying.
	 */
	@SuppressWarnings("unchecked")
	private static Object unmodifiable(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> tree = (Map<String, Object>) map;
			tree.replaceAll((k, v) -> unmodifiable(v));
			return Collections.unmodifiableMap(tree);
		}
		if (value instanceof List<?> list) {
			List<Object> tree = (List<Object>) list;
			tree.replaceAll(HitParser::unmodifiable);
			return Collections.unmodifiableList(tree);
		}
		return value;
	}

	/**
	 * {@code matched_queries} is a list of names, or (with {@code include_named_queries_score})
	 * an object of name to score.
	 */
	private static List<String> matchedQueries(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.keySet().stream().map(String::valueOf).toList();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	/**
	 * Reads the inner hits of a name from the hit's captured {@code inner_hits} object.
	 */
	static <R> Hits<R> innerHits(Hit<?> hit, String name, Class<R> type) {
		if (hit.innerHits == null) {
			throw new IllegalArgumentException("Hit " + hit.id + " has no inner hits; ask for them with inner_hits "
					+ "in a nested or has_child query or in collapse");
		}
		RawJson raw = hit.innerHits;
		try (JsonParser parser = raw.parser()) {
			parser.nextToken();
			String key;
			List<String> names = new ArrayList<>();
			while ((key = parser.nextName()) != null) {
				parser.nextToken();
				if (!key.equals(name)) {
					names.add(key);
					parser.skipChildren();
					continue;
				}
				Hits<R> hits = Hits.empty();
				String part;
				while ((part = parser.nextName()) != null) {
					parser.nextToken();
					if (part.equals("hits")) {
						hits = parseHits(parser, raw, type);
					}
					else {
						parser.skipChildren();
					}
				}
				return hits;
			}
			throw new IllegalArgumentException("Hit " + hit.id + " has no inner hits named '" + name
					+ "'; its inner hits are " + names);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid inner_hits JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Reads a {@code hits} object given as a map (as in a {@code top_hits} aggregation).
	 */
	static <R> Hits<R> fromMap(Map<String, ?> hits, Class<R> type) {
		RawJson source = RawJson.of(Json.toBytes(hits));
		try (JsonParser parser = source.parser()) {
			parser.nextToken();
			return parseHits(parser, source, type);
		}
	}

	static void expect(JsonParser parser, JsonToken expected, String where) {
		if (parser.currentToken() != expected) {
			throw new IllegalArgumentException("Expected " + expected + " for '" + where + "' in the response but got "
					+ parser.currentToken() + " at " + parser.currentTokenLocation().offsetDescription());
		}
	}

	/**
	 * The parts of a hit while it is read.
	 */
	static final class Builder<T> {

		String index;

		String id;

		Double score;

		Long version;

		Long seqNo;

		Long primaryTerm;

		String routing;

		T source;

		Map<String, List<String>> highlight;

		List<Object> sort;

		List<String> matchedQueries;

		Map<String, Object> explanation;

		Map<String, Object> fields;

		RawJson innerHits;

		/** Whether the source was read knowing the {@code _id} (else the id is filled in after). */
		boolean idBeforeSource;

	}

}
