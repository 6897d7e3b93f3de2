package io.github.esdsl.esql;

import java.util.Map;

/**
 * The aggregation, grouping and full-text search functions of {@link F}.
 */
abstract class AggregateFunctions extends ScalarFunctions {

	AggregateFunctions() {
	}

	/** {@code AVG}: the average. */
	public static Expression avg(Object number) {
		return call("AVG", number);
	}

	/** {@code COUNT}: the number of rows, {@code COUNT(*)}. */
	public static Expression count() {
		return call("COUNT", Expression.column("*"));
	}

	/** {@code COUNT}: the number of values. */
	public static Expression count(Object field) {
		return call("COUNT", field);
	}

	/** {@code COUNT_DISTINCT}: the approximate number of distinct values. */
	public static Expression countDistinct(Object field) {
		return call("COUNT_DISTINCT", field);
	}

	/** {@code COUNT_DISTINCT}: the approximate number of distinct values, with a precision threshold. */
	public static Expression countDistinct(Object field, Object precision) {
		return call("COUNT_DISTINCT", field, precision);
	}

	/** {@code MAX}: the largest value. */
	public static Expression max(Object field) {
		return call("MAX", field);
	}

	/** {@code MIN}: the smallest value. */
	public static Expression min(Object field) {
		return call("MIN", field);
	}

	/** {@code SUM}: the sum. */
	public static Expression sum(Object number) {
		return call("SUM", number);
	}

	/** {@code MEDIAN}: the median. */
	public static Expression median(Object number) {
		return call("MEDIAN", number);
	}

	/** {@code MEDIAN_ABSOLUTE_DEVIATION}: the median absolute deviation. */
	public static Expression medianAbsoluteDeviation(Object number) {
		return call("MEDIAN_ABSOLUTE_DEVIATION", number);
	}

	/** {@code PERCENTILE}: the value below which the given percentage of values fall. */
	public static Expression percentile(Object number, Object percentile) {
		return call("PERCENTILE", number, percentile);
	}

	/** {@code STD_DEV}: the population standard deviation. */
	public static Expression stdDev(Object number) {
		return call("STD_DEV", number);
	}

	/** {@code VALUES}: all values, as a multivalue. */
	public static Expression values(Object field) {
		return call("VALUES", field);
	}

	/** {@code TOP}: the top values, {@code order} being {@code "asc"} or {@code "desc"}. */
	public static Expression top(Object field, Object limit, Object order) {
		return call("TOP", field, limit, order);
	}

	/** {@code WEIGHTED_AVG}: the weighted average. */
	public static Expression weightedAvg(Object number, Object weight) {
		return call("WEIGHTED_AVG", number, weight);
	}

	/** {@code BUCKET}: buckets of a fixed size, a number or a {@link Expression#timespan(long, String)}. */
	public static Expression bucket(Object field, Object span) {
		return call("BUCKET", field, span);
	}

	/** {@code BUCKET}: about {@code buckets} buckets over the range. */
	public static Expression bucket(Object field, Object buckets, Object from, Object to) {
		return call("BUCKET", field, buckets, from, to);
	}

	/** {@code MATCH}: whether the field matches the query (full text). */
	public static Expression match(Object field, Object query) {
		return call("MATCH", field, query);
	}

	/** {@code MATCH}: whether the field matches the query, with options such as {@code fuzziness}. */
	public static Expression match(Object field, Object query, Map<String, ?> options) {
		return call("MATCH", field, query, options);
	}

	/** {@code MATCH_PHRASE}: whether the field matches the phrase. */
	public static Expression matchPhrase(Object field, Object query) {
		return call("MATCH_PHRASE", field, query);
	}

	/** {@code MULTI_MATCH}: whether one of the fields matches the query. */
	public static Expression multiMatch(Object query, Object... fields) {
		return call("MULTI_MATCH", prepend(fields, query));
	}

	/** {@code QSTR}: whether the row matches a Lucene query string. */
	public static Expression qstr(Object query) {
		return call("QSTR", query);
	}

	/** {@code KQL}: whether the row matches a KQL query. */
	public static Expression kql(Object query) {
		return call("KQL", query);
	}

	/** {@code KNN}: whether the vector is among the nearest neighbours of the query vector. */
	public static Expression knn(Object field, Object queryVector) {
		return call("KNN", field, queryVector);
	}

}
