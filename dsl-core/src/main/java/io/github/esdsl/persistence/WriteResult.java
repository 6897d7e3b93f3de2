package io.github.esdsl.persistence;

import java.util.Locale;

/**
 * What a write did to a document: Elasticsearch's {@code result} of an index, create, update or
 * delete (Python's {@code save()} and {@code update()} return it as text).
 */
public enum WriteResult {

	/** The document did not exist and was written. */
	CREATED,

	/** The document existed and was replaced or changed. */
	UPDATED,

	/** An update changed nothing (the partial document equalled the stored one, or the script said so). */
	NOOP,

	/** The document was deleted. */
	DELETED,

	/** There was no document to delete. */
	NOT_FOUND;

	/**
	 * The result of Elasticsearch's {@code result} text.
	 * @param value {@code created}, {@code updated}, {@code noop}, {@code deleted} or {@code not_found}
	 * @return the result
	 * @throws IllegalArgumentException for any other text, naming it
	 */
	public static WriteResult of(String value) {
		if (value == null) {
			throw new IllegalArgumentException("The write response has no result; expected one of created, updated, "
					+ "noop, deleted, not_found");
		}
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown write result '" + value
					+ "'; expected one of created, updated, noop, deleted, not_found", ex);
		}
	}

	/** @return the text Elasticsearch uses, such as {@code created} */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
