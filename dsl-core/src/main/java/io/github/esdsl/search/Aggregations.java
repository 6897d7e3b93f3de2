package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The top-level aggregation results of a response, by name.
 *
 * <pre>{@code
 * for (Bucket bucket : response.aggregations().get("per_tag").buckets()) {
 *     System.out.println(bucket.key() + " " + bucket.docCount() + " " + bucket.aggregation("clicks").value());
 * }
 * }</pre>
 */
public final class Aggregations {

	private final Map<String, Object> values;

	Aggregations(Map<String, Object> values) {
		this.values = values;
	}

	/**
	 * One aggregation's result.
	 * @param name the name given in the search
	 * @return the result
	 * @throws IllegalArgumentException naming the aggregations there are when there is none of
	 * that name
	 */
	public AggregationResult get(String name) {
		Object value = this.values.get(name);
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("The response has no aggregation named '" + name
					+ "'; its aggregations are " + this.values.keySet());
		}
		return new AggregationResult(name, AggValues.asMap(value));
	}

	/** @return the names of the aggregations */
	public Set<String> names() {
		return this.values.keySet();
	}

	/** @return whether there are none */
	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** @return the {@code aggregations} object as returned, a new map owned by the caller */
	public Map<String, Object> toMap() {
		return new LinkedHashMap<>(this.values);
	}

	@Override
	public String toString() {
		return "Aggregations" + this.values.keySet();
	}

}
