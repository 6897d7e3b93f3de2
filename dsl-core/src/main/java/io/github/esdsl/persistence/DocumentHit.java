package io.github.esdsl.persistence;

import java.util.Objects;

/**
 * A document with its {@link DocumentMeta}: what {@code save}, {@code get}, {@code mget} and
 * {@code search} give back. Saving a hit again is conditional on its sequence number.
 *
 * @param <T> the document class
 * @param document the document
 * @param meta where it is stored and its version
 */
public record DocumentHit<T>(T document, DocumentMeta meta) {

	/**
	 * A hit.
	 * @param document the document, not {@code null}
	 * @param meta the meta, not {@code null}
	 */
	public DocumentHit {
		Objects.requireNonNull(document, "document must not be null");
		Objects.requireNonNull(meta, "meta must not be null");
	}

	/** @return the {@code _id} */
	public String id() {
		return this.meta.id();
	}

}
