package io.github.esdsl.aggs;

import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;
import java.util.function.UnaryOperator;

import io.github.esdsl.types.Options;

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
		return avgBucket(bucketsPath, (Map<String, ?>) null);
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
	 * {@code avg_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link AvgBucketAggOptions}
	 * @return the aggregation
	 */
	public static Agg avgBucket(String bucketsPath, UnaryOperator<AvgBucketAggOptions> options) {
		return avgBucket(bucketsPath, Options.build(new AvgBucketAggOptions(), options));
	}

	/**
	 * {@code {"max_bucket": {"buckets_path": bucketsPath}}} – the bucket(s) with the largest sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg maxBucket(String bucketsPath) {
		return maxBucket(bucketsPath, (Map<String, ?>) null);
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
	 * {@code max_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link MaxBucketAggOptions}
	 * @return the aggregation
	 */
	public static Agg maxBucket(String bucketsPath, UnaryOperator<MaxBucketAggOptions> options) {
		return maxBucket(bucketsPath, Options.build(new MaxBucketAggOptions(), options));
	}

	/**
	 * {@code {"min_bucket": {"buckets_path": bucketsPath}}} – the bucket(s) with the smallest sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg minBucket(String bucketsPath) {
		return minBucket(bucketsPath, (Map<String, ?>) null);
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
	 * {@code min_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link MinBucketAggOptions}
	 * @return the aggregation
	 */
	public static Agg minBucket(String bucketsPath, UnaryOperator<MinBucketAggOptions> options) {
		return minBucket(bucketsPath, Options.build(new MinBucketAggOptions(), options));
	}

	/**
	 * {@code {"sum_bucket": {"buckets_path": bucketsPath}}} – the sum of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg sumBucket(String bucketsPath) {
		return sumBucket(bucketsPath, (Map<String, ?>) null);
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
	 * {@code sum_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link SumBucketAggOptions}
	 * @return the aggregation
	 */
	public static Agg sumBucket(String bucketsPath, UnaryOperator<SumBucketAggOptions> options) {
		return sumBucket(bucketsPath, Options.build(new SumBucketAggOptions(), options));
	}

	/**
	 * {@code {"stats_bucket": {"buckets_path": bucketsPath}}} – stats of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg statsBucket(String bucketsPath) {
		return statsBucket(bucketsPath, (Map<String, ?>) null);
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
	 * {@code stats_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link StatsBucketAggOptions}
	 * @return the aggregation
	 */
	public static Agg statsBucket(String bucketsPath, UnaryOperator<StatsBucketAggOptions> options) {
		return statsBucket(bucketsPath, Options.build(new StatsBucketAggOptions(), options));
	}

	/**
	 * {@code {"extended_stats_bucket": {"buckets_path": bucketsPath}}} – extended stats of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg extendedStatsBucket(String bucketsPath) {
		return extendedStatsBucket(bucketsPath, (Map<String, ?>) null);
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
	 * {@code extended_stats_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link ExtendedStatsBucketAggOptions}
	 * @return the aggregation
	 */
	public static Agg extendedStatsBucket(String bucketsPath, UnaryOperator<ExtendedStatsBucketAggOptions> options) {
		return extendedStatsBucket(bucketsPath, Options.build(new ExtendedStatsBucketAggOptions(), options));
	}

	/**
	 * {@code {"percentiles_bucket": {"buckets_path": bucketsPath}}} – percentiles of a sibling metric.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg percentilesBucket(String bucketsPath) {
		return percentilesBucket(bucketsPath, (Map<String, ?>) null);
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
	 * {@code percentiles_bucket} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link PercentilesBucketAggOptions}
	 * @return the aggregation
	 */
	public static Agg percentilesBucket(String bucketsPath, UnaryOperator<PercentilesBucketAggOptions> options) {
		return percentilesBucket(bucketsPath, Options.build(new PercentilesBucketAggOptions(), options));
	}

	/**
	 * {@code {"bucket_count_ks_test": {"buckets_path": bucketsPath}}} – a Kolmogorov–Smirnov test of sibling bucket counts.
	 * @param bucketsPath the path to the metric
	 * @return the aggregation
	 */
	public static Agg bucketCountKsTest(String bucketsPath) {
		return bucketCountKsTest(bucketsPath, (Map<String, ?>) null);
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
	 * {@code bucket_count_ks_test} with options.
	 * @param bucketsPath the path to the metric
	 * @param options sets the options on {@link BucketCountKsTestAggOptions}
	 * @return the aggregation
	 */
	public static Agg bucketCountKsTest(String bucketsPath, UnaryOperator<BucketCountKsTestAggOptions> options) {
		return bucketCountKsTest(bucketsPath, Options.build(new BucketCountKsTestAggOptions(), options));
	}

	/**
	 * {@code {"bucket_correlation": {"buckets_path": bucketsPath, "function": function}}}.
	 * @param bucketsPath the path to the values to correlate
	 * @param function e.g. {@code Map.of("count_correlation", Map.of("indicator", ...))}
	 * @return the aggregation
	 */
	public static Agg bucketCorrelation(String bucketsPath, Map<String, ?> function) {
		return bucketCorrelation(bucketsPath, function, (Map<String, ?>) null);
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

	/**
	 * {@code bucket_correlation} with options.
	 * @param bucketsPath the path to the values to correlate
	 * @param function the correlation function
	 * @param options sets the options on {@link BucketCorrelationAggOptions}
	 * @return the aggregation
	 */
	public static Agg bucketCorrelation(String bucketsPath, Map<String, ?> function, UnaryOperator<BucketCorrelationAggOptions> options) {
		return bucketCorrelation(bucketsPath, function, Options.build(new BucketCorrelationAggOptions(), options));
	}

}
