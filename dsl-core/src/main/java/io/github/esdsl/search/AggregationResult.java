package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one aggregation: buckets for bucket aggregations, {@link #value()} for
 * single-value metrics, {@link #values()} for percentiles, {@link #getDouble(String)} for the
 * fields of {@code stats}, {@link #hits()} for {@code top_hits}, and sub-aggregations by name for
 * single-bucket aggregations.
 */
public final class AggregationResult extends AggValues {

	private final String name;

	AggregationResult(String name, Map<String, Object> values) {
		super(values);
		this.name = name;
	}

	/** @return the aggregation's name */
	public String name() {
		return this.name;
	}

	/**
	 * The buckets, in order; for keyed results ({@code "keyed": true}, {@code filters}) each
	 * bucket's key is its name.
	 * @return the buckets, empty when this is not a bucket aggregation
	 */
	public List<Bucket> buckets() {
		Object buckets = this.values.get("buckets");
		List<Bucket> result = new ArrayList<>();
		if (buckets instanceof Map<?, ?> keyed) {
			keyed.forEach((key, bucket) -> result.add(new Bucket(key, asMap(bucket))));
		}
		else {
			for (Object bucket : asList(buckets)) {
				Map<String, Object> map = asMap(bucket);
				result.add(new Bucket(map.get("key"), map));
			}
		}
		return result;
	}

	/**
	 * The value of a single-value metric ({@code avg}, {@code sum}, {@code min}, {@code max},
	 * {@code cardinality}, {@code value_count}, pipeline values, …).
	 * @return the value, {@code null} when there were no documents
	 * @throws IllegalStateException when the result has no {@code value}
	 */
	public Double value() {
		if (!this.values.containsKey("value")) {
			throw new IllegalStateException("Aggregation '" + this.name + "' has no single value; its keys are "
					+ this.values.keySet());
		}
		return getDouble("value");
	}

	/** @return {@code value_as_string} (formatted dates, …), {@code null} when absent */
	public String valueAsString() {
		Object value = this.values.get("value_as_string");
		return (value != null) ? value.toString() : null;
	}

	/**
	 * The values of a multi-value metric ({@code percentiles}, {@code percentile_ranks}), keyed
	 * or not.
	 * @return the values by key (such as {@code "99.0"}), in order; {@code null} values for no
	 * documents
	 * @throws IllegalStateException when the result has no {@code values}
	 */
	public Map<String, Double> values() {
		Object values = this.values.get("values");
		if (values == null) {
			throw new IllegalStateException("Aggregation '" + this.name + "' has no values; its keys are "
					+ this.values.keySet());
		}
		Map<String, Double> result = new LinkedHashMap<>();
		if (values instanceof Map<?, ?> keyed) {
			keyed.forEach((key, value) -> result.put(String.valueOf(key), toDouble(value)));
		}
		else {
			for (Object entry : asList(values)) {
				Map<String, Object> map = asMap(entry);
				result.put(String.valueOf(map.get("key")), toDouble(map.get("value")));
			}
		}
		return result;
	}

	/**
	 * The hits of a {@code top_hits} aggregation, sources as maps.
	 * @return the hits
	 * @throws IllegalStateException when this is not a {@code top_hits} result
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public List<Hit<Map<String, Object>>> hits() {
		return (List) hits(Map.class);
	}

	/**
	 * The hits of a {@code top_hits} aggregation, sources read as a class.
	 * @param <R> the class
	 * @param type the class
	 * @return the hits
	 * @throws IllegalStateException when this is not a {@code top_hits} result
	 */
	public <R> List<Hit<R>> hits(Class<R> type) {
		Object hits = this.values.get("hits");
		if (!(hits instanceof Map<?, ?>)) {
			throw new IllegalStateException("Aggregation '" + this.name + "' has no hits (not a top_hits); its keys are "
					+ this.values.keySet());
		}
		return HitParser.fromMap(asMap(hits), type).hits();
	}

	private static Double toDouble(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		return (value instanceof String text) ? Double.valueOf(text) : null;
	}

	@Override
	String what() {
		return "aggregation '" + this.name + "'";
	}

}
