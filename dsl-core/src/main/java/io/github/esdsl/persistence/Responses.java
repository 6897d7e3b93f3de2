package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.NotFoundException;
import io.github.esdsl.document.Documents;
import io.github.esdsl.search.Hit;
import io.github.esdsl.search.Response;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Streaming readers of document API responses.
 */
final class Responses {

	private Responses() {
	}

	static <T> HitReader.Parsed<T> parse(byte[] body, Class<T> type) {
		try (JsonParser parser = Documents.mapper().createParser(body)) {
			parser.nextToken();
			return HitReader.read(parser, type);
		}
	}

	/** The meta of a write response, with the routing the write was sent with. */
	static DocumentMeta withRouting(DocumentMeta meta, String routing) {
		return new DocumentMeta(meta.index(), meta.id(), routing, meta.version(), meta.seqNo(), meta.primaryTerm(),
				null);
	}

	/** The result of a write response, {@code null} when it does not say (the write happened). */
	static WriteResult result(String result) {
		return (result != null) ? WriteResult.of(result) : null;
	}

	static NotFoundException notFound(String index, List<String> ids) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("type", "not_found");
		error.put("reason", "No document with id " + ids + " in index '" + index + "'");
		error.put("index", index);
		return (NotFoundException) ElasticsearchException.of(404, Map.of("error", error, "status", 404), "GET", "/"
				+ index);
	}

	static <T> List<DocumentHit<T>> mget(byte[] body, Class<T> type, String index, Missing missing,
			boolean raiseOnError) {
		List<DocumentHit<T>> hits = new ArrayList<>();
		List<String> missingIds = new ArrayList<>();
		try (JsonParser parser = Documents.mapper().createParser(body)) {
			parser.nextToken();
			String name;
			while ((name = parser.nextName()) != null) {
				JsonToken token = parser.nextToken();
				if (!"docs".equals(name) || token != JsonToken.START_ARRAY) {
					parser.skipChildren();
					continue;
				}
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					HitReader.Parsed<T> parsed = HitReader.read(parser, type);
					if (parsed.found()) {
						hits.add(parsed.hit());
					}
					else if (parsed.error() != null && !isMissingIndex(parsed.error())) {
						if (raiseOnError) {
							throw ElasticsearchException.of(status(parsed.error()), Map.of("error", parsed.error()),
									"POST", "/" + index + "/_mget");
						}
						if (missing == Missing.NONE) {
							hits.add(null);
						}
					}
					else if (missing == Missing.NONE) {
						hits.add(null);
					}
					else if (missing == Missing.RAISE) {
						missingIds.add(parsed.meta().id());
					}
				}
			}
		}
		if (!missingIds.isEmpty()) {
			throw notFound(index, missingIds);
		}
		return hits;
	}

	/**
	 * Whether a per-document error says the index does not exist: for reads, every document of it
	 * is a missing document.
	 */
	static boolean isMissingIndex(Map<String, Object> error) {
		return "index_not_found_exception".equals(error.get("type"));
	}

	private static int status(Map<String, Object> error) {
		Object type = error.get("type");
		return ("index_not_found_exception".equals(type)) ? 404 : 400;
	}

	/**
	 * The hits of a search response as documents with their meta, read by the search package's
	 * one-pass {@link Response} parser.
	 */
	static <T> List<DocumentHit<T>> searchHits(byte[] body, Class<T> type) {
		List<Hit<T>> hits = Response.parse(body, type).hits();
		List<DocumentHit<T>> documents = new ArrayList<>(hits.size());
		for (Hit<T> hit : hits) {
			if (hit.source() == null) {
				throw new IllegalStateException("Hit '" + hit.id() + "' of index '" + hit.index()
						+ "' has no _source to read a " + type.getName() + " from: search with the _source enabled");
			}
			documents.add(new DocumentHit<>(hit.source(), new DocumentMeta(hit.index(), hit.id(), hit.routing(),
					hit.version(), hit.seqNo(), hit.primaryTerm(), hit.score())));
		}
		return documents;
	}

}
