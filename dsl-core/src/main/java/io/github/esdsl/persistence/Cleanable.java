package io.github.esdsl.persistence;

/**
 * A document with a hook run before it is saved, after its fields passed validation, as
 * Python's {@code Document.clean()}: normalise values, fill derived fields, or throw a
 * {@link ValidationException} to refuse the save.
 */
public interface Cleanable {

	/**
	 * Checks and adjusts the document before it is written.
	 * @throws ValidationException when the document must not be saved
	 */
	void clean();

}
