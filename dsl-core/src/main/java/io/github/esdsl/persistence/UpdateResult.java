package io.github.esdsl.persistence;

/**
 * The outcome of an update.
 *
 * @param meta the document's new state
 * @param result {@code updated}, {@code created} (an upsert), {@code noop} or {@code deleted}
 */
public record UpdateResult(DocumentMeta meta, String result) {

	/** @return whether nothing changed (the partial document equalled the stored one) */
	public boolean isNoop() {
		return "noop".equals(this.result);
	}

	/** @return whether the document was created by the upsert */
	public boolean isCreated() {
		return "created".equals(this.result);
	}

	/** @return whether the stored document changed */
	public boolean isUpdated() {
		return "updated".equals(this.result);
	}

}
