package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.json.Json;
import tools.jackson.core.JsonGenerator;

/**
 * Serializes a {@link SearchBody} in the order and with the rules of Python's
 * {@code SearchBase.to_dict()}: query, knn, rank, then (unless only the count body is wanted)
 * post_filter, aggs (or aggregations, when parsed so), sort, collapse, the extra keys, _source, highlight, suggest, script_fields.
 *
 * <p>{@link #write} streams without building maps. When an extra key has the name of a part
 * the search sets itself (only possible through {@code extra(...)}), Python's dict semantics
 * decide which value wins and where it sits; that rare case is written through {@link #toMap}.
 */
final class BodyWriter {

	private static final Set<String> PART_KEYS = Set.of("query", "knn", "rank", "post_filter", "aggs", "aggregations",
			"sort", "collapse", "_source", "highlight", "suggest", "script_fields");

	private BodyWriter() {
	}

	static Map<String, Object> toMap(SearchBody body, boolean countOnly) {
		Map<String, Object> map = new LinkedHashMap<>();
		forEachPart(body, countOnly, (key, value) -> map.put(key, Frozen.plain(value)));
		return map;
	}

	static void write(JsonGenerator generator, SearchBody body, boolean countOnly) {
		if (!countOnly && shadows(body.extra())) {
			Json.write(generator, toMap(body, false));
			return;
		}
		// the order of forEachPart, written straight (no callback per part)
		generator.writeStartObject();
		if (body.query() != null) {
			Json.writeName(generator, "query");
			Frozen.write(generator, body.query());
		}
		if (!body.knn().isEmpty()) {
			Json.writeName(generator, "knn");
			Frozen.write(generator, (body.knn().size() == 1) ? body.knn().get(0) : body.knn());
		}
		if (!body.rank().isEmpty()) {
			Json.writeName(generator, "rank");
			Frozen.write(generator, body.rank());
		}
		if (!countOnly) {
			writeRest(generator, body);
		}
		generator.writeEndObject();
	}

	private static void writeRest(JsonGenerator generator, SearchBody body) {
		if (body.postFilter() != null) {
			Json.writeName(generator, "post_filter");
			Frozen.write(generator, body.postFilter());
		}
		if (!body.aggs().isEmpty()) {
			Json.writeName(generator, body.aggsKey());
			Frozen.write(generator, body.aggs());
		}
		if (!body.sort().isEmpty()) {
			Json.writeName(generator, "sort");
			Frozen.write(generator, body.sort());
		}
		if (!body.collapse().isEmpty()) {
			Json.writeName(generator, "collapse");
			Frozen.write(generator, body.collapse());
		}
		Map<String, Object> extra = body.extra();
		if (!extra.isEmpty()) {
			Frozen.writeEntries(generator, extra);
		}
		if (body.source() != null && !(body.source() instanceof Map<?, ?> map && map.isEmpty())) {
			Json.writeName(generator, "_source");
			Frozen.write(generator, body.source());
		}
		if (body.highlight().isSet()) {
			Json.writeName(generator, "highlight");
			body.highlight().writeJson(generator);
		}
		if (!body.suggest().isEmpty()) {
			Json.writeName(generator, "suggest");
			Frozen.write(generator, body.suggest());
		}
		if (!body.scriptFields().isEmpty()) {
			Json.writeName(generator, "script_fields");
			Frozen.write(generator, body.scriptFields());
		}
	}

	private static boolean shadows(Map<String, Object> extra) {
		if (extra.isEmpty()) {
			return false;
		}
		return Frozen.anyKey(extra, PART_KEYS);
	}

	static void forEachPart(SearchBody body, boolean countOnly, BiConsumer<String, Object> out) {
		if (body.query() != null) {
			out.accept("query", body.query());
		}
		if (!body.knn().isEmpty()) {
			out.accept("knn", (body.knn().size() == 1) ? body.knn().get(0) : body.knn());
		}
		if (!body.rank().isEmpty()) {
			out.accept("rank", body.rank());
		}
		if (countOnly) {
			return;
		}
		if (body.postFilter() != null) {
			out.accept("post_filter", body.postFilter());
		}
		if (!body.aggs().isEmpty()) {
			out.accept(body.aggsKey(), body.aggs());
		}
		if (!body.sort().isEmpty()) {
			out.accept("sort", body.sort());
		}
		if (!body.collapse().isEmpty()) {
			out.accept("collapse", body.collapse());
		}
		body.extra().forEach(out);
		if (body.source() != null && !(body.source() instanceof Map<?, ?> map && map.isEmpty())) {
			out.accept("_source", body.source());
		}
		if (body.highlight().isSet()) {
			out.accept("highlight", body.highlight());
		}
		if (!body.suggest().isEmpty()) {
			out.accept("suggest", body.suggest());
		}
		if (!body.scriptFields().isEmpty()) {
			out.accept("script_fields", body.scriptFields());
		}
	}

}
