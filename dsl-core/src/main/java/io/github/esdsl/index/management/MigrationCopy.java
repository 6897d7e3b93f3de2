package io.github.esdsl.index.management;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The copy phase of a migration: the server's reindex task (one recorded by an interrupted run is
 * awaited rather than started again) or the client-side copy, as the {@link Migrator.CopyMethod}
 * and the cluster allow. Reports the counts as states.
 */
final class MigrationCopy {

	private final Migrator migrator;

	private final Consumer<MigrationState> progress;

	MigrationCopy(Migrator migrator, Consumer<MigrationState> progress) {
		this.migrator = migrator;
		this.progress = progress;
	}

	/**
	 * Copies {@code from} into {@code to} of the state.
	 * @param state the state, phase {@link MigrationPhase#WRITES_MOVED}
	 * @param sourceCount the documents of the (write-blocked) source
	 * @return the state with the final counts
	 */
	MigrationState copy(MigrationState state, long sourceCount) {
		if (this.migrator.copyMethod != Migrator.CopyMethod.CLIENT) {
			ServerReindex reindex = new ServerReindex(this.migrator.connection, this.migrator.batchSize,
					this.migrator.pollInterval);
			Optional<String> task = Optional.ofNullable(state.task());
			Optional<CopyCounts> counts = Optional.empty();
			if (state.task() != null) {
				counts = reindex.await(state.task(), (sofar) -> report(state, "reindex", state.task(), sourceCount, sofar));
			}
			if (counts.isEmpty()) {
				task = reindex.start(state.from(), state.to());
				if (task.isPresent()) {
					String id = task.get();
					MigrationState started = state.copy("reindex", id, sourceCount, 0, 0, 0);
					this.progress.accept(started);
					this.migrator.listener.accept(started);
					counts = reindex.await(id, (sofar) -> report(state, "reindex", id, sourceCount, sofar));
				}
				else if (this.migrator.copyMethod == Migrator.CopyMethod.REINDEX) {
					throw new IllegalStateException("The cluster has no _reindex API (no reindex module), but the "
							+ "migrator was set to copyMethod(REINDEX): use AUTO or CLIENT");
				}
				else {
					Migrator.logger.info("The cluster has no _reindex API: copying '{}' into '{}' from the client",
							state.from(), state.to());
				}
			}
			if (counts.isPresent()) {
				return at(state, "reindex", task.orElse(null), sourceCount, counts.get());
			}
		}
		CopyCounts counts = new ClientCopy(this.migrator.connection, this.migrator.batchSize).copy(state.from(),
				state.to(), (sofar) -> report(state, "client", null, sourceCount, sofar));
		return at(state, "client", null, sourceCount, counts);
	}

	private void report(MigrationState state, String method, String task, long sourceCount, CopyCounts counts) {
		this.progress.accept(at(state, method, task, sourceCount, counts));
	}

	private static MigrationState at(MigrationState state, String method, String task, long sourceCount,
			CopyCounts counts) {
		return state.copy(method, task, sourceCount, counts.created(), counts.superseded(), counts.failures());
	}

}
