package io.github.esdsl.faceted;

/**
 * How the buckets of a facet with a metric are ordered, Python's {@code metric_sort}.
 */
public enum MetricSort {

	/** Highest metric first ({@code "order": {"metric": "desc"}}), the default. */
	DESC,

	/** Lowest metric first ({@code "order": {"metric": "asc"}}). */
	ASC,

	/**
	 * No {@code order}: the aggregation's own order (document count for terms), Python's
	 * {@code metric_sort=False}.
	 */
	DOC_COUNT

}
