package io.github.esdsl.autoconfigure.migration;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.index.management.MigrationState;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code migrations} actuator endpoint: the state of the last migration of each document
 * index (phase, versions, copy counts), read-only. Migrations are started through
 * {@link DocumentMigrations}, not through the endpoint.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {

	private final DocumentMigrations migrations;

	/**
	 * Creates the endpoint.
	 * @param migrations the migrations
	 */
	public MigrationsEndpoint(DocumentMigrations migrations) {
		this.migrations = migrations;
	}

	/**
	 * The states by read alias.
	 * @return for each alias: phase, from, to, copy method, source count, copied, superseded, failures, updated
	 */
	@ReadOperation
	public Map<String, Map<String, Object>> migrations() {
		Map<String, Map<String, Object>> states = new LinkedHashMap<>();
		this.migrations.status().forEach((alias, state) -> states.put(alias, describe(state)));
		return states;
	}

	static Map<String, Object> describe(MigrationState state) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("phase", state.phase().name());
		description.put("from", state.from());
		description.put("to", state.to());
		description.put("copyMethod", state.copyMethod());
		description.put("sourceCount", state.sourceCount());
		description.put("copied", state.copied());
		description.put("superseded", state.superseded());
		description.put("failures", state.failures());
		description.put("owner", state.owner());
		description.put("updated", state.updated().toString());
		return description;
	}

}
