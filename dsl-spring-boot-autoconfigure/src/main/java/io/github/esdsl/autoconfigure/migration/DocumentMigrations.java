package io.github.esdsl.autoconfigure.migration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.esdsl.connection.Connections;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.index.management.MigrationPlan;
import io.github.esdsl.index.management.MigrationResult;
import io.github.esdsl.index.management.MigrationState;
import io.github.esdsl.index.management.Migrator;
import io.github.esdsl.index.management.VersionedIndex;

/**
 * Mapping migrations of the application's document classes, each on the connection of its
 * {@code @Document(using = ...)} alias (see {@link Migrator} for what a migration does). Nothing
 * runs by itself: call {@link #migrate(Class)} (from an admin endpoint, a runner, a job), or set
 * {@code elasticsearch.dsl.migrations.on-startup=true} to migrate every document class when the
 * application starts. Progress is logged by {@link Migrator} and kept for the {@code migrations}
 * actuator endpoint.
 */
public class DocumentMigrations {

	private final Connections connections;

	private final List<Class<?>> documentClasses;

	private final Map<String, MigrationState> progress = new ConcurrentHashMap<>();

	/**
	 * Creates the migrations.
	 * @param connections the connections by alias
	 * @param documentClasses the application's document classes
	 */
	public DocumentMigrations(Connections connections, List<Class<?>> documentClasses) {
		this.connections = connections;
		this.documentClasses = List.copyOf(documentClasses);
	}

	/** @return the document classes with a concrete index, which can be migrated */
	public List<Class<?>> getDocumentClasses() {
		return this.documentClasses.stream()
			.filter((type) -> DocumentMetadata.of(type).index().isPresent() && !DocumentMetadata.of(type).isIndexPattern())
			.toList();
	}

	/**
	 * What {@link #migrate(Class)} would do (a dry run).
	 * @param documentClass the document class
	 * @return the plan
	 */
	public MigrationPlan plan(Class<?> documentClass) {
		return migrator(documentClass).plan(documentClass);
	}

	/**
	 * Migrates a document class's index to the class's mapping, resuming an interrupted migration.
	 * @param documentClass the document class
	 * @return what was done
	 */
	public MigrationResult migrate(Class<?> documentClass) {
		return migrator(documentClass).migrate(documentClass);
	}

	/**
	 * Points the aliases of a document class at the version its last migration started from.
	 * @param documentClass the document class
	 * @return the recorded state
	 */
	public MigrationState rollback(Class<?> documentClass) {
		return migrator(documentClass).rollback(documentClass);
	}

	/**
	 * The recorded state of the last migration of each document class's index: what this
	 * application saw last, else what the cluster recorded.
	 * @return states by read alias
	 */
	public Map<String, MigrationState> status() {
		Map<String, MigrationState> states = new LinkedHashMap<>();
		for (Class<?> type : getDocumentClasses()) {
			String alias = VersionedIndex.of(type).readAlias();
			Optional<MigrationState> state = Optional.ofNullable(this.progress.get(alias))
				.or(() -> migrator(type).status(alias));
			state.ifPresent((found) -> states.put(alias, found));
		}
		return states;
	}

	private Migrator migrator(Class<?> documentClass) {
		String using = DocumentMetadata.of(documentClass).using();
		return new Migrator(this.connections.get(using))
			.onProgress((state) -> this.progress.put(state.readAlias(), state));
	}

}
