package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;

/**
 * Factories for numeric and string metric aggregations over one field, inherited by {@link A}
 * (use them as {@code A.sum(...)}). For a script instead of a field, use
 * {@code A.of("sum", Map.of("script", ...))}.
 */
abstract class MetricAggs extends GeoAggs {

	MetricAggs() {
	}

	/**
	 * {@code {"avg": {"field": field}}} – the average of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg avg(String field) {
		return avg(field, null);
	}

	/**
	 * {@code avg} with options.
	 * @param field the field
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg avg(String field, Map<String, ?> options) {
		return onField("avg", field, options);
	}

	/**
	 * {@code {"sum": {"field": field}}} – the sum of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg sum(String field) {
		return sum(field, null);
	}

	/**
	 * {@code sum} with options.
	 * @param field the field
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg sum(String field, Map<String, ?> options) {
		return onField("sum", field, options);
	}

	/**
	 * {@code {"min": {"field": field}}} – the minimum of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg min(String field) {
		return min(field, null);
	}

	/**
	 * {@code min} with options.
	 * @param field the field
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg min(String field, Map<String, ?> options) {
		return onField("min", field, options);
	}

	/**
	 * {@code {"max": {"field": field}}} – the maximum of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg max(String field) {
		return max(field, null);
	}

	/**
	 * {@code max} with options.
	 * @param field the field
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg max(String field, Map<String, ?> options) {
		return onField("max", field, options);
	}

	/**
	 * {@code {"value_count": {"field": field}}} – the number of values.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg valueCount(String field) {
		return valueCount(field, null);
	}

	/**
	 * {@code value_count} with options.
	 * @param field the field
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg valueCount(String field, Map<String, ?> options) {
		return onField("value_count", field, options);
	}

	/**
	 * {@code {"cardinality": {"field": field}}} – the approximate number of distinct values.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg cardinality(String field) {
		return cardinality(field, null);
	}

	/**
	 * {@code cardinality} with options.
	 * @param field the field
	 * @param options precision_threshold, execution_hint, missing, script
	 * @return the aggregation
	 */
	public static Agg cardinality(String field, Map<String, ?> options) {
		return onField("cardinality", field, options);
	}

	/**
	 * {@code {"stats": {"field": field}}} – count, min, max, avg and sum.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg stats(String field) {
		return stats(field, null);
	}

	/**
	 * {@code stats} with options.
	 * @param field the field
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg stats(String field, Map<String, ?> options) {
		return onField("stats", field, options);
	}

	/**
	 * {@code {"extended_stats": {"field": field}}} – stats plus variance and standard deviation.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg extendedStats(String field) {
		return extendedStats(field, null);
	}

	/**
	 * {@code extended_stats} with options.
	 * @param field the field
	 * @param options sigma, format, missing, script
	 * @return the aggregation
	 */
	public static Agg extendedStats(String field, Map<String, ?> options) {
		return onField("extended_stats", field, options);
	}

	/**
	 * {@code {"percentiles": {"field": field}}} – percentiles of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg percentiles(String field) {
		return percentiles(field, null);
	}

	/**
	 * {@code percentiles} with options.
	 * @param field the field
	 * @param options percents, keyed, tdigest, hdr, missing
	 * @return the aggregation
	 */
	public static Agg percentiles(String field, Map<String, ?> options) {
		return onField("percentiles", field, options);
	}

	/**
	 * {@code {"median_absolute_deviation": {"field": field}}} – the median absolute deviation.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg medianAbsoluteDeviation(String field) {
		return medianAbsoluteDeviation(field, null);
	}

	/**
	 * {@code median_absolute_deviation} with options.
	 * @param field the field
	 * @param options compression, format, missing
	 * @return the aggregation
	 */
	public static Agg medianAbsoluteDeviation(String field, Map<String, ?> options) {
		return onField("median_absolute_deviation", field, options);
	}

	/**
	 * {@code {"boxplot": {"field": field}}} – a box plot of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg boxplot(String field) {
		return boxplot(field, null);
	}

	/**
	 * {@code boxplot} with options.
	 * @param field the field
	 * @param options compression, missing
	 * @return the aggregation
	 */
	public static Agg boxplot(String field, Map<String, ?> options) {
		return onField("boxplot", field, options);
	}

	/**
	 * {@code {"string_stats": {"field": field}}} – statistics over string values.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg stringStats(String field) {
		return stringStats(field, null);
	}

	/**
	 * {@code string_stats} with options.
	 * @param field the field
	 * @param options show_distribution, missing
	 * @return the aggregation
	 */
	public static Agg stringStats(String field, Map<String, ?> options) {
		return onField("string_stats", field, options);
	}

	/**
	 * {@code {"percentile_ranks": {"field": field, "values": values}}}.
	 * @param field the numeric field
	 * @param values the values whose percentile ranks are computed
	 * @return the aggregation
	 */
	public static Agg percentileRanks(String field, List<? extends Number> values) {
		return percentileRanks(field, values, null);
	}

	/**
	 * {@code percentile_ranks} with options.
	 * @param field the numeric field
	 * @param values the values
	 * @param options keyed, tdigest, hdr, missing
	 * @return the aggregation
	 */
	public static Agg percentileRanks(String field, List<? extends Number> values, Map<String, ?> options) {
		return create("percentile_ranks", ParamMaps.of("percentile_ranks", options, "field",
				ParamMaps.fieldName("percentile_ranks", field), "values", values));
	}

}
