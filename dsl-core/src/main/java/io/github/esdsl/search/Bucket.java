package io.github.esdsl.search;

import java.util.Map;

/**
 * One bucket of a bucket aggregation: its key, document count and sub-aggregations by name
 * ({@link #aggregation(String)}).
 */
public final class Bucket extends AggValues {

	private final Object key;

	Bucket(Object key, Map<String, Object> values) {
		super(values);
		this.key = key;
	}

	/**
	 * The key: a string for terms of keyword fields and keyed buckets, a number for numeric terms,
	 * histograms and dates (epoch milliseconds), a map for {@code composite} and
	 * {@code multi_terms}.
	 * @return the key, {@code null} for buckets without one (such as unkeyed {@code range})
	 */
	public Object key() {
		return this.key;
	}

	/** @return {@code key_as_string} (formatted dates, …), else the key as text */
	public String keyAsString() {
		Object text = this.values.get("key_as_string");
		return (text != null) ? text.toString() : (this.key != null) ? this.key.toString() : null;
	}

	@Override
	String what() {
		return "bucket " + this.key;
	}

}
