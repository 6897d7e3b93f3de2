package io.github.esdsl.faceted;

/**
 * One value of a facet in a response, Python's {@code (key, count, selected)} tuple.
 *
 * <p>Python puts a facet's metric in place of the count; here the document count is always
 * {@link #count()} and the metric, when the facet has one, is {@link #metric()}.
 *
 * @param key the bucket key: a {@code String}, {@code Boolean} or number for terms, a number for
 * histograms, a {@code java.time} value for date histograms, the range name for ranges
 * @param count the number of documents in the bucket
 * @param selected whether the request filtered on this value
 * @param metric the value of the facet's metric for the bucket, {@code null} without a metric
 * (or when Elasticsearch returned none, e.g. the max of an empty bucket)
 */
public record FacetValue(Object key, long count, boolean selected, Double metric) {

	/**
	 * A value without a metric.
	 * @param key the bucket key
	 * @param count the number of documents
	 * @param selected whether the request filtered on it
	 */
	public FacetValue(Object key, long count, boolean selected) {
		this(key, count, selected, null);
	}

}
