package io.github.esdsl.index.management;

import java.time.Duration;

/**
 * What {@link Migrator#migrate} did.
 *
 * @param outcome what happened
 * @param state the recorded state at the end ({@code null} for {@link Outcome#UP_TO_DATE} and
 * {@link Outcome#FIRST_VERSION_CREATED})
 * @param index the index the read alias points at now
 * @param took how long the call took
 */
public record MigrationResult(Outcome outcome, MigrationState state, String index, Duration took) {

	/** What a call to {@link Migrator#migrate} did. */
	public enum Outcome {

		/** Nothing existed: the first version was created behind both aliases. */
		FIRST_VERSION_CREATED,

		/** The current version already has the wanted mapping and settings: nothing was written. */
		UP_TO_DATE,

		/** The documents were copied into a new version and the aliases point at it. */
		MIGRATED

	}

}
