package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.types.Options;

/**
 * Factories for metric aggregations over several fields, scripts or whole documents, inherited
 * by {@link A} (use them as {@code A.topHits(...)}).
 */
abstract class DocumentMetricAggs extends MetricAggs {

	DocumentMetricAggs() {
	}

	/**
	 * {@code {"top_hits": {}}} – the top documents of each bucket.
	 * @return the aggregation
	 */
	public static Agg topHits() {
		return topHits((Map<String, ?>) null);
	}

	/**
	 * {@code {"top_hits": {...options}}}.
	 * @param options size, from, sort, _source, highlight, docvalue_fields, script_fields, …
	 * @return the aggregation
	 */
	public static Agg topHits(Map<String, ?> options) {
		return create("top_hits", ParamMaps.of("top_hits", options));
	}

	/**
	 * {@code {"top_hits": {...options}}}.
	 * @param options sets the options on {@link TopHitsAggOptions}
	 * @return the aggregation
	 */
	public static Agg topHits(UnaryOperator<TopHitsAggOptions> options) {
		return topHits(Options.build(new TopHitsAggOptions(), options));
	}

	/**
	 * {@code {"top_metrics": {"metrics": metrics, "sort": sort}}}.
	 * @param metrics a map like {@code {"field": "m"}} or a list of them
	 * @param sort e.g. {@code Map.of("s", "desc")}
	 * @return the aggregation
	 */
	public static Agg topMetrics(Object metrics, Object sort) {
		return topMetrics(metrics, sort, (Map<String, ?>) null);
	}

	/**
	 * {@code top_metrics} with options.
	 * @param metrics the metrics
	 * @param sort the sort
	 * @param options size
	 * @return the aggregation
	 */
	public static Agg topMetrics(Object metrics, Object sort, Map<String, ?> options) {
		return create("top_metrics", ParamMaps.of("top_metrics", options, "metrics", metrics, "sort", sort));
	}

	/**
	 * {@code top_metrics} with options.
	 * @param metrics the metrics
	 * @param sort the sort
	 * @param options sets the options on {@link TopMetricsAggOptions}
	 * @return the aggregation
	 */
	public static Agg topMetrics(Object metrics, Object sort, UnaryOperator<TopMetricsAggOptions> options) {
		return topMetrics(metrics, sort, Options.build(new TopMetricsAggOptions(), options));
	}

	/**
	 * {@code {"scripted_metric": {"map_script": mapScript, "reduce_script": reduceScript}}}.
	 * @param mapScript a script source string or a script map
	 * @param reduceScript a script source string or a script map
	 * @return the aggregation
	 */
	public static Agg scriptedMetric(Object mapScript, Object reduceScript) {
		return scriptedMetric(mapScript, reduceScript, (Map<String, ?>) null);
	}

	/**
	 * {@code scripted_metric} with options.
	 * @param mapScript the map script
	 * @param reduceScript the reduce script
	 * @param options init_script, combine_script, params
	 * @return the aggregation
	 */
	public static Agg scriptedMetric(Object mapScript, Object reduceScript, Map<String, ?> options) {
		return create("scripted_metric", ParamMaps.of("scripted_metric", options, "map_script", mapScript,
				"reduce_script", reduceScript));
	}

	/**
	 * {@code scripted_metric} with options.
	 * @param mapScript the map script
	 * @param reduceScript the reduce script
	 * @param options sets the options on {@link ScriptedMetricAggOptions}
	 * @return the aggregation
	 */
	public static Agg scriptedMetric(Object mapScript, Object reduceScript, UnaryOperator<ScriptedMetricAggOptions> options) {
		return scriptedMetric(mapScript, reduceScript, Options.build(new ScriptedMetricAggOptions(), options));
	}

	/**
	 * {@code {"weighted_avg": {"value": {"field": valueField}, "weight": {"field": weightField}}}}.
	 * @param valueField the field providing the values
	 * @param weightField the field providing the weights
	 * @return the aggregation
	 */
	public static Agg weightedAvg(String valueField, String weightField) {
		return weightedAvg(valueField, weightField, (Map<String, ?>) null);
	}

	/**
	 * {@code {"weighted_avg": {"value": {"field": valueField}, "weight": {"field": weightField}}}}.
	 * @param valueField the field, as a reference (e.g. from a generated metamodel)
	 * @param weightField the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg weightedAvg(FieldRef valueField, FieldRef weightField) {
		return weightedAvg(ParamMaps.fieldName("weighted_avg", valueField), ParamMaps.fieldName("weighted_avg", weightField));
	}

	/**
	 * {@code weighted_avg} with options.
	 * @param valueField the field providing the values
	 * @param weightField the field providing the weights
	 * @param options format, value_type
	 * @return the aggregation
	 */
	public static Agg weightedAvg(String valueField, String weightField, Map<String, ?> options) {
		return create("weighted_avg", ParamMaps.of("weighted_avg", options, "value", fieldRef("weighted_avg", valueField),
				"weight", fieldRef("weighted_avg", weightField)));
	}

	/**
	 * {@code weighted_avg} with options.
	 * @param valueField the field providing the values
	 * @param weightField the field providing the weights
	 * @param options sets the options on {@link WeightedAvgAggOptions}
	 * @return the aggregation
	 */
	public static Agg weightedAvg(String valueField, String weightField, UnaryOperator<WeightedAvgAggOptions> options) {
		return weightedAvg(valueField, weightField, Options.build(new WeightedAvgAggOptions(), options));
	}

	/**
	 * {@code weighted_avg} with options.
	 * @param valueField the field, as a reference (e.g. from a generated metamodel)
	 * @param weightField the field, as a reference (e.g. from a generated metamodel)
	 * @param options format, value_type
	 * @return the aggregation
	 */
	public static Agg weightedAvg(FieldRef valueField, FieldRef weightField, Map<String, ?> options) {
		return weightedAvg(ParamMaps.fieldName("weighted_avg", valueField), ParamMaps.fieldName("weighted_avg", weightField), options);
	}

	/**
	 * {@code weighted_avg} with options.
	 * @param valueField the field, as a reference (e.g. from a generated metamodel)
	 * @param weightField the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link WeightedAvgAggOptions}
	 * @return the aggregation
	 */
	public static Agg weightedAvg(FieldRef valueField, FieldRef weightField, UnaryOperator<WeightedAvgAggOptions> options) {
		return weightedAvg(ParamMaps.fieldName("weighted_avg", valueField), ParamMaps.fieldName("weighted_avg", weightField), options);
	}

	/**
	 * {@code {"matrix_stats": {"fields": fields}}}.
	 * @param fields the numeric fields
	 * @return the aggregation
	 */
	public static Agg matrixStats(List<String> fields) {
		return matrixStats(fields, (Map<String, ?>) null);
	}

	/**
	 * {@code matrix_stats} with options.
	 * @param fields the numeric fields
	 * @param options mode, missing
	 * @return the aggregation
	 */
	public static Agg matrixStats(List<String> fields, Map<String, ?> options) {
		return create("matrix_stats", ParamMaps.of("matrix_stats", options, "fields", fields));
	}

	/**
	 * {@code matrix_stats} with options.
	 * @param fields the numeric fields
	 * @param options sets the options on {@link MatrixStatsAggOptions}
	 * @return the aggregation
	 */
	public static Agg matrixStats(List<String> fields, UnaryOperator<MatrixStatsAggOptions> options) {
		return matrixStats(fields, Options.build(new MatrixStatsAggOptions(), options));
	}

	/**
	 * {@code {"t_test": {"a": a, "b": b}}}.
	 * @param a population A, e.g. {@code Map.of("field", "startup_time_before")}
	 * @param b population B
	 * @return the aggregation
	 */
	public static Agg tTest(Map<String, ?> a, Map<String, ?> b) {
		return tTest(a, b, (Map<String, ?>) null);
	}

	/**
	 * {@code t_test} with options.
	 * @param a population A
	 * @param b population B
	 * @param options type (paired, homoscedastic, heteroscedastic)
	 * @return the aggregation
	 */
	public static Agg tTest(Map<String, ?> a, Map<String, ?> b, Map<String, ?> options) {
		return create("t_test", ParamMaps.of("t_test", options, "a", a, "b", b));
	}

	/**
	 * {@code t_test} with options.
	 * @param a population A
	 * @param b population B
	 * @param options sets the options on {@link TTestAggOptions}
	 * @return the aggregation
	 */
	public static Agg tTest(Map<String, ?> a, Map<String, ?> b, UnaryOperator<TTestAggOptions> options) {
		return tTest(a, b, Options.build(new TTestAggOptions(), options));
	}

	/**
	 * {@code {"rate": {"field": field}}}.
	 * @param field the field summed per unit of time
	 * @return the aggregation
	 */
	public static Agg rate(String field) {
		return rate(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"rate": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg rate(FieldRef field) {
		return rate(ParamMaps.fieldName("rate", field));
	}

	/**
	 * {@code rate} with options.
	 * @param field the field
	 * @param options unit, mode, format
	 * @return the aggregation
	 */
	public static Agg rate(String field, Map<String, ?> options) {
		return onField("rate", field, options);
	}

	/**
	 * {@code rate} with options.
	 * @param field the field
	 * @param options sets the options on {@link RateAggOptions}
	 * @return the aggregation
	 */
	public static Agg rate(String field, UnaryOperator<RateAggOptions> options) {
		return rate(field, Options.build(new RateAggOptions(), options));
	}

	/**
	 * {@code rate} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options unit, mode, format
	 * @return the aggregation
	 */
	public static Agg rate(FieldRef field, Map<String, ?> options) {
		return rate(ParamMaps.fieldName("rate", field), options);
	}

	/**
	 * {@code rate} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link RateAggOptions}
	 * @return the aggregation
	 */
	public static Agg rate(FieldRef field, UnaryOperator<RateAggOptions> options) {
		return rate(ParamMaps.fieldName("rate", field), options);
	}

	/**
	 * {@code {"rate": {...options}}} – the rate of documents, without a field.
	 * @param options unit, mode, format
	 * @return the aggregation
	 */
	public static Agg rate(Map<String, ?> options) {
		return create("rate", ParamMaps.of("rate", options));
	}

	/**
	 * {@code {"rate": {...options}}} – the rate of documents, without a field.
	 * @param options sets the options on {@link RateAggOptions}
	 * @return the aggregation
	 */
	public static Agg rate(UnaryOperator<RateAggOptions> options) {
		return rate(Options.build(new RateAggOptions(), options));
	}

	/**
	 * {@code {"frequent_item_sets": {"fields": [{"field": f1}, ...]}}}.
	 * @param fields field names, or maps like {@code {"field": "tags", "exclude": ["x"]}}
	 * @return the aggregation
	 */
	public static Agg frequentItemSets(List<?> fields) {
		return frequentItemSets(fields, (Map<String, ?>) null);
	}

	/**
	 * {@code frequent_item_sets} with options.
	 * @param fields the fields
	 * @param options minimum_set_size, minimum_support, size, filter (a Query or raw map)
	 * @return the aggregation
	 */
	public static Agg frequentItemSets(List<?> fields, Map<String, ?> options) {
		return create("frequent_item_sets", ParamMaps.of("frequent_item_sets", options, "fields",
				fieldRefs("frequent_item_sets", fields)));
	}

	/**
	 * {@code frequent_item_sets} with options.
	 * @param fields the fields
	 * @param options sets the options on {@link FrequentItemSetsAggOptions}
	 * @return the aggregation
	 */
	public static Agg frequentItemSets(List<?> fields, UnaryOperator<FrequentItemSetsAggOptions> options) {
		return frequentItemSets(fields, Options.build(new FrequentItemSetsAggOptions(), options));
	}

}
