package io.github.esdsl.persistence;

/**
 * A document that picks the concrete index it is written to, as a Python document overriding
 * {@code save()} does for time-based indices governed by a template:
 *
 * <pre>{@code
 * @Document(index = "logs-*")
 * class Log implements Cleanable, WritesTo {
 *     Instant timestamp;
 *     String content;
 *     public void clean() { if (timestamp == null) timestamp = Instant.now(); }
 *     public String writeIndex() { return "logs-" + DAY.format(timestamp); }   // logs-20240501
 * }
 * }</pre>
 *
 * Used by {@code save} and bulk index/create actions (after validation and {@link Cleanable#clean()},
 * so {@code clean} can fill what the name needs) unless {@link DocumentOperations#on(String)} or
 * {@link BulkAction#index(String)} names an index.
 */
public interface WritesTo {

	/**
	 * The concrete index this document is written to.
	 * @return the index name
	 */
	String writeIndex();

}
