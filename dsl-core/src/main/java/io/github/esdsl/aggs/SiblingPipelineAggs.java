package io.github.esdsl.aggs;

import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;

/**
 * Factories for sibling pipeline aggregations, inherited by {@link A} (use them as
 * {@code A.avgBucket(...)}). Each takes its {@code buckets_path} first, e.g.
 * {@code "sales_per_month>sales"}.
 */
abstract class SiblingPipelineAggs extends DocumentMetricAggs {

	SiblingPipelineAggs() {
	}

	/** {@code {type: {"buckets_path": bucketsPath, ...options}}}. */
	static Agg onPath(String type, Object bucketsPath, Map<String, ?> options) {
		return create(type, ParamMaps.of(type, options, "buckets_path", bucketsPath));
	}

	/**
	 * {@code {"avg_bucket": {"buckets_path": bucketsPath}}} – the mean of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg avgBucket(String bucketsPath) {
		return avgBucket(bucketsPath, null);
	}

	/**
	 * {@code avg_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format, gap_policy
	 * @return the aggregation
	 */
	public static Agg avgBucket(String bucketsPath, Map<String, ?> options) {
		return onPath("avg_bucket", bucketsPath, options);
	}

	/**
	 * {@code {"max_bucket": {"buckets_path": bucketsPath}}} – the bucket(s) with the largest sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg maxBucket(String bucketsPath) {
		return maxBucket(bucketsPath, null);
	}

	/**
	 * {@code max_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format, gap_policy
	 * @return the aggregation
	 */
	public static Agg maxBucket(String bucketsPath, Map<String, ?> options) {
		return onPath("max_bucket", bucketsPath, options);
	}

	/**
	 * {@code {"min_bucket": {"buckets_path": bucketsPath}}} – the bucket(s) with the smallest sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg minBucket(String bucketsPath) {
		return minBucket(bucketsPath, null);
	}

	/**
	 * {@code min_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format, gap_policy
	 * @return the aggregation
	 */
	public static Agg minBucket(String bucketsPath, Map<String, ?> options) {
		return onPath("min_bucket", bucketsPath, options);
	}

	/**
	 * {@code {"sum_bucket": {"buckets_path": bucketsPath}}} – the sum of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg sumBucket(String bucketsPath) {
		return sumBucket(bucketsPath, null);
	}

	/**
	 * {@code sum_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format, gap_policy
	 * @return the aggregation
	 */
	public static Agg sumBucket(String bucketsPath, Map<String, ?> options) {
		return onPath("sum_bucket", bucketsPath, options);
	}

	/**
	 * {@code {"stats_bucket": {"buckets_path": bucketsPath}}} – stats of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg statsBucket(String bucketsPath) {
		return statsBucket(bucketsPath, null);
	}

	/**
	 * {@code stats_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options format, gap_policy
	 * @return the aggregation
	 */
	public static Agg statsBucket(String bucketsPath, Map<String, ?> options) {
		return onPath("stats_bucket", bucketsPath, options);
	}

	/**
	 * {@code {"extended_stats_bucket": {"buckets_path": bucketsPath}}} – extended stats of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg extendedStatsBucket(String bucketsPath) {
		return extendedStatsBucket(bucketsPath, null);
	}

	/**
	 * {@code extended_stats_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sigma, format, gap_policy
	 * @return the aggregation
	 */
	public static Agg extendedStatsBucket(String bucketsPath, Map<String, ?> options) {
		return onPath("extended_stats_bucket", bucketsPath, options);
	}

	/**
	 * {@code {"percentiles_bucket": {"buckets_path": bucketsPath}}} – percentiles of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg percentilesBucket(String bucketsPath) {
		return percentilesBucket(bucketsPath, null);
	}

	/**
	 * {@code percentiles_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options percents, format, gap_policy
	 * @return the aggregation
	 */
	public static Agg percentilesBucket(String bucketsPath, Map<String, ?> options) {
		return onPath("percentiles_bucket", bucketsPath, options);
	}

	/**
	 * {@code {"bucket_count_ks_test": {"buckets_path": bucketsPath}}} – a Kolmogorov–Smirnov test of sibling bucket counts.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg bucketCountKsTest(String bucketsPath) {
		return bucketCountKsTest(bucketsPath, null);
	}

	/**
	 * {@code bucket_count_ks_test} with options.
	 * @param bucketsPath the path to the metric
	 * @param options alternative, fractions, sampling_method
	 * @return the aggregation
	 */
	public static Agg bucketCountKsTest(String bucketsPath, Map<String, ?> options) {
		return onPath("bucket_count_ks_test", bucketsPath, options);
	}

	/**
	 * {@code {"bucket_correlation": {"buckets_path": bucketsPath, "function": function}}}.
	 * @param bucketsPath the path to the values to correlate
	 * @param function e.g. {@code Map.of("count_correlation", Map.of("indicator", ...))}
	 * @return the aggregation
	 */
	public static Agg bucketCorrelation(String bucketsPath, Map<String, ?> function) {
		return bucketCorrelation(bucketsPath, function, null);
	}

	/**
	 * {@code bucket_correlation} with options.
	 * @param bucketsPath the path to the values to correlate
	 * @param function the correlation function
	 * @param options further parameters
	 * @return the aggregation
	 */
	public static Agg bucketCorrelation(String bucketsPath, Map<String, ?> function, Map<String, ?> options) {
		return create("bucket_correlation", ParamMaps.of("bucket_correlation", options, "buckets_path", bucketsPath,
				"function", function));
	}

}
