package io.github.esdsl.index.management;

import java.time.Instant;

/**
 * Another caller (another instance of the application) holds the migration lock of a read alias.
 */
public class MigrationLockedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String readAlias;

	private final String owner;

	private final Instant expires;

	MigrationLockedException(String readAlias, String owner, Instant expires) {
		super("The migration of '" + readAlias + "' is locked by " + owner + " until " + expires
				+ ": only one migration of an index runs at a time; call again after it finished (or after the lock "
				+ "expired, if its owner stopped)");
		this.readAlias = readAlias;
		this.owner = owner;
		this.expires = expires;
	}

	/** @return the read alias whose migration is locked */
	public String readAlias() {
		return this.readAlias;
	}

	/** @return who holds the lock */
	public String owner() {
		return this.owner;
	}

	/** @return when the lock expires unless renewed */
	public Instant expires() {
		return this.expires;
	}

}
