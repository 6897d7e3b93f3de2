package io.github.esdsl.index.management;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.index.Index;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zero-downtime mapping migrations of a document index kept as versions behind aliases
 * ({@link VersionedIndex}: {@code blog-000001}, … behind the read alias {@code blog} and the
 * write alias {@code blog-write}). One call moves a document class to its current mapping:
 *
 * <ol>
 * <li>takes the lock of the alias (a document with an expiry in {@value #STATE_INDEX}, so two
 * application instances never migrate at once; a crashed holder's lock expires);</li>
 * <li>puts the template and creates the new version with no replicas and no refresh;</li>
 * <li>moves the <b>write alias</b> to the new version first, then write-blocks the old version
 * (which waits for writes in flight) and refreshes it: from then on every write goes to the new
 * version, and the old one is a fixed snapshot;</li>
 * <li>copies the old version with {@code op_type=create}: the server's {@code _reindex} as a task
 * polled to completion when the cluster has it, else a client-side copy (point in time +
 * {@code search_after} + bulk). A document written during the copy is newer than the copy of it,
 * so the copy skips it (counted as superseded): newer writes win;</li>
 * <li>restores replicas and refresh, refreshes, and checks that every document of the old version
 * was copied or superseded, with no failures;</li>
 * <li>moves the read alias in one atomic {@code _aliases} request. The old version stays
 * (write-blocked) for {@link #rollback}.</li>
 * </ol>
 *
 * Each phase is recorded ({@link MigrationState}); a call after a crash resumes after the last
 * recorded phase (an interrupted copy starts over: already copied documents are skipped as
 * superseded, so the result is the same). Writes must go through the write alias, for example
 * {@code documents.on(VersionedIndex.of(Post.class).writeAlias())}; searches and gets through the
 * read alias (the {@code @Document} index) need no change and read hits as the document class
 * whatever version they come from. Limits: a partial update ({@code _update}) during the copy of a
 * document not yet copied fails with not-found (retry it or use an upsert), a delete during the
 * copy of a document not yet copied is undone by the copy, and writes made after the write alias
 * moved are not in the old version after a rollback. Thread-safe: settings are immutable.
 *
 * <pre>{@code
 * Migrator migrator = new Migrator(connection);
 * System.out.println(migrator.plan(Post.class));     // dry run
 * MigrationResult result = migrator.migrate(Post.class);
 * }</pre>
 */
public final class Migrator {

	/** The index of the migration records (state and locks), hidden. */
	public static final String STATE_INDEX = "esdsl-migrations";

	static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	/** How the documents are copied. */
	public enum CopyMethod {

		/** The server's {@code _reindex} when the cluster has it, else the client-side copy. */
		AUTO,

		/** The server's {@code _reindex} only; fails on a cluster without it. */
		REINDEX,

		/** The client-side copy: point in time + {@code search_after} + bulk. */
		CLIENT

	}

	final Connection connection;

	final int batchSize;

	final Duration lockExpiry;

	final CopyMethod copyMethod;

	final String owner;

	final Duration pollInterval;

	final Consumer<MigrationState> listener;

	/**
	 * Migrations on a connection: batches of 1000, a lock expiring after 2 minutes unless renewed,
	 * {@link CopyMethod#AUTO}, this process as owner.
	 * @param connection the connection
	 */
	public Migrator(Connection connection) {
		this(Objects.requireNonNull(connection, "connection must not be null"), 1000, Duration.ofMinutes(2),
				CopyMethod.AUTO, ManagementFactory.getRuntimeMXBean().getName(), Duration.ofSeconds(1), (state) -> {
				});
	}

	private Migrator(Connection connection, int batchSize, Duration lockExpiry, CopyMethod copyMethod, String owner,
			Duration pollInterval, Consumer<MigrationState> listener) {
		this.connection = connection;
		this.batchSize = batchSize;
		this.lockExpiry = lockExpiry;
		this.copyMethod = copyMethod;
		this.owner = owner;
		this.pollInterval = pollInterval;
		this.listener = listener;
	}

	/**
	 * @param size documents per page and bulk request, 1 to 10000
	 * @return a migrator copying in batches of this size
	 */
	public Migrator batchSize(int size) {
		if (size < 1 || size > 10_000) {
			throw new IllegalArgumentException("batchSize must be 1 to 10000 (the largest search page), but was " + size);
		}
		return new Migrator(this.connection, size, this.lockExpiry, this.copyMethod, this.owner, this.pollInterval,
				this.listener);
	}

	/**
	 * @param expiry how long the lock outlives its last renewal (renewed during the copy), at least one second
	 * @return a migrator with this lock expiry
	 */
	public Migrator lockExpiry(Duration expiry) {
		if (expiry.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("lockExpiry must be at least 1 second, but was " + expiry);
		}
		return new Migrator(this.connection, this.batchSize, expiry, this.copyMethod, this.owner, this.pollInterval,
				this.listener);
	}

	/**
	 * @param method how documents are copied
	 * @return a migrator copying this way
	 */
	public Migrator copyMethod(CopyMethod method) {
		return new Migrator(this.connection, this.batchSize, this.lockExpiry, Objects.requireNonNull(method, "method"),
				this.owner, this.pollInterval, this.listener);
	}

	/**
	 * @param name who migrates, recorded in the lock and state (default: this JVM's {@code pid@host})
	 * @return a migrator with this owner
	 */
	public Migrator owner(String name) {
		return new Migrator(this.connection, this.batchSize, this.lockExpiry, this.copyMethod,
				Objects.requireNonNull(name, "owner"), this.pollInterval, this.listener);
	}

	/**
	 * @param interval how long one poll of a reindex task waits for its completion
	 * @return a migrator polling at this interval
	 */
	public Migrator pollInterval(Duration interval) {
		return new Migrator(this.connection, this.batchSize, this.lockExpiry, this.copyMethod, this.owner,
				Objects.requireNonNull(interval, "interval"), this.listener);
	}

	/**
	 * @param progress called with each recorded state (phases, and copy progress every few seconds)
	 * @return a migrator reporting progress to this listener too
	 */
	public Migrator onProgress(Consumer<MigrationState> progress) {
		Consumer<MigrationState> previous = this.listener;
		return new Migrator(this.connection, this.batchSize, this.lockExpiry, this.copyMethod, this.owner,
				this.pollInterval, previous.andThen(Objects.requireNonNull(progress, "progress")));
	}

	/**
	 * What {@link #migrate(Class)} would do, without writing anything.
	 * @param documentClass the document class; its {@code @Document} index is the read alias
	 * @return the plan
	 */
	public MigrationPlan plan(Class<?> documentClass) {
		return plan(Index.of(documentClass));
	}

	/**
	 * What {@link #migrate(Index)} would do, without writing anything.
	 * @param index the definition; its name is the read alias
	 * @return the plan
	 */
	public MigrationPlan plan(Index index) {
		return new MigrationRun(this, index, new MigrationRecords(this.connection, this.owner, this.lockExpiry)).plan();
	}

	/**
	 * Migrates a document class's index to the class's mapping and settings, or resumes an
	 * interrupted migration; creates the first version when nothing exists.
	 * @param documentClass the document class
	 * @return what was done
	 * @throws MigrationLockedException when another caller is migrating the same index
	 */
	public MigrationResult migrate(Class<?> documentClass) {
		return migrate(Index.of(documentClass));
	}

	/**
	 * Migrates an index to a definition (see {@link #migrate(Class)}).
	 * @param index the definition; its name is the read alias
	 * @return what was done
	 * @throws MigrationLockedException when another caller is migrating the same index
	 */
	public MigrationResult migrate(Index index) {
		Instant start = Instant.now();
		MigrationRecords records = new MigrationRecords(this.connection, this.owner, this.lockExpiry);
		records.ensureIndex();
		String alias = new VersionedIndex(index.name()).readAlias();
		records.lock(alias);
		try {
			return new MigrationRun(this, index, records).migrate(start);
		}
		finally {
			records.unlock(alias);
		}
	}

	/**
	 * Points both aliases at the version the last migration started from again and lifts its
	 * write block. The newer version is kept.
	 * @param documentClass the document class
	 * @return the recorded state, phase {@link MigrationPhase#ROLLED_BACK}
	 * @throws IllegalStateException when no migration of the class's index was recorded
	 */
	public MigrationState rollback(Class<?> documentClass) {
		return rollback(VersionedIndex.of(documentClass).readAlias());
	}

	/**
	 * Rolls back the last migration of an index (see {@link #rollback(Class)}).
	 * @param alias the read alias
	 * @return the recorded state, phase {@link MigrationPhase#ROLLED_BACK}
	 * @throws IllegalStateException when no migration of the index was recorded
	 */
	public MigrationState rollback(String alias) {
		MigrationRecords records = new MigrationRecords(this.connection, this.owner, this.lockExpiry);
		records.ensureIndex();
		records.lock(alias);
		try {
			MigrationState state = records.state(alias)
				.orElseThrow(() -> new IllegalStateException("No migration of '" + alias + "' is recorded in '"
						+ STATE_INDEX + "': nothing to roll back"));
			VersionedIndex names = new VersionedIndex(alias);
			aliases(List.of(remove(state.to(), names.readAlias()), remove(state.to(), names.writeAlias()),
					add(state.from(), names.readAlias(), false), add(state.from(), names.writeAlias(), true)));
			this.connection.perform(RawRequest.put(RawRequest.pathOf(state.from(), "_settings"))
				.body(Map.of("index.blocks.write", false))
				.operation("indices.put_settings"));
			MigrationState rolledBack = state.phase(MigrationPhase.ROLLED_BACK);
			records.save(rolledBack);
			logger.info("Rolled back the migration of '{}': both aliases point at '{}' again ('{}' kept)", alias,
					state.from(), state.to());
			this.listener.accept(rolledBack);
			return rolledBack;
		}
		finally {
			records.unlock(alias);
		}
	}

	/**
	 * The recorded state of the last migration of an index.
	 * @param readAlias the read alias
	 * @return the state, or empty when none was recorded
	 */
	public Optional<MigrationState> status(String readAlias) {
		return new MigrationRecords(this.connection, this.owner, this.lockExpiry).state(readAlias);
	}

	static Map<String, Object> remove(String index, String alias) {
		return Map.of("remove", ordered("index", index, "alias", alias, "must_exist", false));
	}

	static Map<String, Object> add(String index, String alias, boolean writeIndex) {
		return Map.of("add", writeIndex ? ordered("index", index, "alias", alias, "is_write_index", true)
				: ordered("index", index, "alias", alias));
	}

	/** A JSON object with its keys in the order given, so that requests read (and compare) the same every time. */
	static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	void aliases(List<Map<String, Object>> actions) {
		this.connection.perform(RawRequest.post("/_aliases").body(Map.of("actions", new ArrayList<>(actions)))
			.operation("indices.update_aliases"));
	}

	RawResponse perform(RawRequest request) {
		return this.connection.perform(request);
	}

	@Override
	public String toString() {
		return "Migrator{batchSize " + this.batchSize + ", lockExpiry " + this.lockExpiry + ", copy " + this.copyMethod
				+ ", owner '" + this.owner + "'}";
	}

}
