package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.types.Options;

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
		return avg(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"avg": {"field": field}}} – the average of a numeric field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg avg(FieldRef field) {
		return avg(ParamMaps.fieldName("avg", field));
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
	 * {@code avg} with options.
	 * @param field the field
	 * @param options sets the options on {@link AvgAggOptions}
	 * @return the aggregation
	 */
	public static Agg avg(String field, UnaryOperator<AvgAggOptions> options) {
		return avg(field, Options.build(new AvgAggOptions(), options));
	}

	/**
	 * {@code avg} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg avg(FieldRef field, Map<String, ?> options) {
		return avg(ParamMaps.fieldName("avg", field), options);
	}

	/**
	 * {@code avg} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link AvgAggOptions}
	 * @return the aggregation
	 */
	public static Agg avg(FieldRef field, UnaryOperator<AvgAggOptions> options) {
		return avg(ParamMaps.fieldName("avg", field), options);
	}

	/**
	 * {@code {"sum": {"field": field}}} – the sum of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg sum(String field) {
		return sum(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"sum": {"field": field}}} – the sum of a numeric field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg sum(FieldRef field) {
		return sum(ParamMaps.fieldName("sum", field));
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
	 * {@code sum} with options.
	 * @param field the field
	 * @param options sets the options on {@link SumAggOptions}
	 * @return the aggregation
	 */
	public static Agg sum(String field, UnaryOperator<SumAggOptions> options) {
		return sum(field, Options.build(new SumAggOptions(), options));
	}

	/**
	 * {@code sum} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg sum(FieldRef field, Map<String, ?> options) {
		return sum(ParamMaps.fieldName("sum", field), options);
	}

	/**
	 * {@code sum} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link SumAggOptions}
	 * @return the aggregation
	 */
	public static Agg sum(FieldRef field, UnaryOperator<SumAggOptions> options) {
		return sum(ParamMaps.fieldName("sum", field), options);
	}

	/**
	 * {@code {"min": {"field": field}}} – the minimum of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg min(String field) {
		return min(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"min": {"field": field}}} – the minimum of a numeric field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg min(FieldRef field) {
		return min(ParamMaps.fieldName("min", field));
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
	 * {@code min} with options.
	 * @param field the field
	 * @param options sets the options on {@link MinAggOptions}
	 * @return the aggregation
	 */
	public static Agg min(String field, UnaryOperator<MinAggOptions> options) {
		return min(field, Options.build(new MinAggOptions(), options));
	}

	/**
	 * {@code min} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg min(FieldRef field, Map<String, ?> options) {
		return min(ParamMaps.fieldName("min", field), options);
	}

	/**
	 * {@code min} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link MinAggOptions}
	 * @return the aggregation
	 */
	public static Agg min(FieldRef field, UnaryOperator<MinAggOptions> options) {
		return min(ParamMaps.fieldName("min", field), options);
	}

	/**
	 * {@code {"max": {"field": field}}} – the maximum of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg max(String field) {
		return max(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"max": {"field": field}}} – the maximum of a numeric field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg max(FieldRef field) {
		return max(ParamMaps.fieldName("max", field));
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
	 * {@code max} with options.
	 * @param field the field
	 * @param options sets the options on {@link MaxAggOptions}
	 * @return the aggregation
	 */
	public static Agg max(String field, UnaryOperator<MaxAggOptions> options) {
		return max(field, Options.build(new MaxAggOptions(), options));
	}

	/**
	 * {@code max} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg max(FieldRef field, Map<String, ?> options) {
		return max(ParamMaps.fieldName("max", field), options);
	}

	/**
	 * {@code max} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link MaxAggOptions}
	 * @return the aggregation
	 */
	public static Agg max(FieldRef field, UnaryOperator<MaxAggOptions> options) {
		return max(ParamMaps.fieldName("max", field), options);
	}

	/**
	 * {@code {"value_count": {"field": field}}} – the number of values.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg valueCount(String field) {
		return valueCount(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"value_count": {"field": field}}} – the number of values.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg valueCount(FieldRef field) {
		return valueCount(ParamMaps.fieldName("value_count", field));
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
	 * {@code value_count} with options.
	 * @param field the field
	 * @param options sets the options on {@link ValueCountAggOptions}
	 * @return the aggregation
	 */
	public static Agg valueCount(String field, UnaryOperator<ValueCountAggOptions> options) {
		return valueCount(field, Options.build(new ValueCountAggOptions(), options));
	}

	/**
	 * {@code value_count} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg valueCount(FieldRef field, Map<String, ?> options) {
		return valueCount(ParamMaps.fieldName("value_count", field), options);
	}

	/**
	 * {@code value_count} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link ValueCountAggOptions}
	 * @return the aggregation
	 */
	public static Agg valueCount(FieldRef field, UnaryOperator<ValueCountAggOptions> options) {
		return valueCount(ParamMaps.fieldName("value_count", field), options);
	}

	/**
	 * {@code {"cardinality": {"field": field}}} – the approximate number of distinct values.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg cardinality(String field) {
		return cardinality(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"cardinality": {"field": field}}} – the approximate number of distinct values.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg cardinality(FieldRef field) {
		return cardinality(ParamMaps.fieldName("cardinality", field));
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
	 * {@code cardinality} with options.
	 * @param field the field
	 * @param options sets the options on {@link CardinalityAggOptions}
	 * @return the aggregation
	 */
	public static Agg cardinality(String field, UnaryOperator<CardinalityAggOptions> options) {
		return cardinality(field, Options.build(new CardinalityAggOptions(), options));
	}

	/**
	 * {@code cardinality} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options precision_threshold, execution_hint, missing, script
	 * @return the aggregation
	 */
	public static Agg cardinality(FieldRef field, Map<String, ?> options) {
		return cardinality(ParamMaps.fieldName("cardinality", field), options);
	}

	/**
	 * {@code cardinality} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link CardinalityAggOptions}
	 * @return the aggregation
	 */
	public static Agg cardinality(FieldRef field, UnaryOperator<CardinalityAggOptions> options) {
		return cardinality(ParamMaps.fieldName("cardinality", field), options);
	}

	/**
	 * {@code {"stats": {"field": field}}} – count, min, max, avg and sum.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg stats(String field) {
		return stats(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"stats": {"field": field}}} – count, min, max, avg and sum.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg stats(FieldRef field) {
		return stats(ParamMaps.fieldName("stats", field));
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
	 * {@code stats} with options.
	 * @param field the field
	 * @param options sets the options on {@link StatsAggOptions}
	 * @return the aggregation
	 */
	public static Agg stats(String field, UnaryOperator<StatsAggOptions> options) {
		return stats(field, Options.build(new StatsAggOptions(), options));
	}

	/**
	 * {@code stats} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options format, missing, script
	 * @return the aggregation
	 */
	public static Agg stats(FieldRef field, Map<String, ?> options) {
		return stats(ParamMaps.fieldName("stats", field), options);
	}

	/**
	 * {@code stats} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link StatsAggOptions}
	 * @return the aggregation
	 */
	public static Agg stats(FieldRef field, UnaryOperator<StatsAggOptions> options) {
		return stats(ParamMaps.fieldName("stats", field), options);
	}

	/**
	 * {@code {"extended_stats": {"field": field}}} – stats plus variance and standard deviation.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg extendedStats(String field) {
		return extendedStats(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"extended_stats": {"field": field}}} – stats plus variance and standard deviation.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg extendedStats(FieldRef field) {
		return extendedStats(ParamMaps.fieldName("extended_stats", field));
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
	 * {@code extended_stats} with options.
	 * @param field the field
	 * @param options sets the options on {@link ExtendedStatsAggOptions}
	 * @return the aggregation
	 */
	public static Agg extendedStats(String field, UnaryOperator<ExtendedStatsAggOptions> options) {
		return extendedStats(field, Options.build(new ExtendedStatsAggOptions(), options));
	}

	/**
	 * {@code extended_stats} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sigma, format, missing, script
	 * @return the aggregation
	 */
	public static Agg extendedStats(FieldRef field, Map<String, ?> options) {
		return extendedStats(ParamMaps.fieldName("extended_stats", field), options);
	}

	/**
	 * {@code extended_stats} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link ExtendedStatsAggOptions}
	 * @return the aggregation
	 */
	public static Agg extendedStats(FieldRef field, UnaryOperator<ExtendedStatsAggOptions> options) {
		return extendedStats(ParamMaps.fieldName("extended_stats", field), options);
	}

	/**
	 * {@code {"percentiles": {"field": field}}} – percentiles of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg percentiles(String field) {
		return percentiles(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"percentiles": {"field": field}}} – percentiles of a numeric field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg percentiles(FieldRef field) {
		return percentiles(ParamMaps.fieldName("percentiles", field));
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
	 * {@code percentiles} with options.
	 * @param field the field
	 * @param options sets the options on {@link PercentilesAggOptions}
	 * @return the aggregation
	 */
	public static Agg percentiles(String field, UnaryOperator<PercentilesAggOptions> options) {
		return percentiles(field, Options.build(new PercentilesAggOptions(), options));
	}

	/**
	 * {@code percentiles} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options percents, keyed, tdigest, hdr, missing
	 * @return the aggregation
	 */
	public static Agg percentiles(FieldRef field, Map<String, ?> options) {
		return percentiles(ParamMaps.fieldName("percentiles", field), options);
	}

	/**
	 * {@code percentiles} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link PercentilesAggOptions}
	 * @return the aggregation
	 */
	public static Agg percentiles(FieldRef field, UnaryOperator<PercentilesAggOptions> options) {
		return percentiles(ParamMaps.fieldName("percentiles", field), options);
	}

	/**
	 * {@code {"median_absolute_deviation": {"field": field}}} – the median absolute deviation.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg medianAbsoluteDeviation(String field) {
		return medianAbsoluteDeviation(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"median_absolute_deviation": {"field": field}}} – the median absolute deviation.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg medianAbsoluteDeviation(FieldRef field) {
		return medianAbsoluteDeviation(ParamMaps.fieldName("median_absolute_deviation", field));
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
	 * {@code median_absolute_deviation} with options.
	 * @param field the field
	 * @param options sets the options on {@link MedianAbsoluteDeviationAggOptions}
	 * @return the aggregation
	 */
	public static Agg medianAbsoluteDeviation(String field, UnaryOperator<MedianAbsoluteDeviationAggOptions> options) {
		return medianAbsoluteDeviation(field, Options.build(new MedianAbsoluteDeviationAggOptions(), options));
	}

	/**
	 * {@code median_absolute_deviation} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options compression, format, missing
	 * @return the aggregation
	 */
	public static Agg medianAbsoluteDeviation(FieldRef field, Map<String, ?> options) {
		return medianAbsoluteDeviation(ParamMaps.fieldName("median_absolute_deviation", field), options);
	}

	/**
	 * {@code median_absolute_deviation} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link MedianAbsoluteDeviationAggOptions}
	 * @return the aggregation
	 */
	public static Agg medianAbsoluteDeviation(FieldRef field, UnaryOperator<MedianAbsoluteDeviationAggOptions> options) {
		return medianAbsoluteDeviation(ParamMaps.fieldName("median_absolute_deviation", field), options);
	}

	/**
	 * {@code {"boxplot": {"field": field}}} – a box plot of a numeric field.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg boxplot(String field) {
		return boxplot(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"boxplot": {"field": field}}} – a box plot of a numeric field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg boxplot(FieldRef field) {
		return boxplot(ParamMaps.fieldName("boxplot", field));
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
	 * {@code boxplot} with options.
	 * @param field the field
	 * @param options sets the options on {@link BoxplotAggOptions}
	 * @return the aggregation
	 */
	public static Agg boxplot(String field, UnaryOperator<BoxplotAggOptions> options) {
		return boxplot(field, Options.build(new BoxplotAggOptions(), options));
	}

	/**
	 * {@code boxplot} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options compression, missing
	 * @return the aggregation
	 */
	public static Agg boxplot(FieldRef field, Map<String, ?> options) {
		return boxplot(ParamMaps.fieldName("boxplot", field), options);
	}

	/**
	 * {@code boxplot} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link BoxplotAggOptions}
	 * @return the aggregation
	 */
	public static Agg boxplot(FieldRef field, UnaryOperator<BoxplotAggOptions> options) {
		return boxplot(ParamMaps.fieldName("boxplot", field), options);
	}

	/**
	 * {@code {"string_stats": {"field": field}}} – statistics over string values.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg stringStats(String field) {
		return stringStats(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"string_stats": {"field": field}}} – statistics over string values.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg stringStats(FieldRef field) {
		return stringStats(ParamMaps.fieldName("string_stats", field));
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
	 * {@code string_stats} with options.
	 * @param field the field
	 * @param options sets the options on {@link StringStatsAggOptions}
	 * @return the aggregation
	 */
	public static Agg stringStats(String field, UnaryOperator<StringStatsAggOptions> options) {
		return stringStats(field, Options.build(new StringStatsAggOptions(), options));
	}

	/**
	 * {@code string_stats} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options show_distribution, missing
	 * @return the aggregation
	 */
	public static Agg stringStats(FieldRef field, Map<String, ?> options) {
		return stringStats(ParamMaps.fieldName("string_stats", field), options);
	}

	/**
	 * {@code string_stats} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link StringStatsAggOptions}
	 * @return the aggregation
	 */
	public static Agg stringStats(FieldRef field, UnaryOperator<StringStatsAggOptions> options) {
		return stringStats(ParamMaps.fieldName("string_stats", field), options);
	}

	/**
	 * {@code {"percentile_ranks": {"field": field, "values": values}}}.
	 * @param field the numeric field
	 * @param values the values whose percentile ranks are computed
	 * @return the aggregation
	 */
	public static Agg percentileRanks(String field, List<? extends Number> values) {
		return percentileRanks(field, values, (Map<String, ?>) null);
	}

	/**
	 * {@code {"percentile_ranks": {"field": field, "values": values}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param values the values whose percentile ranks are computed
	 * @return the aggregation
	 */
	public static Agg percentileRanks(FieldRef field, List<? extends Number> values) {
		return percentileRanks(ParamMaps.fieldName("percentile_ranks", field), values);
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

	/**
	 * {@code percentile_ranks} with options.
	 * @param field the numeric field
	 * @param values the values
	 * @param options sets the options on {@link PercentileRanksAggOptions}
	 * @return the aggregation
	 */
	public static Agg percentileRanks(String field, List<? extends Number> values, UnaryOperator<PercentileRanksAggOptions> options) {
		return percentileRanks(field, values, Options.build(new PercentileRanksAggOptions(), options));
	}

	/**
	 * {@code percentile_ranks} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param values the values
	 * @param options keyed, tdigest, hdr, missing
	 * @return the aggregation
	 */
	public static Agg percentileRanks(FieldRef field, List<? extends Number> values, Map<String, ?> options) {
		return percentileRanks(ParamMaps.fieldName("percentile_ranks", field), values, options);
	}

	/**
	 * {@code percentile_ranks} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param values the values
	 * @param options sets the options on {@link PercentileRanksAggOptions}
	 * @return the aggregation
	 */
	public static Agg percentileRanks(FieldRef field, List<? extends Number> values, UnaryOperator<PercentileRanksAggOptions> options) {
		return percentileRanks(ParamMaps.fieldName("percentile_ranks", field), values, options);
	}

}
