package io.github.esdsl.index.management;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.ConflictException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;

/**
 * The migration records in the {@value Migrator#STATE_INDEX} index: the state of each read
 * alias's migration ({@code state-<alias>}) and its lock ({@code lock-<alias>}), a document with
 * an owner and an expiry taken with {@code op_type=create} and renewed or released with
 * {@code if_seq_no}/{@code if_primary_term}, so two callers never hold it at once. An expired
 * lock (its holder crashed) is taken over the same way.
 */
final class MigrationRecords {

	private final Connection connection;

	private final String owner;

	private final Duration expiry;

	private long seqNo = -1;

	private long primaryTerm = -1;

	MigrationRecords(Connection connection, String owner, Duration expiry) {
		this.connection = connection;
		this.owner = owner;
		this.expiry = expiry;
	}

	void ensureIndex() {
		Map<String, Object> body = Map.of("settings",
				Map.of("index.hidden", true, "number_of_shards", 1, "auto_expand_replicas", "0-1"), "mappings",
				Map.of("dynamic", false));
		try {
			this.connection.perform(RawRequest.put(RawRequest.pathOf(Migrator.STATE_INDEX)).body(body)
				.operation("indices.create"));
		}
		catch (BadRequestException ex) {
			if (!"resource_already_exists_exception".equals(ex.errorType())) {
				throw ex;
			}
		}
	}

	Optional<MigrationState> state(String alias) {
		return get("state-" + alias).map(MigrationState::fromMap);
	}

	void save(MigrationState state) {
		this.connection.perform(RawRequest.put(RawRequest.pathOf(Migrator.STATE_INDEX, "_doc", "state-" + state.readAlias()))
			.body(state.toMap())
			.operation("index"));
	}

	/**
	 * Takes the lock of an alias.
	 * @throws MigrationLockedException when another owner holds it and it has not expired
	 */
	void lock(String alias) {
		String id = "lock-" + alias;
		try {
			remember(this.connection.perform(RawRequest.put(RawRequest.pathOf(Migrator.STATE_INDEX, "_create", id))
				.body(lockBody(alias))
				.operation("create")));
			return;
		}
		catch (ConflictException ex) {
			// held, or left behind by a crashed owner: look at its expiry
		}
		RawResponse found = this.connection.perform(RawRequest.get(RawRequest.pathOf(Migrator.STATE_INDEX, "_doc", id))
			.ignore(404).operation("get"));
		Map<String, Object> body = found.bodyAsMap();
		if (found.status() == 404 || !(body.get("_source") instanceof Map<?, ?> lock)) {
			lock(alias);
			return;
		}
		Instant expires = Instant.ofEpochMilli(((Number) lock.get("expires")).longValue());
		if (expires.isAfter(Instant.now())) {
			throw new MigrationLockedException(alias, String.valueOf(lock.get("owner")), expires);
		}
		try {
			remember(this.connection.perform(RawRequest.put(RawRequest.pathOf(Migrator.STATE_INDEX, "_doc", id))
				.param("if_seq_no", body.get("_seq_no"))
				.param("if_primary_term", body.get("_primary_term"))
				.body(lockBody(alias))
				.operation("index")));
		}
		catch (ConflictException ex) {
			throw new MigrationLockedException(alias, "another caller taking over the expired lock of " + lock.get("owner"),
					Instant.now().plus(this.expiry));
		}
	}

	/**
	 * Extends the lock's expiry.
	 * @throws MigrationLockedException when another owner took it over (this one stalled past the expiry)
	 */
	void renew(String alias) {
		try {
			remember(this.connection.perform(RawRequest.put(RawRequest.pathOf(Migrator.STATE_INDEX, "_doc", "lock-" + alias))
				.param("if_seq_no", this.seqNo)
				.param("if_primary_term", this.primaryTerm)
				.body(lockBody(alias))
				.operation("index")));
		}
		catch (ConflictException ex) {
			throw new MigrationLockedException(alias, "another caller, after this one's lock expired", Instant.now());
		}
	}

	void unlock(String alias) {
		this.connection.perform(RawRequest.delete(RawRequest.pathOf(Migrator.STATE_INDEX, "_doc", "lock-" + alias))
			.param("if_seq_no", this.seqNo)
			.param("if_primary_term", this.primaryTerm)
			.ignore(404, 409)
			.operation("delete"));
	}

	private Map<String, Object> lockBody(String alias) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("read_alias", alias);
		body.put("owner", this.owner);
		body.put("expires", Instant.now().plus(this.expiry).toEpochMilli());
		return body;
	}

	private void remember(RawResponse response) {
		Map<String, Object> body = response.bodyAsMap();
		this.seqNo = ((Number) body.get("_seq_no")).longValue();
		this.primaryTerm = ((Number) body.get("_primary_term")).longValue();
	}

	@SuppressWarnings("unchecked")
	private Optional<Map<String, Object>> get(String id) {
		RawResponse response = this.connection.perform(RawRequest.get(RawRequest.pathOf(Migrator.STATE_INDEX, "_doc", id))
			.ignore(404)
			.operation("get"));
		if (response.status() == 404 || !(response.bodyAsMap().get("_source") instanceof Map<?, ?> source)) {
			return Optional.empty();
		}
		return Optional.of((Map<String, Object>) source);
	}

}
