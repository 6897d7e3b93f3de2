package io.github.esdsl.persistence;

import java.util.Optional;

import io.github.esdsl.document.DocumentField;
import io.github.esdsl.document.DocumentMetadata;

/**
 * The outcome of an update: the document as it is stored after it (read from the update
 * response's {@code get._source}, so a scripted update's changes are there too), its new meta
 * and what the update did. Records are immutable: use {@link #document()}; an instance of a
 * mutable class can take the new values with {@link #applyTo(Object)}.
 *
 * <pre>{@code
 * UpdateResult<Post> result = operations.update(hit, Update.script("ctx._source.likes++", Map.of()));
 * Post updated = result.document().orElseThrow();   // a new instance, likes incremented
 * DocumentHit<Post> next = result.hit();            // for the next conditional write
 * result.applyTo(post);                             // or refresh the instance you hold
 * }</pre>
 *
 * @param <T> the document class
 * @param document the document after the update, {@code null} when the response did not return it
 * @param meta the document's new state: version, sequence number and primary term
 * @param result {@code UPDATED}, {@code CREATED} (an upsert), {@code NOOP} or {@code DELETED}
 */
public record UpdateResult<T>(T document, DocumentMeta meta, WriteResult result) {

	/**
	 * The updated document with its new meta, to save or update again conditionally.
	 * @return the hit
	 * @throws IllegalStateException when the response did not include the document
	 */
	public DocumentHit<T> hit() {
		if (this.document == null) {
			throw new IllegalStateException("The update of '" + this.meta.id() + "' (" + this.result
					+ ") returned no document");
		}
		return new DocumentHit<>(this.document, this.meta, this.result);
	}

	/**
	 * Copies every field of the updated document into an instance of a mutable document class,
	 * as Python's {@code doc.update(...)} leaves the instance with the new values.
	 * @param instance the instance to refresh
	 * @return the instance
	 * @throws IllegalStateException when the response did not include the document
	 * @throws IllegalArgumentException when the class is a record or has final fields: use
	 * {@link #document()} instead
	 */
	@SuppressWarnings("unchecked")
	public T applyTo(T instance) {
		T updated = hit().document();
		Class<T> type = (Class<T>) updated.getClass();
		if (instance.getClass() != type) {
			throw new IllegalArgumentException("Cannot apply an updated " + type.getName() + " to a "
					+ instance.getClass().getName());
		}
		DocumentMetadata<T> metadata = DocumentMetadata.of(type);
		for (DocumentField field : metadata.fields()) {
			if (!field.isWritable()) {
				throw new IllegalArgumentException("Cannot apply the update to a " + type.getName() + ": "
						+ field + " cannot be set (records and final fields are immutable); use document()");
			}
		}
		for (DocumentField field : metadata.fields()) {
			field.set(instance, field.get(updated));
		}
		return instance;
	}

	/** @return whether nothing changed (the partial document equalled the stored one) */
	public boolean isNoop() {
		return this.result == WriteResult.NOOP;
	}

	/** @return whether the document was created by the upsert */
	public boolean isCreated() {
		return this.result == WriteResult.CREATED;
	}

	/** @return whether the stored document changed */
	public boolean isUpdated() {
		return this.result == WriteResult.UPDATED;
	}

}
