package io.github.esdsl.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.github.esdsl.dsl.Names;
import io.github.esdsl.dsl.ParamSpec;

/**
 * The registry of the 61 query types of the Python DSL: for each name, which parameters hold
 * queries (or score functions) and how the query is created.
 */
final class QueryTypes {

	private static final Map<String, Function<Map<String, ?>, Query>> TYPES;

	static {
		Map<String, Function<Map<String, ?>, Query>> types = new TreeMap<>();
		types.put("bool", Bool::new);
		types.put("match_all", MatchAll::new);
		types.put("match_none", MatchNone::new);
		types.put("function_score", FunctionScores::create);
		typed(types, "boosting", ParamSpec.builder().one("positive", Q::from).one("negative", Q::from));
		typed(types, "constant_score", ParamSpec.builder().one("filter", Q::from));
		typed(types, "dis_max", ParamSpec.builder().list("queries", Q::from));
		typed(types, "knn", ParamSpec.builder().list("filter", Q::from));
		for (String name : new String[] { "has_child", "has_parent", "nested", "script_score", "span_field_masking" }) {
			typed(types, name, ParamSpec.builder().one("query", Q::from));
		}
		for (String name : new String[] { "pinned", "rule" }) {
			typed(types, name, ParamSpec.builder().one("organic", Q::from));
		}
		for (String name : new String[] { "span_first", "span_multi" }) {
			typed(types, name, ParamSpec.builder().one("match", Q::from));
		}
		for (String name : new String[] { "span_containing", "span_within" }) {
			typed(types, name, ParamSpec.builder().one("little", Q::from).one("big", Q::from));
		}
		for (String name : new String[] { "span_near", "span_or" }) {
			typed(types, name, ParamSpec.builder().list("clauses", Q::from));
		}
		typed(types, "span_not", ParamSpec.builder().one("include", Q::from).one("exclude", Q::from));
		for (String name : new String[] { "combined_fields", "common", "distance_feature", "exists", "fuzzy",
				"geo_bounding_box", "geo_distance", "geo_grid", "geo_polygon", "geo_shape", "ids", "intervals",
				"match", "match_bool_prefix", "match_phrase", "match_phrase_prefix", "more_like_this",
				"multi_match", "parent_id", "percolate", "prefix", "query_string", "range", "rank_feature",
				"regexp", "script", "semantic", "shape", "simple_query_string", "span_term", "sparse_vector",
				"term", "terms", "terms_set", "text_expansion", "type", "weighted_tokens", "wildcard",
				"wrapper" }) {
			typed(types, name, ParamSpec.builder());
		}
		TYPES = Collections.unmodifiableMap(new LinkedHashMap<>(types));
	}

	private QueryTypes() {
	}

	private static void typed(Map<String, Function<Map<String, ?>, Query>> types, String name,
			ParamSpec.Builder spec) {
		ParamSpec built = spec.build();
		types.put(name, (params) -> new GenericQuery(name, params, built));
	}

	/**
	 * A query of a type whose parameters hold no queries, created straight (no lookup by name):
	 * for the typed factories, which know their type.
	 */
	static Query leaf(String name, Map<String, ?> params) {
		return new GenericQuery(name, params, ParamSpec.none());
	}

	static Query create(String name, Map<String, ?> params) {
		Function<Map<String, ?>, Query> factory = (name != null) ? TYPES.get(name) : null;
		if (factory == null) {
			throw Names.unknown("query", name, TYPES.keySet());
		}
		return factory.apply(params);
	}

	static Set<String> names() {
		return TYPES.keySet();
	}

}
