package io.github.esdsl.persistence;

/**
 * What {@code mget} does with a document that was not found, as Python's {@code missing}.
 */
public enum Missing {

	/** Put {@code null} in its place in the result list. */
	NONE,

	/** Throw a {@link io.github.esdsl.connection.NotFoundException} naming every missing id. */
	RAISE,

	/** Leave it out of the result list. */
	SKIP

}
