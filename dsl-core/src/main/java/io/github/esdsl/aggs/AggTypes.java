package io.github.esdsl.aggs;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.github.esdsl.dsl.Names;
import io.github.esdsl.dsl.ParamSpec;
import io.github.esdsl.query.Q;

/**
 * The registry of the aggregation types of the Python DSL: for each name its kind, which
 * parameters hold queries or aggregations, and how the aggregation is created.
 */
final class AggTypes {

	private static final ParamSpec BUCKET = ParamSpec.builder().map(Agg.AGGS, A::from).build();

	/** {@code filters} given as an anonymous list of queries. */
	private static final ParamSpec FILTERS_LIST = ParamSpec.builder()
		.list("filters", Q::from)
		.map(Agg.AGGS, A::from)
		.build();

	private static final Map<String, Function<Map<String, ?>, Agg>> TYPES;

	private static final Map<String, Agg.Kind> KINDS;

	/** The specs of the types added with {@link #add}, for {@link #single}. */
	private static final Map<String, ParamSpec> SPECS = new java.util.HashMap<>();

	static {
		Map<String, Function<Map<String, ?>, Agg>> types = new TreeMap<>();
		Map<String, Agg.Kind> kinds = new TreeMap<>();
		for (String name : new String[] { "auto_date_histogram", "bucket_sort", "categorize_text", "children",
				"date_histogram", "date_range", "diversified_sampler", "geo_distance", "geohash_grid", "geohex_grid",
				"geotile_grid", "global", "histogram", "ip_prefix", "ip_range", "missing", "multi_terms", "nested",
				"parent", "random_sampler", "range", "rare_terms", "reverse_nested", "sampler", "terms",
				"time_series", "variable_width_histogram" }) {
			add(types, kinds, name, Agg.Kind.BUCKET, BUCKET);
		}
		add(types, kinds, "adjacency_matrix", Agg.Kind.BUCKET,
				ParamSpec.builder().map("filters", Q::from).map(Agg.AGGS, A::from).build());
		add(types, kinds, "composite", Agg.Kind.BUCKET,
				ParamSpec.builder().listOfMaps("sources", A::from).map(Agg.AGGS, A::from).build());
		for (String name : new String[] { "significant_terms", "significant_text" }) {
			add(types, kinds, name, Agg.Kind.BUCKET,
					ParamSpec.builder().one("background_filter", Q::from).map(Agg.AGGS, A::from).build());
		}
		ParamSpec filtersMap = ParamSpec.builder().map("filters", Q::from).map(Agg.AGGS, A::from).build();
		types.put("filters", (params) -> new GenericAgg("filters", Agg.Kind.BUCKET, params,
				(params != null && params.get("filters") instanceof Collection<?>) ? FILTERS_LIST : filtersMap));
		kinds.put("filters", Agg.Kind.BUCKET);
		types.put(FilterAgg.TYPE, FilterAgg::new);
		kinds.put(FilterAgg.TYPE, Agg.Kind.BUCKET);
		for (String name : new String[] { "avg", "boxplot", "cardinality", "cartesian_bounds", "cartesian_centroid",
				"extended_stats", "geo_bounds",
				"geo_centroid", "geo_line", "line", "matrix_stats", "max", "median_absolute_deviation", "min",
				"percentile_ranks", "percentiles", "rate", "scripted_metric", "stats", "string_stats", "sum",
				"t_test", "top_hits", "top_metrics", "value_count", "weighted_avg" }) {
			add(types, kinds, name, Agg.Kind.METRIC, ParamSpec.none());
		}
		add(types, kinds, "frequent_item_sets", Agg.Kind.METRIC, ParamSpec.builder().one("filter", Q::from).build());
		for (String name : new String[] { "avg_bucket", "bucket_count_ks_test", "bucket_correlation", "change_point",
				"bucket_script", "bucket_selector", "cumulative_cardinality", "cumulative_sum", "derivative",
				"extended_stats_bucket", "inference", "max_bucket", "min_bucket", "moving_avg", "moving_fn",
				"moving_percentiles", "normalize", "percentiles_bucket", "serial_diff", "stats_bucket",
				"sum_bucket" }) {
			add(types, kinds, name, Agg.Kind.PIPELINE, ParamSpec.none());
		}
		// hashed for lookup, iterated in the sorted order
		TYPES = Collections.unmodifiableMap(new LinkedHashMap<>(types));
		KINDS = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
	}

	private AggTypes() {
	}

	private static void add(Map<String, Function<Map<String, ?>, Agg>> types, Map<String, Agg.Kind> kinds,
			String name, Agg.Kind kind, ParamSpec spec) {
		types.put(name, (params) -> new GenericAgg(name, kind, params, spec));
		kinds.put(name, kind);
		SPECS.put(name, spec);
	}

	static Agg create(String name, Map<String, ?> params) {
		Function<Map<String, ?>, Agg> factory = (name != null) ? TYPES.get(name) : null;
		if (factory == null) {
			throw Names.unknown("aggregation", name, TYPES.keySet());
		}
		return factory.apply(params);
	}

	/**
	 * An aggregation of one parameter, such as {@code {"terms": {"field": "tags"}}}.
	 */
	static Agg single(String name, String key, Object value) {
		ParamSpec spec = SPECS.get(name);
		if (spec == null || spec.shape(key) != null) {
			return create(name, io.github.esdsl.dsl.ParamMaps.of(name, null, key, value));
		}
		return new GenericAgg(name, KINDS.get(name), key, value, spec);
	}

	/**
	 * An aggregation of two string parameters, such as
	 * {@code {"date_histogram": {"field": "published", "calendar_interval": "month"}}}: the second
	 * appended to a value of the first, without a parameter map. A null value or a typed
	 * parameter goes through the map, which names what is wrong.
	 */
	static Agg pair(String name, String key1, String value1, String key2, String value2) {
		ParamSpec spec = SPECS.get(name);
		if (spec == null || value1 == null || value2 == null || spec.shape(key1) != null || spec.shape(key2) != null) {
			return create(name, io.github.esdsl.dsl.ParamMaps.of(name, null, key1, value1, key2, value2));
		}
		return new GenericAgg(name, KINDS.get(name), key1, value1, spec).withParam(key2, value2);
	}

	static Set<String> names() {
		return TYPES.keySet();
	}

	static Agg.Kind kind(String name) {
		return KINDS.get(name);
	}

}
