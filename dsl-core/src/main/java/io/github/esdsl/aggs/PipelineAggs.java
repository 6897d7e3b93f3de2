package io.github.esdsl.aggs;

import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;
import java.util.function.UnaryOperator;

import io.github.esdsl.types.Options;

/**
 * Factories for parent pipeline aggregations, computed per bucket of the enclosing
 * multi-bucket aggregation, inherited by {@link A} (use them as {@code A.bucketScript(...)}).
 */
abstract class PipelineAggs extends SiblingPipelineAggs {

	PipelineAggs() {
	}

	/**
	 * {@code {"derivative": {"buckets_path": bucketsPath}}} – the derivative of a metric in a parent histogram.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg derivative(String bucketsPath) {
		return derivative(bucketsPath, (Map<String, ?>) null);
	}

	/**
	 * {@code derivative} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format, gap_policy, unit
	 * @return the aggregation
	 */
	public static Agg derivative(String bucketsPath, Map<String, ?> options) {
		return onPath("derivative", bucketsPath, options);
	}

	/**
	 * {@code derivative} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link DerivativeAggOptions}
	 * @return the aggregation
	 */
	public static Agg derivative(String bucketsPath, UnaryOperator<DerivativeAggOptions> options) {
		return derivative(bucketsPath, Options.build(new DerivativeAggOptions(), options));
	}

	/**
	 * {@code {"cumulative_sum": {"buckets_path": bucketsPath}}} – the running sum of a metric in a parent histogram.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg cumulativeSum(String bucketsPath) {
		return cumulativeSum(bucketsPath, (Map<String, ?>) null);
	}

	/**
	 * {@code cumulative_sum} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format
	 * @return the aggregation
	 */
	public static Agg cumulativeSum(String bucketsPath, Map<String, ?> options) {
		return onPath("cumulative_sum", bucketsPath, options);
	}

	/**
	 * {@code cumulative_sum} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link CumulativeSumAggOptions}
	 * @return the aggregation
	 */
	public static Agg cumulativeSum(String bucketsPath, UnaryOperator<CumulativeSumAggOptions> options) {
		return cumulativeSum(bucketsPath, Options.build(new CumulativeSumAggOptions(), options));
	}

	/**
	 * {@code {"cumulative_cardinality": {"buckets_path": bucketsPath}}} – the running cardinality in a parent histogram.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg cumulativeCardinality(String bucketsPath) {
		return cumulativeCardinality(bucketsPath, (Map<String, ?>) null);
	}

	/**
	 * {@code cumulative_cardinality} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format
	 * @return the aggregation
	 */
	public static Agg cumulativeCardinality(String bucketsPath, Map<String, ?> options) {
		return onPath("cumulative_cardinality", bucketsPath, options);
	}

	/**
	 * {@code cumulative_cardinality} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link CumulativeCardinalityAggOptions}
	 * @return the aggregation
	 */
	public static Agg cumulativeCardinality(String bucketsPath, UnaryOperator<CumulativeCardinalityAggOptions> options) {
		return cumulativeCardinality(bucketsPath, Options.build(new CumulativeCardinalityAggOptions(), options));
	}

	/**
	 * {@code {"serial_diff": {"buckets_path": bucketsPath}}} – the difference to the value lag buckets earlier.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg serialDiff(String bucketsPath) {
		return serialDiff(bucketsPath, (Map<String, ?>) null);
	}

	/**
	 * {@code serial_diff} with options.
	 * @param bucketsPath the path to the metric
	 * @param options lag, format, gap_policy
	 * @return the aggregation
	 */
	public static Agg serialDiff(String bucketsPath, Map<String, ?> options) {
		return onPath("serial_diff", bucketsPath, options);
	}

	/**
	 * {@code serial_diff} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link SerialDiffAggOptions}
	 * @return the aggregation
	 */
	public static Agg serialDiff(String bucketsPath, UnaryOperator<SerialDiffAggOptions> options) {
		return serialDiff(bucketsPath, Options.build(new SerialDiffAggOptions(), options));
	}

	/**
	 * {@code {"moving_avg": {"buckets_path": bucketsPath}}} – a moving average (removed from Elasticsearch 8; prefer movingFn).
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg movingAvg(String bucketsPath) {
		return movingAvg(bucketsPath, (Map<String, ?>) null);
	}

	/**
	 * {@code moving_avg} with options.
	 * @param bucketsPath the path to the metric
	 * @param options model, settings, window, predict, minimize, gap_policy
	 * @return the aggregation
	 */
	public static Agg movingAvg(String bucketsPath, Map<String, ?> options) {
		return onPath("moving_avg", bucketsPath, options);
	}

	/**
	 * {@code moving_avg} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link MovingAvgAggOptions}
	 * @return the aggregation
	 */
	public static Agg movingAvg(String bucketsPath, UnaryOperator<MovingAvgAggOptions> options) {
		return movingAvg(bucketsPath, Options.build(new MovingAvgAggOptions(), options));
	}

	/**
	 * {@code {"bucket_script": {"buckets_path": bucketsPath, "script": script}}}.
	 * @param bucketsPath script variable names to paths, e.g. {@code Map.of("sales", "total_sales")}
	 * @param script a script source string (e.g. {@code "params.sales / 2"}) or a script map
	 * @return the aggregation
	 */
	public static Agg bucketScript(Map<String, String> bucketsPath, Object script) {
		return bucketScript(bucketsPath, script, (Map<String, ?>) null);
	}

	/**
	 * {@code bucket_script} with options.
	 * @param bucketsPath script variable names to paths
	 * @param script the script
	 * @param options format, gap_policy
	 * @return the aggregation
	 */
	public static Agg bucketScript(Map<String, String> bucketsPath, Object script, Map<String, ?> options) {
		return create("bucket_script", ParamMaps.of("bucket_script", options, "buckets_path", bucketsPath, "script",
				script));
	}

	/**
	 * {@code bucket_script} with options.
	 * @param bucketsPath script variable names to paths
	 * @param script the script
	 * @param options sets the options on {@link BucketScriptAggOptions}
	 * @return the aggregation
	 */
	public static Agg bucketScript(Map<String, String> bucketsPath, Object script, UnaryOperator<BucketScriptAggOptions> options) {
		return bucketScript(bucketsPath, script, Options.build(new BucketScriptAggOptions(), options));
	}

	/**
	 * {@code {"bucket_selector": {"buckets_path": bucketsPath, "script": script}}} – keeps the
	 * buckets for which the script is true.
	 * @param bucketsPath script variable names to paths
	 * @param script a script source string or a script map returning a boolean
	 * @return the aggregation
	 */
	public static Agg bucketSelector(Map<String, String> bucketsPath, Object script) {
		return bucketSelector(bucketsPath, script, (Map<String, ?>) null);
	}

	/**
	 * {@code bucket_selector} with options.
	 * @param bucketsPath script variable names to paths
	 * @param script the script
	 * @param options gap_policy
	 * @return the aggregation
	 */
	public static Agg bucketSelector(Map<String, String> bucketsPath, Object script, Map<String, ?> options) {
		return create("bucket_selector", ParamMaps.of("bucket_selector", options, "buckets_path", bucketsPath,
				"script", script));
	}

	/**
	 * {@code bucket_selector} with options.
	 * @param bucketsPath script variable names to paths
	 * @param script the script
	 * @param options sets the options on {@link BucketSelectorAggOptions}
	 * @return the aggregation
	 */
	public static Agg bucketSelector(Map<String, String> bucketsPath, Object script, UnaryOperator<BucketSelectorAggOptions> options) {
		return bucketSelector(bucketsPath, script, Options.build(new BucketSelectorAggOptions(), options));
	}

	/**
	 * {@code {"moving_fn": {"buckets_path": bucketsPath, "window": window, "script": script}}}.
	 * @param bucketsPath the path to the metric
	 * @param window the window size
	 * @param script e.g. {@code "MovingFunctions.unweightedAvg(values)"}
	 * @return the aggregation
	 */
	public static Agg movingFn(String bucketsPath, int window, String script) {
		return movingFn(bucketsPath, window, script, (Map<String, ?>) null);
	}

	/**
	 * {@code moving_fn} with options.
	 * @param bucketsPath the path to the metric
	 * @param window the window size
	 * @param script the script
	 * @param options shift, format, gap_policy
	 * @return the aggregation
	 */
	public static Agg movingFn(String bucketsPath, int window, String script, Map<String, ?> options) {
		return create("moving_fn", ParamMaps.of("moving_fn", options, "buckets_path", bucketsPath, "window", window,
				"script", script));
	}

	/**
	 * {@code moving_fn} with options.
	 * @param bucketsPath the path to the metric
	 * @param window the window size
	 * @param script the script
	 * @param options sets the options on {@link MovingFnAggOptions}
	 * @return the aggregation
	 */
	public static Agg movingFn(String bucketsPath, int window, String script, UnaryOperator<MovingFnAggOptions> options) {
		return movingFn(bucketsPath, window, script, Options.build(new MovingFnAggOptions(), options));
	}

	/**
	 * {@code {"moving_percentiles": {"buckets_path": bucketsPath, "window": window}}}.
	 * @param bucketsPath the path to a percentiles aggregation
	 * @param window the window size
	 * @return the aggregation
	 */
	public static Agg movingPercentiles(String bucketsPath, int window) {
		return movingPercentiles(bucketsPath, window, (Map<String, ?>) null);
	}

	/**
	 * {@code moving_percentiles} with options.
	 * @param bucketsPath the path to a percentiles aggregation
	 * @param window the window size
	 * @param options shift, keyed
	 * @return the aggregation
	 */
	public static Agg movingPercentiles(String bucketsPath, int window, Map<String, ?> options) {
		return create("moving_percentiles", ParamMaps.of("moving_percentiles", options, "buckets_path", bucketsPath,
				"window", window));
	}

	/**
	 * {@code moving_percentiles} with options.
	 * @param bucketsPath the path to a percentiles aggregation
	 * @param window the window size
	 * @param options sets the options on {@link MovingPercentilesAggOptions}
	 * @return the aggregation
	 */
	public static Agg movingPercentiles(String bucketsPath, int window, UnaryOperator<MovingPercentilesAggOptions> options) {
		return movingPercentiles(bucketsPath, window, Options.build(new MovingPercentilesAggOptions(), options));
	}

	/**
	 * {@code {"normalize": {"buckets_path": bucketsPath, "method": method}}}.
	 * @param bucketsPath the path to the metric
	 * @param method rescale_0_1, rescale_0_100, percent_of_sum, mean, z-score or softmax
	 * @return the aggregation
	 */
	public static Agg normalize(String bucketsPath, String method) {
		return normalize(bucketsPath, method, (Map<String, ?>) null);
	}

	/**
	 * {@code normalize} with options.
	 * @param bucketsPath the path to the metric
	 * @param method the method
	 * @param options format
	 * @return the aggregation
	 */
	public static Agg normalize(String bucketsPath, String method, Map<String, ?> options) {
		return create("normalize", ParamMaps.of("normalize", options, "buckets_path", bucketsPath, "method", method));
	}

	/**
	 * {@code normalize} with options.
	 * @param bucketsPath the path to the metric
	 * @param method the method
	 * @param options sets the options on {@link NormalizeAggOptions}
	 * @return the aggregation
	 */
	public static Agg normalize(String bucketsPath, String method, UnaryOperator<NormalizeAggOptions> options) {
		return normalize(bucketsPath, method, Options.build(new NormalizeAggOptions(), options));
	}

	/**
	 * {@code {"inference": {"model_id": modelId, "buckets_path": bucketsPath}}}.
	 * @param modelId the trained model's id or alias
	 * @param bucketsPath model input field names to paths
	 * @return the aggregation
	 */
	public static Agg inference(String modelId, Map<String, String> bucketsPath) {
		return inference(modelId, bucketsPath, (Map<String, ?>) null);
	}

	/**
	 * {@code inference} with options.
	 * @param modelId the trained model's id or alias
	 * @param bucketsPath model input field names to paths
	 * @param options inference_config, format, gap_policy
	 * @return the aggregation
	 */
	public static Agg inference(String modelId, Map<String, String> bucketsPath, Map<String, ?> options) {
		return create("inference", ParamMaps.of("inference", options, "model_id", modelId, "buckets_path", bucketsPath));
	}

	/**
	 * {@code inference} with options.
	 * @param modelId the trained model's id or alias
	 * @param bucketsPath model input field names to paths
	 * @param options sets the options on {@link InferenceAggOptions}
	 * @return the aggregation
	 */
	public static Agg inference(String modelId, Map<String, String> bucketsPath, UnaryOperator<InferenceAggOptions> options) {
		return inference(modelId, bucketsPath, Options.build(new InferenceAggOptions(), options));
	}

	/**
	 * {@code {"change_point": {"buckets_path": bucketsPath}}}: detects dips, spikes and change
	 * points in a metric across the buckets of a histogram.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg changePoint(String bucketsPath) {
		return changePoint(bucketsPath, (Map<String, ?>) null);
	}

	/**
	 * {@code {"change_point": {"buckets_path": bucketsPath, ...options}}}.
	 * @param bucketsPath the path to the metric
	 * @param options format, gap_policy
	 * @return the aggregation
	 */
	public static Agg changePoint(String bucketsPath, Map<String, ?> options) {
		return onPath("change_point", bucketsPath, options);
	}

	/**
	 * {@code {"change_point": {"buckets_path": bucketsPath, ...options}}}.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link ChangePointAggOptions}
	 * @return the aggregation
	 */
	public static Agg changePoint(String bucketsPath, UnaryOperator<ChangePointAggOptions> options) {
		return changePoint(bucketsPath, Options.build(new ChangePointAggOptions(), options));
	}
}
