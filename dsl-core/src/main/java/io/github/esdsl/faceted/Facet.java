package io.github.esdsl.faceted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.query.Query;

/**
 * A facet of a {@link FacetedSearch}, Python's {@code Facet}: it wraps a bucket aggregation,
 * turns the values a user selected into a filter, and reads the aggregation's buckets back as
 * {@link FacetValue}s.
 *
 * <p>Facets are immutable and thread-safe; methods such as {@code metric(...)} return new
 * facets. Subclasses customise a facet the way Python subclasses do, by overriding
 * {@link #valueFilter(Object)}, {@link #filter(List)}, {@link #key(Map)},
 * {@link #isSelected(Object, List)} or {@link #values(Map, List)}.
 *
 * <p>With a {@linkplain #metric() metric}, the aggregation gets a {@code metric}
 * sub-aggregation and (unless {@link MetricSort#DOC_COUNT}) {@code "order": {"metric": "desc"}}
 * or {@code "asc"}, like Python's {@code Facet(metric=..., metric_sort=...)}.
 */
public abstract class Facet {

	/** The name of the metric sub-aggregation, as in Python. */
	public static final String METRIC = "metric";

	private static final Set<String> MULTI_VALUE_METRICS = Set.of("stats", "extended_stats", "percentiles",
			"percentile_ranks", "top_hits", "top_metrics", "geo_bounds", "geo_centroid", "geo_line", "matrix_stats",
			"string_stats", "boxplot", "scripted_metric", "cartesian_bounds", "cartesian_centroid");

	private final String type;

	private final Map<String, Object> params;

	private final Agg metric;

	private final MetricSort metricSort;

	/**
	 * A facet over an aggregation type.
	 * @param type the bucket aggregation type, e.g. {@code "terms"}
	 * @param params its parameters, in order ({@code field} first)
	 * @param metric a single-value metric aggregation, or {@code null} to count documents
	 * @param metricSort how buckets are ordered by the metric ({@code null} for
	 * {@link MetricSort#DESC}); ignored without a metric
	 * @throws IllegalArgumentException if the metric is not a single-value metric aggregation
	 */
	protected Facet(String type, Map<String, ?> params, Agg metric, MetricSort metricSort) {
		this.type = type;
		this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
		this.metric = checkMetric(metric);
		this.metricSort = (metricSort != null) ? metricSort : MetricSort.DESC;
	}

	private static Agg checkMetric(Agg metric) {
		if (metric != null && (metric.kind() != Agg.Kind.METRIC || MULTI_VALUE_METRICS.contains(metric.type()))) {
			throw new IllegalArgumentException("A facet metric must be a single-value metric aggregation such as "
					+ "A.max(\"stars\") or A.avg(\"price\") but got '" + metric.type() + "'");
		}
		return metric;
	}

	/**
	 * The aggregation type, e.g. {@code "terms"}.
	 * @return the type
	 */
	public final String type() {
		return this.type;
	}

	/**
	 * The aggregation's own parameters, without the metric order.
	 * @return the parameters, unmodifiable
	 */
	public final Map<String, Object> params() {
		return this.params;
	}

	/**
	 * The field the facet aggregates, or {@code null} when it has none (nested).
	 * @return the field
	 */
	public String field() {
		Object field = this.params.get("field");
		return (field != null) ? field.toString() : null;
	}

	/**
	 * The metric shown instead of counting documents.
	 * @return the metric aggregation, empty for document counts
	 */
	public final Optional<Agg> metric() {
		return Optional.ofNullable(this.metric);
	}

	/**
	 * How buckets are ordered by the metric.
	 * @return the sort; meaningless without a metric
	 */
	public final MetricSort metricSort() {
		return this.metricSort;
	}

	/**
	 * The aggregation, Python's {@code get_aggregation()}.
	 * @return the aggregation with its {@code metric} sub-aggregation when there is one
	 */
	public Agg aggregation() {
		Map<String, Object> all = new LinkedHashMap<>(this.params);
		if (this.metric != null && this.metricSort != MetricSort.DOC_COUNT) {
			all.put("order", Map.of(METRIC, this.metricSort.name().toLowerCase(java.util.Locale.ROOT)));
		}
		Agg agg = A.of(this.type, all);
		return (this.metric != null) ? agg.withMetric(METRIC, this.metric) : agg;
	}

	/**
	 * The filter for the selected values, Python's {@code add_filter}: the value filters
	 * combined with {@code or}.
	 * @param values the selected values
	 * @return the filter, empty when no value is selected
	 */
	public Optional<Query> filter(List<?> values) {
		if (values == null || values.isEmpty()) {
			return Optional.empty();
		}
		Query filter = null;
		for (Object value : values) {
			Query one = valueFilter(value);
			filter = (filter == null) ? one : filter.or(one);
		}
		return Optional.of(filter);
	}

	/**
	 * The filter for one selected value, Python's {@code get_value_filter}.
	 * @param value the value
	 * @return the filter
	 */
	protected abstract Query valueFilter(Object value);

	/**
	 * The value a bucket stands for, Python's {@code get_value}: its {@code key}.
	 * @param bucket the bucket
	 * @return the key
	 */
	protected Object key(Map<String, ?> bucket) {
		return bucket.get("key");
	}

	/**
	 * Whether a key is among the selected values, Python's {@code is_filtered}; numbers compare
	 * by value ({@code 10.0} matches {@code 10}), numbers and booleans also match their text.
	 * @param key the bucket's key
	 * @param values the selected values
	 * @return whether it is selected
	 */
	protected boolean isSelected(Object key, List<?> values) {
		return Keys.contains(values, key);
	}

	/**
	 * Reads the facet's aggregation result, Python's {@code get_values}.
	 * @param data the aggregation's result (with its {@code buckets} list)
	 * @param selected the selected values
	 * @return one value per bucket, in the order of the buckets
	 * @throws IllegalArgumentException if the result has no bucket list
	 */
	public List<FacetValue> values(Map<String, ?> data, List<?> selected) {
		Object buckets = (data != null) ? data.get("buckets") : null;
		if (!(buckets instanceof List<?> list)) {
			throw new IllegalArgumentException("The result of a " + this.type + " facet must have a 'buckets' list"
					+ " (keyed buckets are not supported) but was " + data);
		}
		List<?> chosen = (selected != null) ? selected : List.of();
		List<FacetValue> out = new ArrayList<>(list.size());
		for (Object item : list) {
			Map<String, Object> bucket = Keys.map(item, "A " + this.type + " bucket");
			Object key = key(bucket);
			out.add(new FacetValue(key, count(bucket), isSelected(key, chosen), metricValue(bucket)));
		}
		return out;
	}

	private static long count(Map<String, Object> bucket) {
		Object count = bucket.get("doc_count");
		if (count instanceof Number number) {
			return number.longValue();
		}
		throw new IllegalArgumentException("A bucket must have a numeric 'doc_count' but was " + bucket);
	}

	private Double metricValue(Map<String, Object> bucket) {
		if (this.metric == null) {
			return null;
		}
		Object value = Keys.map(bucket.get(METRIC), "The 'metric' of a bucket").get("value");
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	/**
	 * The parameters of a facet: {@code field} first, then the options.
	 */
	static Map<String, Object> fieldParams(String facet, String field, Map<String, ?> options, String... reserved) {
		if (field == null || field.isBlank()) {
			throw new IllegalArgumentException("A " + facet + " needs the field to aggregate, e.g. \"tags\", but got "
					+ ((field == null) ? "null" : "'" + field + "'"));
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("field", field);
		if (options != null) {
			for (Map.Entry<String, ?> option : options.entrySet()) {
				String key = option.getKey();
				if ("field".equals(key) || List.of(reserved).contains(key)) {
					throw new IllegalArgumentException("Option '" + key + "' of a " + facet + " on '" + field
							+ "' is set by the facet itself; pass it as the constructor argument instead");
				}
				if (option.getValue() == null) {
					throw new IllegalArgumentException("Option '" + key + "' of a " + facet + " on '" + field
							+ "' is null; leave it out instead");
				}
				params.put(key, option.getValue());
			}
		}
		return params;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + aggregation().toMap();
	}

}
