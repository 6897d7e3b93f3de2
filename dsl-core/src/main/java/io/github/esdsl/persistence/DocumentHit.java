package io.github.esdsl.persistence;

import java.util.Objects;

/**
 * A document with its {@link DocumentMeta}: what {@code save}, {@code get}, {@code mget} and
 * {@code search} give back. Saving a hit again is conditional on its sequence number.
 *
 * @param <T> the document class
 * @param document the document
 * @param meta where it is stored and its version
 * @param result what the write that gave this hit did ({@link WriteResult#CREATED} or
 * {@link WriteResult#UPDATED} for {@code save}), {@code null} for a document that was read
 */
public record DocumentHit<T>(T document, DocumentMeta meta, WriteResult result) {

	/**
	 * A hit.
	 * @param document the document, not {@code null}
	 * @param meta the meta, not {@code null}
	 * @param result the write result, or {@code null} for a document that was read
	 */
	public DocumentHit {
		Objects.requireNonNull(document, "document must not be null");
		Objects.requireNonNull(meta, "meta must not be null");
	}

	/**
	 * A hit of a document that was read.
	 * @param document the document, not {@code null}
	 * @param meta the meta, not {@code null}
	 */
	public DocumentHit(T document, DocumentMeta meta) {
		this(document, meta, null);
	}

	/** @return the {@code _id} */
	public String id() {
		return this.meta.id();
	}

	/**
	 * Whether the write that gave this hit created the document (Python's {@code save()}
	 * returning {@code "created"}); {@code false} when it replaced one or the document was read.
	 * @return whether it was created
	 */
	public boolean isCreated() {
		return this.result == WriteResult.CREATED;
	}

	/**
	 * Whether the write that gave this hit replaced an existing document (Python's
	 * {@code "updated"}).
	 * @return whether it was updated
	 */
	public boolean isUpdated() {
		return this.result == WriteResult.UPDATED;
	}

}
