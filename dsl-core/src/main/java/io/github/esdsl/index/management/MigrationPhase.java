package io.github.esdsl.index.management;

/**
 * The phases of a migration, in order; each is recorded when it completes, so that a new call
 * resumes after the last one recorded.
 */
public enum MigrationPhase {

	/** The lock is held and the plan recorded. */
	STARTED,

	/** The template is put and the new version exists, with no replicas and no refresh. */
	CREATED,

	/** The write alias points at the new version and the old one is write-blocked and refreshed. */
	WRITES_MOVED,

	/** Every document of the old version is in the new one (or superseded by a newer write there). */
	COPIED,

	/** Settings restored, the new version refreshed and the counts checked. */
	VERIFIED,

	/** The read alias points at the new version: the migration is complete. */
	DONE,

	/** The aliases point at the old version again and its write block is lifted. */
	ROLLED_BACK

}
