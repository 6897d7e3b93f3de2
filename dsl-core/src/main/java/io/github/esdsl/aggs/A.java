package io.github.esdsl.aggs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.dsl.Names;
import io.github.esdsl.json.Json;

/**
 * Creates aggregations, like the Python DSL's {@code A}: by type ({@code A.of("terms",
 * Map.of("field", "tags"))}), from the raw form ({@code A.fromMap(...)}), or with a typed factory
 * per aggregation type ({@code A.terms("tags")}, {@code A.sum("clicks")},
 * {@code A.bucketScript(...)}).
 *
 * <p>Typed factories take the required arguments positionally and everything else through a
 * trailing lambda over the aggregation's generated options ({@code A.terms("tags", (t) ->
 * t.size(10).minDocCount(2))}, see {@link TermsAggOptions} and the other {@code *AggOptions} of
 * this package, generated from the Elasticsearch specification), or as the escape hatch a
 * {@code Map<String, ?> options} with Elasticsearch's parameter names; both give the same JSON,
 * the options sitting beside the required parameters ({@code A.terms("tags", Map.of("size", 20))} is
 * {@code {"terms": {"field": "tags", "size": 20}}}). Options may also carry {@code aggs} (a map of
 * names to aggregations) and {@code meta}.
 *
 * <p>Parameters that hold queries ({@code filter}, {@code filters}, {@code background_filter})
 * accept {@link io.github.esdsl.query.Query} objects or raw maps and always hold queries;
 * {@code aggs} and composite {@code sources} likewise always hold aggregations. Unknown
 * parameters are passed through unchanged; unknown aggregation types are refused.
 */
public final class A extends PipelineAggs {

	private A() {
	}

	/**
	 * An aggregation by type name, like Python's {@code A("terms", field="tags")}.
	 * @param type the aggregation type, e.g. {@code "terms"}
	 * @param params its parameters, in order; may include {@code aggs} and {@code meta}
	 * @return the aggregation
	 * @throws InvalidDslException for an unknown type (the message names the closest known ones)
	 * or malformed parameters
	 */
	public static Agg of(String type, Map<String, ?> params) {
		return AggTypes.create(type, params);
	}

	/**
	 * Parses the raw form, like Python's {@code A({"terms": {...}, "aggs": {...}})}: a map with
	 * the type as its only key besides {@code aggs} (or {@code aggregations}) and {@code meta}.
	 * @param raw the raw aggregation
	 * @return the aggregation
	 * @throws InvalidDslException if the map is malformed or names an unknown type
	 */
	@SuppressWarnings("unchecked")
	public static Agg fromMap(Map<String, ?> raw) {
		if (raw == null) {
			throw new InvalidDslException("An aggregation must be a map like {\"terms\": {\"field\": \"tags\"}}, not null");
		}
		Object aggs = null;
		String aggsKey = null;
		Object meta = null;
		boolean hasMeta = false;
		String type = null;
		Object body = null;
		for (Map.Entry<?, ?> entry : raw.entrySet()) {
			if (!(entry.getKey() instanceof String key)) {
				throw new InvalidDslException("The keys of an aggregation must be strings but got " + describe(entry.getKey()));
			}
			if (Agg.AGGS.equals(key) || "aggregations".equals(key)) {
				if (aggsKey != null) {
					throw new InvalidDslException("An aggregation may give its sub-aggregations under 'aggs' or "
							+ "'aggregations', not both");
				}
				aggsKey = key;
				aggs = entry.getValue();
			}
			else if (Agg.META.equals(key)) {
				meta = entry.getValue();
				hasMeta = true;
			}
			else if (type != null) {
				throw new InvalidDslException("An aggregation map must have exactly one type key besides 'aggs' and "
						+ "'meta', like {\"terms\": {...}}, but got " + type + " and " + key);
			}
			else {
				type = key;
				body = entry.getValue();
			}
		}
		if (type == null) {
			throw new InvalidDslException("An aggregation map needs a type key, like {\"terms\": {\"field\": \"tags\"}}, "
					+ "but got " + (raw.isEmpty() ? "an empty map" : "only the keys " + raw.keySet()));
		}
		if (!(body instanceof Map<?, ?> map)) {
			if (!AggTypes.names().contains(type)) {
				throw Names.unknown("aggregation", type, AggTypes.names());
			}
			throw new InvalidDslException("The parameters of aggregation '" + type + "' must be a map like {\"" + type
					+ "\": {...}} but got " + describe(body));
		}
		if (aggsKey == null && !hasMeta) {
			return AggTypes.create(type, (Map<String, ?>) map);
		}
		Map<String, Object> params = new LinkedHashMap<>((Map<String, ?>) map);
		if (aggsKey != null) {
			if (params.containsKey(Agg.AGGS)) {
				throw new InvalidDslException("Aggregation '" + type + "' gives sub-aggregations both beside and inside "
						+ "its type key: give them once, beside it");
			}
			params.put(Agg.AGGS, renamedAggs(aggs, aggsKey));
		}
		if (hasMeta) {
			if (params.containsKey(Agg.META)) {
				throw new InvalidDslException("Aggregation '" + type + "' gives meta both beside and inside its type "
						+ "key: give it once, beside it");
			}
			params.put(Agg.META, meta);
		}
		return AggTypes.create(type, params);
	}

	private static Object renamedAggs(Object aggs, String key) {
		if (!(aggs instanceof Map)) {
			throw new InvalidDslException("'" + key + "' must be a map of names to aggregations but got " + describe(aggs));
		}
		return aggs;
	}

	/**
	 * Parses an aggregation from JSON text, e.g. {@code {"terms": {"field": "tags"}}}.
	 * @param json the JSON object
	 * @return the aggregation
	 * @throws IllegalArgumentException if the text is not valid JSON or not a valid aggregation
	 */
	public static Agg fromJson(String json) {
		return fromMap(Json.parseMap(json));
	}

	/**
	 * An aggregation given as an {@link Agg} (returned as is) or a raw map (parsed with
	 * {@link #fromMap(Map)}), like Python's {@code A(agg_or_dict)}. Suits
	 * {@link io.github.esdsl.dsl.ParamSpec} parsers: {@code .map("aggs", A::from)}.
	 * @param aggOrMap the aggregation
	 * @return the aggregation
	 * @throws InvalidDslException for anything else
	 */
	@SuppressWarnings("unchecked")
	public static Agg from(Object aggOrMap) {
		if (aggOrMap instanceof Agg agg) {
			return agg;
		}
		if (aggOrMap instanceof Map<?, ?> map) {
			return fromMap((Map<String, ?>) map);
		}
		throw new InvalidDslException("Expected an aggregation (an Agg or a map like {\"terms\": {...}}) but got "
				+ describe(aggOrMap));
	}

	/**
	 * The names of all known aggregation types.
	 * @return the names, sorted
	 */
	public static Set<String> names() {
		return AggTypes.names();
	}

	/**
	 * The kind of a known aggregation type.
	 * @param type the type, e.g. {@code "terms"}
	 * @return its kind
	 * @throws InvalidDslException for an unknown type
	 */
	public static Agg.Kind kindOf(String type) {
		Agg.Kind kind = AggTypes.kind(type);
		if (kind == null) {
			throw Names.unknown("aggregation", type, AggTypes.names());
		}
		return kind;
	}

	private static String describe(Object value) {
		return io.github.esdsl.dsl.Frozen.describe(value);
	}

}
