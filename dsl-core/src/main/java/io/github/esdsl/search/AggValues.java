package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What aggregation results and buckets share: the raw object and access to the
 * sub-aggregations in it by name.
 */
abstract class AggValues {

	final Map<String, Object> values;

	AggValues(Map<String, Object> values) {
		this.values = values;
	}

	/**
	 * A sub-aggregation by name.
	 * @param name the name given to the aggregation in the search
	 * @return its result
	 * @throws IllegalArgumentException naming the keys there are when there is none of that name
	 */
	@SuppressWarnings("unchecked")
	public AggregationResult aggregation(String name) {
		Object value = this.values.get(name);
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("No aggregation named '" + name + "' in " + what()
					+ "; its keys are " + this.values.keySet());
		}
		return new AggregationResult(name, (Map<String, Object>) map);
	}

	/**
	 * The document count of a bucket or single-bucket aggregation ({@code filter}, {@code nested},
	 * {@code global}, …).
	 * @return {@code doc_count}
	 * @throws IllegalStateException when there is no {@code doc_count}
	 */
	public long docCount() {
		Object count = this.values.get("doc_count");
		if (!(count instanceof Number number)) {
			throw new IllegalStateException(what() + " has no doc_count; its keys are " + this.values.keySet());
		}
		return number.longValue();
	}

	/**
	 * A raw value by key, such as {@code count} or {@code std_deviation} of {@code extended_stats}.
	 * @param key the key
	 * @return the value as parsed (maps, lists, strings, numbers), {@code null} when absent
	 */
	public Object get(String key) {
		return this.values.get(key);
	}

	/**
	 * A numeric value by key, such as {@code min}, {@code max}, {@code avg} or {@code sum} of a
	 * {@code stats} aggregation.
	 * @param key the key
	 * @return the value, {@code null} when absent or {@code null} (no documents)
	 * @throws IllegalStateException when the value is not a number
	 */
	public Double getDouble(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw new IllegalStateException("'" + key + "' of " + what() + " is not a number but " + value);
	}

	/**
	 * The object as returned.
	 * @return a new map owned by the caller
	 */
	public Map<String, Object> toMap() {
		return new LinkedHashMap<>(this.values);
	}

	abstract String what();

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	static List<?> asList(Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	@Override
	public String toString() {
		return what() + this.values;
	}

}
