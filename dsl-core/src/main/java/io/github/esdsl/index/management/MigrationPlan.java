package io.github.esdsl.index.management;

import java.util.List;

/**
 * What {@link Migrator#migrate} would do, without doing it (a dry run): {@link #toString()}
 * prints it.
 *
 * @param index the read and write aliases and versions
 * @param action what the migration would do
 * @param from the index the read alias points at, or {@code null} when none exists
 * @param to the version the documents would be copied into, or {@code null}
 * @param resumeAfter for {@link Action#RESUME}, the last phase recorded, else {@code null}
 * @param changes what differs between the definition and {@code from}, one line each
 * @param steps the requests the migration would send, in order
 */
public record MigrationPlan(VersionedIndex index, Action action, String from, String to, MigrationPhase resumeAfter,
		List<String> changes, List<String> steps) {

	/** What a migration would do. */
	public enum Action {

		/** Create the first version behind both aliases. */
		CREATE_FIRST_VERSION,

		/** Nothing: the current version is as wanted. */
		UP_TO_DATE,

		/** Copy into a new version and move the aliases. */
		MIGRATE,

		/** Go on with an interrupted migration from its recorded phase. */
		RESUME

	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Migration plan for '" + this.index.readAlias() + "' (write alias '"
				+ this.index.writeAlias() + "'): " + this.action);
		if (this.from != null) {
			text.append(" from '").append(this.from).append("'");
		}
		if (this.to != null) {
			text.append(" to '").append(this.to).append("'");
		}
		if (this.resumeAfter != null) {
			text.append(" after phase ").append(this.resumeAfter);
		}
		this.changes.forEach((line) -> text.append(System.lineSeparator()).append("  change: ").append(line));
		for (int i = 0; i < this.steps.size(); i++) {
			text.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(this.steps.get(i));
		}
		return text.toString();
	}

}
