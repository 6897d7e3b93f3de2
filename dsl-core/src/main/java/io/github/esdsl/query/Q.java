package io.github.esdsl.query;

import java.util.Map;
import java.util.Set;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;

/**
 * Creates queries, like the Python DSL's {@code Q}: by name ({@code Q.of("match",
 * Map.of("title", "python"))}), from the raw form ({@code Q.fromMap(...)}), or with a typed
 * factory per query type ({@code Q.match("title", "python")}).
 *
 * <p>Typed factories take the required arguments positionally and everything else through a
 * trailing lambda over the query's generated options ({@code Q.match("title", "python", (o) ->
 * o.operator(Operator.AND))}, see {@link MatchOptions} and the other {@code *Options} of this
 * package, generated from the Elasticsearch specification), or as the escape hatch a
 * {@code Map<String, ?> options} with Elasticsearch's parameter names; both give the same JSON.
 * Every factory taking a field name also takes a {@link io.github.esdsl.document.FieldRef}. For
 * queries keyed by a field (match, term, prefix, …) the options go inside the field's object
 * next to the value ({@code {"match": {"title": {"query": "python", "operator": "and"}}}});
 * for the others (terms, geo queries, multi_match, …) they sit beside the required parameters.
 * Field names are given as Elasticsearch spells them, dots included.
 *
 * <p>Parameters that hold queries ({@code must}, {@code filter}, {@code query},
 * {@code positive}, {@code queries}, {@code organic}, span clauses, …) accept {@link Query}
 * objects or raw maps and always hold queries, so {@code and}/{@code or}/{@code not} work on the
 * result. Unknown parameters are passed through unchanged.
 */
public final class Q extends SpecializedQueries {

	private Q() {
	}

	/**
	 * A query by type name, like Python's {@code Q("match", title="python")}.
	 * @param name the query type, e.g. {@code "match"}
	 * @param params its parameters, in order
	 * @return the query
	 * @throws InvalidDslException for an unknown name (the message names the closest known ones)
	 * or malformed parameters
	 */
	public static Query of(String name, Map<String, ?> params) {
		return QueryTypes.create(name, params);
	}

	/**
	 * Parses the raw form, like Python's {@code Q({"match": {"title": "python"}})}: a map with
	 * exactly one key, the query type, whose value is the map of parameters.
	 * @param raw the raw query
	 * @return the query
	 * @throws InvalidDslException if the map is malformed, names an unknown type, or nests more
	 * than {@link io.github.esdsl.dsl.DslObject#MAX_DEPTH} levels
	 */
	@SuppressWarnings("unchecked")
	public static Query fromMap(Map<String, ?> raw) {
		if (raw == null) {
			throw new InvalidDslException("A query must be a map like {\"match\": {\"title\": \"python\"}}, not null");
		}
		if (raw.size() != 1) {
			throw new InvalidDslException("A query map must have exactly one key, the query type, like "
					+ "{\"match\": {...}}, but got " + (raw.isEmpty() ? "an empty map" : "the keys " + raw.keySet()));
		}
		Map.Entry<?, ?> entry = raw.entrySet().iterator().next();
		if (!(entry.getKey() instanceof String name)) {
			throw new InvalidDslException("The query type must be a string but got " + describe(entry.getKey()));
		}
		Object params = entry.getValue();
		if (!(params instanceof Map<?, ?> map)) {
			if (!names().contains(name)) {
				throw io.github.esdsl.dsl.Names.unknown("query", name, names());
			}
			throw new InvalidDslException("The parameters of query '" + name + "' must be a map like {\"" + name
					+ "\": {...}} but got " + describe(params));
		}
		return QueryTypes.create(name, (Map<String, ?>) map);
	}

	/**
	 * Parses a query from JSON text, e.g. {@code {"match": {"title": "python"}}}.
	 * @param json the JSON object
	 * @return the query
	 * @throws IllegalArgumentException if the text is not valid JSON or not a valid query
	 */
	public static Query fromJson(String json) {
		return fromMap(Json.parseMap(json));
	}

	/**
	 * A query given as a {@link Query} (returned as is) or a raw map (parsed with
	 * {@link #fromMap(Map)}), like Python's {@code Q(query_or_dict)}. Suits
	 * {@link io.github.esdsl.dsl.ParamSpec} parsers: {@code .one("query", Q::from)}.
	 * @param queryOrMap the query
	 * @return the query
	 * @throws InvalidDslException for anything else
	 */
	@SuppressWarnings("unchecked")
	public static Query from(Object queryOrMap) {
		if (queryOrMap instanceof Query query) {
			return query;
		}
		if (queryOrMap instanceof Map<?, ?> map) {
			return fromMap((Map<String, ?>) map);
		}
		throw new InvalidDslException("Expected a query (a Query or a map like {\"match\": {...}}) but got "
				+ describe(queryOrMap));
	}

	/**
	 * The names of all known query types.
	 * @return the names, sorted
	 */
	public static Set<String> names() {
		return QueryTypes.names();
	}

	private static String describe(Object value) {
		return io.github.esdsl.dsl.Frozen.describe(value);
	}

}
