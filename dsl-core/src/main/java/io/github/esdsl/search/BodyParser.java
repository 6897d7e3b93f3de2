package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;

/**
 * Python's {@code update_from_dict}: each known part of a raw search body replaces that part
 * (queries parsed into {@link Query} objects), every other key is merged into the extra keys.
 *
 * <p>A part whose raw value the search could not write back as given (an empty list or map,
 * a sort given as one string, highlight fields given as a list, …) clears that part and is
 * kept verbatim as an extra key, so {@code toMap()} of the result equals the input.
 */
final class BodyParser {

	private BodyParser() {
	}

	static SearchBody update(SearchBody start, Map<String, ?> raw) {
		if (raw == null) {
			throw new InvalidDslException("A search body must be a map like {\"query\": {...}}, not null");
		}
		if (raw.containsKey("aggs") && raw.containsKey("aggregations")) {
			throw new InvalidDslException("A search body may have 'aggs' or 'aggregations' but not both");
		}
		SearchBody body = start;
		Map<String, Object> rest = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : raw.entrySet()) {
			Object key = entry.getKey();
			if (!(key instanceof String name)) {
				throw new InvalidDslException("Keys of a search body must be strings but got " + Frozen.describe(key));
			}
			try {
				body = part(body, name, entry.getValue(), rest);
			}
			catch (InvalidDslException ex) {
				throw ex.within(name);
			}
		}
		SearchBody parsed;
		try {
			parsed = body.withExtra(Frozen.putAll(body.extra(), rest));
		}
		catch (InvalidDslException ex) {
			throw ex.within("extra");
		}
		int depth = depth(parsed);
		if (depth > DslObject.MAX_DEPTH) {
			throw new InvalidDslException("A search body nested deeper than " + DslObject.MAX_DEPTH
					+ " levels (of JSON) is refused: it has " + depth);
		}
		return parsed;
	}

	/**
	 * How many levels of JSON the body writes (at least; an aggregation counts one more level than
	 * it writes), so a body accepted here can be read back from its JSON.
	 */
	private static int depth(SearchBody body) {
		int deepest = Frozen.depth(body.extra());
		deepest = Math.max(deepest, 1 + Frozen.depth(body.query()));
		deepest = Math.max(deepest, 1 + Frozen.depth(body.postFilter()));
		for (Agg agg : body.aggs().values()) {
			deepest = Math.max(deepest, 2 + Frozen.depth(agg));
		}
		for (Object part : new Object[] { body.knn(), body.rank(), body.sort(), body.collapse(), body.source(),
				body.suggest(), body.scriptFields(), body.highlight().options() }) {
			deepest = Math.max(deepest, 1 + Frozen.depth(part));
		}
		deepest = Math.max(deepest, 2 + Frozen.depth(body.highlight().fields()));
		return deepest;
	}

	private static SearchBody part(SearchBody body, String key, Object given, Map<String, Object> rest) {
		// an array is frozen into a list, so it is treated as one here too: parsing toMap() gives the same search
		Object value = (given != null && given.getClass().isArray()) ? Frozen.value(given) : given;
		switch (key) {
			case "query":
				return body.withQuery(query(value)).withoutExtra(key);
			case "post_filter":
				return body.withPostFilter(query(value)).withoutExtra(key);
			case "aggs":
			case "aggregations":
				if (isEmpty(value)) {
					return keepRaw(body.withAggs(Map.of()), key, value, rest);
				}
				return body.withAggs(aggs(value)).withAggsKey(key).withoutExtra("aggs").withoutExtra("aggregations");
			case "knn":
				if (isEmpty(value) || (value instanceof Collection<?> one && one.size() == 1)) {
					// a list of one would be written back as an object
					return keepRaw(body.withKnn(List.of()), key, value, rest);
				}
				return body.withKnn(knn(value)).withoutExtra(key);
			case "rank":
				if (isEmpty(value)) {
					return keepRaw(body.withRank(Frozen.emptyMap()), key, value, rest);
				}
				return body.withRank(map(value, "{\"rrf\": {}}")).withoutExtra(key);
			case "collapse":
				if (isEmpty(value)) {
					return keepRaw(body.withCollapse(Frozen.emptyMap()), key, value, rest);
				}
				return body.withCollapse(map(value, "{\"field\": \"user_id\"}")).withoutExtra(key);
			case "sort":
				if (!(value instanceof Collection<?> keys) || keys.isEmpty()) {
					return keepRaw(body.withSort(List.of()), key, value, rest);
				}
				return body.withSort(list(keys)).withoutExtra(key);
			case "_source":
				if (isEmpty(value) && value instanceof Map<?, ?>) {
					return keepRaw(body.withSource(null), key, value, rest);
				}
				return body.withSource(source(value)).withoutExtra(key);
			case "highlight":
				return highlight(body, value, rest);
			case "suggest":
				if (isEmpty(value)) {
					return keepRaw(body.withSuggest(Frozen.emptyMap()), key, value, rest);
				}
				return body.withSuggest(map(value, "{\"my_suggestion\": {\"text\": \"...\", \"term\": {...}}}"))
					.withoutExtra(key);
			case "script_fields":
				if (isEmpty(value)) {
					return keepRaw(body.withScriptFields(Frozen.emptyMap()), key, value, rest);
				}
				return body.withScriptFields(map(value, "{\"name\": {\"script\": ...}}")).withoutExtra(key);
			default:
				rest.put(key, value);
				return body;
		}
	}

	private static SearchBody highlight(SearchBody body, Object value, Map<String, Object> rest) {
		Map<String, Object> highlight = map(value, "{\"fields\": {\"title\": {}}}");
		Object fields = highlight.get("fields");
		if (fields == null) {
			throw new InvalidDslException("A highlight needs 'fields', like {\"fields\": {\"title\": {}}}, but got the keys "
					+ highlight.keySet());
		}
		if (!(fields instanceof Map<?, ?> fieldMap) || fieldMap.isEmpty()) {
			return keepRaw(body.withHighlight(Highlight.NONE), "highlight", value, rest);
		}
		Map<String, Object> options = new LinkedHashMap<>(highlight);
		options.remove("fields");
		@SuppressWarnings("unchecked")
		Map<String, Object> frozenFields = (Map<String, Object>) fields;
		return body.withHighlight(new Highlight(frozenFields, Frozen.map(options))).withoutExtra("highlight");
	}

	static Query query(Object value) {
		if (!(value instanceof Query) && !(value instanceof Map<?, ?>)) {
			throw new InvalidDslException("Expected a query like {\"match\": {\"title\": \"python\"}} but got "
					+ Frozen.describe(value));
		}
		return Q.from(value);
	}

	private static Map<String, Agg> aggs(Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidDslException("Expected aggregations by name, like {\"per_tag\": {\"terms\": {\"field\": \"tags\"}}}, "
					+ "but got " + Frozen.describe(value));
		}
		Map<String, Agg> out = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!(entry.getKey() instanceof String name)) {
				throw new InvalidDslException("Aggregation names must be strings but got " + Frozen.describe(entry.getKey()));
			}
			try {
				out.put(name, A.from(entry.getValue()));
			}
			catch (InvalidDslException ex) {
				throw ex.within(name);
			}
		}
		return Collections.unmodifiableMap(out);
	}

	static Map<String, Agg> aggsCopy(Map<String, ? extends Agg> aggs) {
		Map<String, Agg> copy = new LinkedHashMap<>();
		if (aggs != null) {
			for (Map.Entry<String, ? extends Agg> entry : aggs.entrySet()) {
				if (entry.getKey() == null || entry.getKey().isEmpty() || entry.getValue() == null) {
					throw new InvalidDslException("Aggregations need a non-empty name and a value but got '"
							+ entry.getKey() + "' = " + entry.getValue());
				}
				copy.put(entry.getKey(), entry.getValue());
			}
		}
		return Collections.unmodifiableMap(copy);
	}

	static List<Object> knn(Object value) {
		if (value instanceof Map<?, ?> map) {
			return Frozen.listOf(Frozen.value(map));
		}
		if (value instanceof Collection<?> items) {
			List<Object> out = new ArrayList<>(items.size());
			int i = 0;
			for (Object item : items) {
				if (!(item instanceof Map<?, ?>)) {
					throw new InvalidDslException("Each kNN search must be a map but [" + i + "] is " + Frozen.describe(item));
				}
				out.add(Frozen.value(item));
				i++;
			}
			return Frozen.listOf(out.toArray());
		}
		throw new InvalidDslException("Expected a kNN search map or a list of them but got " + Frozen.describe(value));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value, String example) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidDslException("Expected a map like " + example + " but got " + Frozen.describe(value));
		}
		return (Map<String, Object>) Frozen.value(map);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Collection<?> items) {
		return (List<Object>) Frozen.value(items);
	}

	private static Object source(Object value) {
		if (value instanceof Boolean || value instanceof String || value instanceof Collection<?>
				|| value instanceof Map<?, ?>) {
			return Frozen.value(value);
		}
		throw new InvalidDslException("_source must be a boolean, a field pattern, a list of them, or a map with "
				+ "includes/excludes, but got " + Frozen.describe(value));
	}

	private static boolean isEmpty(Object value) {
		return (value instanceof Map<?, ?> map && map.isEmpty())
				|| (value instanceof Collection<?> items && items.isEmpty());
	}

	private static SearchBody keepRaw(SearchBody body, String key, Object value, Map<String, Object> rest) {
		rest.put(key, value);
		return body;
	}

}
