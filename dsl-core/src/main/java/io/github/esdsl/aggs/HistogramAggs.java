package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.types.Options;

/**
 * Factories for histogram and range bucket aggregations, inherited by {@link A} (use them as
 * {@code A.dateHistogram(...)}).
 */
abstract class HistogramAggs extends BucketAggs {

	HistogramAggs() {
	}

	/**
	 * {@code {"histogram": {"field": field, "interval": interval}}}.
	 * @param field the numeric field
	 * @param interval the bucket width
	 * @return the aggregation
	 */
	public static Agg histogram(String field, Number interval) {
		return histogram(field, interval, (Map<String, ?>) null);
	}

	/**
	 * {@code {"histogram": {"field": field, "interval": interval}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param interval the bucket width
	 * @return the aggregation
	 */
	public static Agg histogram(FieldRef field, Number interval) {
		return histogram(ParamMaps.fieldName("histogram", field), interval);
	}

	/**
	 * {@code histogram} with options.
	 * @param field the numeric field
	 * @param interval the bucket width
	 * @param options min_doc_count, extended_bounds, hard_bounds, offset, order, keyed, missing
	 * @return the aggregation
	 */
	public static Agg histogram(String field, Number interval, Map<String, ?> options) {
		return create("histogram", ParamMaps.of("histogram", options, "field", ParamMaps.fieldName("histogram", field),
				"interval", interval));
	}

	/**
	 * {@code histogram} with options.
	 * @param field the numeric field
	 * @param interval the bucket width
	 * @param options sets the options on {@link HistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg histogram(String field, Number interval, UnaryOperator<HistogramAggOptions> options) {
		return histogram(field, interval, Options.build(new HistogramAggOptions(), options));
	}

	/**
	 * {@code histogram} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param interval the bucket width
	 * @param options min_doc_count, extended_bounds, hard_bounds, offset, order, keyed, missing
	 * @return the aggregation
	 */
	public static Agg histogram(FieldRef field, Number interval, Map<String, ?> options) {
		return histogram(ParamMaps.fieldName("histogram", field), interval, options);
	}

	/**
	 * {@code histogram} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param interval the bucket width
	 * @param options sets the options on {@link HistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg histogram(FieldRef field, Number interval, UnaryOperator<HistogramAggOptions> options) {
		return histogram(ParamMaps.fieldName("histogram", field), interval, options);
	}

	/**
	 * {@code {"date_histogram": {"field": field, ...options}}}.
	 * @param field the date field
	 * @param options calendar_interval, fixed_interval (or the older interval), format, time_zone,
	 * min_doc_count, extended_bounds, offset, order, keyed, missing
	 * @return the aggregation
	 */
	public static Agg dateHistogram(String field, Map<String, ?> options) {
		return onField("date_histogram", field, options);
	}

	/**
	 * {@code {"date_histogram": {"field": field, ...options}}}.
	 * @param field the date field
	 * @param options sets the options on {@link DateHistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg dateHistogram(String field, UnaryOperator<DateHistogramAggOptions> options) {
		return dateHistogram(field, Options.build(new DateHistogramAggOptions(), options));
	}

	/**
	 * {@code {"date_histogram": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options calendar_interval, fixed_interval (or the older interval), format, time_zone,
	 * min_doc_count, extended_bounds, offset, order, keyed, missing
	 * @return the aggregation
	 */
	public static Agg dateHistogram(FieldRef field, Map<String, ?> options) {
		return dateHistogram(ParamMaps.fieldName("date_histogram", field), options);
	}

	/**
	 * {@code {"date_histogram": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link DateHistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg dateHistogram(FieldRef field, UnaryOperator<DateHistogramAggOptions> options) {
		return dateHistogram(ParamMaps.fieldName("date_histogram", field), options);
	}

	/**
	 * {@code {"date_histogram": {"field": field, "calendar_interval": calendarInterval}}}.
	 * @param field the date field
	 * @param calendarInterval e.g. {@code "day"}, {@code "1M"}
	 * @return the aggregation
	 */
	public static Agg dateHistogram(String field, String calendarInterval) {
		return AggTypes.pair("date_histogram", "field", ParamMaps.fieldName("date_histogram", field), "calendar_interval",
				calendarInterval);
	}

	/**
	 * {@code {"date_histogram": {"field": field, "calendar_interval": calendarInterval}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param calendarInterval e.g. {@code "day"}, {@code "1M"}
	 * @return the aggregation
	 */
	public static Agg dateHistogram(FieldRef field, String calendarInterval) {
		return dateHistogram(ParamMaps.fieldName("date_histogram", field), calendarInterval);
	}

	/**
	 * {@code {"auto_date_histogram": {"field": field}}}.
	 * @param field the date field
	 * @return the aggregation
	 */
	public static Agg autoDateHistogram(String field) {
		return autoDateHistogram(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"auto_date_histogram": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg autoDateHistogram(FieldRef field) {
		return autoDateHistogram(ParamMaps.fieldName("auto_date_histogram", field));
	}

	/**
	 * {@code auto_date_histogram} with options.
	 * @param field the date field
	 * @param options buckets, minimum_interval, format, time_zone, missing
	 * @return the aggregation
	 */
	public static Agg autoDateHistogram(String field, Map<String, ?> options) {
		return onField("auto_date_histogram", field, options);
	}

	/**
	 * {@code auto_date_histogram} with options.
	 * @param field the date field
	 * @param options sets the options on {@link AutoDateHistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg autoDateHistogram(String field, UnaryOperator<AutoDateHistogramAggOptions> options) {
		return autoDateHistogram(field, Options.build(new AutoDateHistogramAggOptions(), options));
	}

	/**
	 * {@code auto_date_histogram} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options buckets, minimum_interval, format, time_zone, missing
	 * @return the aggregation
	 */
	public static Agg autoDateHistogram(FieldRef field, Map<String, ?> options) {
		return autoDateHistogram(ParamMaps.fieldName("auto_date_histogram", field), options);
	}

	/**
	 * {@code auto_date_histogram} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link AutoDateHistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg autoDateHistogram(FieldRef field, UnaryOperator<AutoDateHistogramAggOptions> options) {
		return autoDateHistogram(ParamMaps.fieldName("auto_date_histogram", field), options);
	}

	/**
	 * {@code {"variable_width_histogram": {"field": field}}}.
	 * @param field the numeric field
	 * @return the aggregation
	 */
	public static Agg variableWidthHistogram(String field) {
		return variableWidthHistogram(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"variable_width_histogram": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg variableWidthHistogram(FieldRef field) {
		return variableWidthHistogram(ParamMaps.fieldName("variable_width_histogram", field));
	}

	/**
	 * {@code variable_width_histogram} with options.
	 * @param field the numeric field
	 * @param options buckets, shard_size, initial_buffer
	 * @return the aggregation
	 */
	public static Agg variableWidthHistogram(String field, Map<String, ?> options) {
		return onField("variable_width_histogram", field, options);
	}

	/**
	 * {@code variable_width_histogram} with options.
	 * @param field the numeric field
	 * @param options sets the options on {@link VariableWidthHistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg variableWidthHistogram(String field, UnaryOperator<VariableWidthHistogramAggOptions> options) {
		return variableWidthHistogram(field, Options.build(new VariableWidthHistogramAggOptions(), options));
	}

	/**
	 * {@code variable_width_histogram} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options buckets, shard_size, initial_buffer
	 * @return the aggregation
	 */
	public static Agg variableWidthHistogram(FieldRef field, Map<String, ?> options) {
		return variableWidthHistogram(ParamMaps.fieldName("variable_width_histogram", field), options);
	}

	/**
	 * {@code variable_width_histogram} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link VariableWidthHistogramAggOptions}
	 * @return the aggregation
	 */
	public static Agg variableWidthHistogram(FieldRef field, UnaryOperator<VariableWidthHistogramAggOptions> options) {
		return variableWidthHistogram(ParamMaps.fieldName("variable_width_histogram", field), options);
	}

	/**
	 * {@code {"range": {"field": field, "ranges": ranges}}}.
	 * @param field the numeric field
	 * @param ranges maps with from, to and key, e.g. {@code Map.of("to", 100)}
	 * @return the aggregation
	 */
	public static Agg range(String field, List<? extends Map<String, ?>> ranges) {
		return range(field, ranges, (Map<String, ?>) null);
	}

	/**
	 * {@code {"range": {"field": field, "ranges": ranges}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges maps with from, to and key, e.g. {@code Map.of("to", 100)}
	 * @return the aggregation
	 */
	public static Agg range(FieldRef field, List<? extends Map<String, ?>> ranges) {
		return range(ParamMaps.fieldName("range", field), ranges);
	}

	/**
	 * {@code range} with options.
	 * @param field the numeric field
	 * @param ranges the ranges
	 * @param options keyed, missing, format, script
	 * @return the aggregation
	 */
	public static Agg range(String field, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return ranges("range", field, ranges, options);
	}

	/**
	 * {@code range} with options.
	 * @param field the numeric field
	 * @param ranges the ranges
	 * @param options sets the options on {@link RangeAggOptions}
	 * @return the aggregation
	 */
	public static Agg range(String field, List<? extends Map<String, ?>> ranges, UnaryOperator<RangeAggOptions> options) {
		return range(field, ranges, Options.build(new RangeAggOptions(), options));
	}

	/**
	 * {@code range} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges the ranges
	 * @param options keyed, missing, format, script
	 * @return the aggregation
	 */
	public static Agg range(FieldRef field, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return range(ParamMaps.fieldName("range", field), ranges, options);
	}

	/**
	 * {@code range} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges the ranges
	 * @param options sets the options on {@link RangeAggOptions}
	 * @return the aggregation
	 */
	public static Agg range(FieldRef field, List<? extends Map<String, ?>> ranges, UnaryOperator<RangeAggOptions> options) {
		return range(ParamMaps.fieldName("range", field), ranges, options);
	}

	/**
	 * {@code {"date_range": {"field": field, "ranges": ranges}}}.
	 * @param field the date field
	 * @param ranges maps with from, to (dates or date math) and key
	 * @return the aggregation
	 */
	public static Agg dateRange(String field, List<? extends Map<String, ?>> ranges) {
		return dateRange(field, ranges, (Map<String, ?>) null);
	}

	/**
	 * {@code {"date_range": {"field": field, "ranges": ranges}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges maps with from, to (dates or date math) and key
	 * @return the aggregation
	 */
	public static Agg dateRange(FieldRef field, List<? extends Map<String, ?>> ranges) {
		return dateRange(ParamMaps.fieldName("date_range", field), ranges);
	}

	/**
	 * {@code date_range} with options.
	 * @param field the date field
	 * @param ranges the ranges
	 * @param options format, time_zone, keyed, missing
	 * @return the aggregation
	 */
	public static Agg dateRange(String field, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return ranges("date_range", field, ranges, options);
	}

	/**
	 * {@code date_range} with options.
	 * @param field the date field
	 * @param ranges the ranges
	 * @param options sets the options on {@link DateRangeAggOptions}
	 * @return the aggregation
	 */
	public static Agg dateRange(String field, List<? extends Map<String, ?>> ranges, UnaryOperator<DateRangeAggOptions> options) {
		return dateRange(field, ranges, Options.build(new DateRangeAggOptions(), options));
	}

	/**
	 * {@code date_range} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges the ranges
	 * @param options format, time_zone, keyed, missing
	 * @return the aggregation
	 */
	public static Agg dateRange(FieldRef field, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return dateRange(ParamMaps.fieldName("date_range", field), ranges, options);
	}

	/**
	 * {@code date_range} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges the ranges
	 * @param options sets the options on {@link DateRangeAggOptions}
	 * @return the aggregation
	 */
	public static Agg dateRange(FieldRef field, List<? extends Map<String, ?>> ranges, UnaryOperator<DateRangeAggOptions> options) {
		return dateRange(ParamMaps.fieldName("date_range", field), ranges, options);
	}

	/**
	 * {@code {"ip_range": {"field": field, "ranges": ranges}}}.
	 * @param field the ip field
	 * @param ranges maps with from, to, mask and key
	 * @return the aggregation
	 */
	public static Agg ipRange(String field, List<? extends Map<String, ?>> ranges) {
		return ipRange(field, ranges, (Map<String, ?>) null);
	}

	/**
	 * {@code {"ip_range": {"field": field, "ranges": ranges}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges maps with from, to, mask and key
	 * @return the aggregation
	 */
	public static Agg ipRange(FieldRef field, List<? extends Map<String, ?>> ranges) {
		return ipRange(ParamMaps.fieldName("ip_range", field), ranges);
	}

	/**
	 * {@code ip_range} with options.
	 * @param field the ip field
	 * @param ranges the ranges
	 * @param options keyed
	 * @return the aggregation
	 */
	public static Agg ipRange(String field, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return ranges("ip_range", field, ranges, options);
	}

	/**
	 * {@code ip_range} with options.
	 * @param field the ip field
	 * @param ranges the ranges
	 * @param options sets the options on {@link IpRangeAggOptions}
	 * @return the aggregation
	 */
	public static Agg ipRange(String field, List<? extends Map<String, ?>> ranges, UnaryOperator<IpRangeAggOptions> options) {
		return ipRange(field, ranges, Options.build(new IpRangeAggOptions(), options));
	}

	/**
	 * {@code ip_range} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges the ranges
	 * @param options keyed
	 * @return the aggregation
	 */
	public static Agg ipRange(FieldRef field, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return ipRange(ParamMaps.fieldName("ip_range", field), ranges, options);
	}

	/**
	 * {@code ip_range} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param ranges the ranges
	 * @param options sets the options on {@link IpRangeAggOptions}
	 * @return the aggregation
	 */
	public static Agg ipRange(FieldRef field, List<? extends Map<String, ?>> ranges, UnaryOperator<IpRangeAggOptions> options) {
		return ipRange(ParamMaps.fieldName("ip_range", field), ranges, options);
	}

	private static Agg ranges(String type, String field, List<? extends Map<String, ?>> ranges, Map<String, ?> options) {
		return create(type, ParamMaps.of(type, options, "field", ParamMaps.fieldName(type, field), "ranges", ranges));
	}

	/**
	 * {@code {"ip_prefix": {"field": field, "prefix_length": prefixLength}}}.
	 * @param field the ip field
	 * @param prefixLength the network prefix length, 0–32 for IPv4 and 0–128 for IPv6
	 * @return the aggregation
	 */
	public static Agg ipPrefix(String field, int prefixLength) {
		return ipPrefix(field, prefixLength, (Map<String, ?>) null);
	}

	/**
	 * {@code {"ip_prefix": {"field": field, "prefix_length": prefixLength}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param prefixLength the network prefix length, 0–32 for IPv4 and 0–128 for IPv6
	 * @return the aggregation
	 */
	public static Agg ipPrefix(FieldRef field, int prefixLength) {
		return ipPrefix(ParamMaps.fieldName("ip_prefix", field), prefixLength);
	}

	/**
	 * {@code ip_prefix} with options.
	 * @param field the ip field
	 * @param prefixLength the network prefix length
	 * @param options is_ipv6, append_prefix_length, keyed, min_doc_count
	 * @return the aggregation
	 */
	public static Agg ipPrefix(String field, int prefixLength, Map<String, ?> options) {
		return create("ip_prefix", ParamMaps.of("ip_prefix", options, "field", ParamMaps.fieldName("ip_prefix", field),
				"prefix_length", prefixLength));
	}

	/**
	 * {@code ip_prefix} with options.
	 * @param field the ip field
	 * @param prefixLength the network prefix length
	 * @param options sets the options on {@link IpPrefixAggOptions}
	 * @return the aggregation
	 */
	public static Agg ipPrefix(String field, int prefixLength, UnaryOperator<IpPrefixAggOptions> options) {
		return ipPrefix(field, prefixLength, Options.build(new IpPrefixAggOptions(), options));
	}

	/**
	 * {@code ip_prefix} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param prefixLength the network prefix length
	 * @param options is_ipv6, append_prefix_length, keyed, min_doc_count
	 * @return the aggregation
	 */
	public static Agg ipPrefix(FieldRef field, int prefixLength, Map<String, ?> options) {
		return ipPrefix(ParamMaps.fieldName("ip_prefix", field), prefixLength, options);
	}

	/**
	 * {@code ip_prefix} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param prefixLength the network prefix length
	 * @param options sets the options on {@link IpPrefixAggOptions}
	 * @return the aggregation
	 */
	public static Agg ipPrefix(FieldRef field, int prefixLength, UnaryOperator<IpPrefixAggOptions> options) {
		return ipPrefix(ParamMaps.fieldName("ip_prefix", field), prefixLength, options);
	}

	/**
	 * {@code {"time_series": {}}}.
	 * @return the aggregation
	 */
	public static Agg timeSeries() {
		return timeSeries((Map<String, ?>) null);
	}

	/**
	 * {@code time_series} with options.
	 * @param options size, keyed
	 * @return the aggregation
	 */
	public static Agg timeSeries(Map<String, ?> options) {
		return create("time_series", ParamMaps.of("time_series", options));
	}

	/**
	 * {@code time_series} with options.
	 * @param options sets the options on {@link TimeSeriesAggOptions}
	 * @return the aggregation
	 */
	public static Agg timeSeries(UnaryOperator<TimeSeriesAggOptions> options) {
		return timeSeries(Options.build(new TimeSeriesAggOptions(), options));
	}

}
