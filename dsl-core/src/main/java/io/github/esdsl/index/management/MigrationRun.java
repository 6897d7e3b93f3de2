package io.github.esdsl.index.management;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.index.Index;

/**
 * One call of {@link Migrator#plan} or {@link Migrator#migrate}: finds where the index stands,
 * then runs the phases after the last one recorded.
 */
final class MigrationRun {

	private static final Duration RECORD_EVERY = Duration.ofSeconds(2);

	private final Migrator migrator;

	private final Index index;

	private final VersionedIndex names;

	private final MigrationRecords records;

	private Instant lastRecord = Instant.now();

	MigrationRun(Migrator migrator, Index index, MigrationRecords records) {
		this.migrator = migrator;
		this.index = index;
		this.names = new VersionedIndex(index.name());
		this.records = records;
	}

	MigrationPlan plan() {
		Optional<MigrationState> recorded = this.records.state(this.names.readAlias()).filter((s) -> !s.isFinished());
		if (recorded.isPresent()) {
			MigrationState state = recorded.get();
			return new MigrationPlan(this.names, MigrationPlan.Action.RESUME, state.from(), state.to(), state.phase(),
					List.of(), steps(state.from(), state.to(), state.phase()));
		}
		List<String> current = readIndices();
		if (current.isEmpty()) {
			String first = this.names.version(1);
			return new MigrationPlan(this.names, MigrationPlan.Action.CREATE_FIRST_VERSION, null, first, null, List.of(),
					List.of("PUT _index_template/" + this.names.templateName() + " (patterns [" + this.names.pattern()
							+ "])", "PUT " + first + " with aliases '" + this.names.readAlias() + "' and '"
									+ this.names.writeAlias() + "' (is_write_index)"));
		}
		if (current.size() > 1) {
			throw new IllegalStateException("The read alias '" + this.names.readAlias() + "' points at " + current
					+ ": a migration needs it on one index");
		}
		String from = current.get(0);
		List<String> changes = changes(from);
		if (changes.isEmpty()) {
			return new MigrationPlan(this.names, MigrationPlan.Action.UP_TO_DATE, from, null, null, changes, List.of());
		}
		String to = nextVersion();
		return new MigrationPlan(this.names, MigrationPlan.Action.MIGRATE, from, to, null, changes,
				steps(from, to, null));
	}

	private List<String> steps(String from, String to, MigrationPhase after) {
		List<String> steps = new ArrayList<>();
		int done = (after != null) ? after.ordinal() + 1 : 0;
		String copy = switch (this.migrator.copyMethod) {
			case CLIENT -> "client-side copy (point in time + search_after + bulk create)";
			case REINDEX -> "POST _reindex (task, op_type=create, conflicts=proceed), polled";
			case AUTO -> "POST _reindex as a task when the cluster has it, else a client-side copy";
		};
		String[] all = { "lock '" + this.names.readAlias() + "' and record the plan in " + Migrator.STATE_INDEX,
				"PUT _index_template/" + this.names.templateName() + "; PUT " + to + " (replicas 0, refresh -1)",
				"POST _aliases: '" + this.names.writeAlias() + "' to " + to + "; PUT " + from + "/_block/write; refresh "
						+ from,
				"copy " + from + " -> " + to + ": " + copy,
				"restore replicas and refresh of " + to + ", refresh, verify counts and failures",
				"POST _aliases (atomic): '" + this.names.readAlias() + "' from " + from + " to " + to + "; keep " + from
						+ " for rollback" };
		for (int i = done; i < all.length; i++) {
			steps.add(all[i]);
		}
		return steps;
	}

	MigrationResult migrate(Instant start) {
		MigrationPlan plan = plan();
		Migrator.logger.info("{}", plan);
		MigrationState state;
		switch (plan.action()) {
			case UP_TO_DATE:
				return new MigrationResult(MigrationResult.Outcome.UP_TO_DATE, null, plan.from(),
						Duration.between(start, Instant.now()));
			case CREATE_FIRST_VERSION:
				putTemplate();
				createVersion(plan.to(), Map.of(this.names.readAlias(), Map.of(), this.names.writeAlias(),
						Map.of("is_write_index", true)), false);
				return new MigrationResult(MigrationResult.Outcome.FIRST_VERSION_CREATED, null, plan.to(),
						Duration.between(start, Instant.now()));
			case RESUME:
				state = this.records.state(this.names.readAlias()).orElseThrow();
				Migrator.logger.info("Resuming the migration of '{}' after phase {}", this.names.readAlias(), state.phase());
				break;
			default:
				Map<String, Object> settings = flatSettings(plan.from());
				Map<String, Object> wanted = MappingComparison.flatSettings(this.index.settings());
				state = new MigrationState(this.names.readAlias(), plan.from(), plan.to(), MigrationPhase.STARTED, null,
						null, -1, 0, 0, 0,
						text(wanted.getOrDefault("index.number_of_replicas", settings.get("index.number_of_replicas"))),
						text(wanted.getOrDefault("index.refresh_interval", settings.get("index.refresh_interval"))),
						this.migrator.owner, Instant.now());
				record(state);
		}
		state = run(state);
		return new MigrationResult(MigrationResult.Outcome.MIGRATED, state, state.to(),
				Duration.between(start, Instant.now()));
	}

	private MigrationState run(MigrationState initial) {
		MigrationState state = initial;
		String from = state.from();
		String to = state.to();
		if (state.phase() == MigrationPhase.STARTED) {
			putTemplate();
			createVersion(to, Map.of(), true);
			state = record(state.phase(MigrationPhase.CREATED));
		}
		if (state.phase() == MigrationPhase.CREATED) {
			this.migrator.aliases(List.of(Migrator.remove(from, this.names.writeAlias()),
					Migrator.add(to, this.names.writeAlias(), true)));
			this.migrator.perform(RawRequest.put(RawRequest.pathOf(from, "_block", "write")).operation("indices.add_block"));
			this.migrator.perform(RawRequest.post(RawRequest.pathOf(from, "_refresh")).operation("indices.refresh"));
			state = record(state.phase(MigrationPhase.WRITES_MOVED));
		}
		if (state.phase() == MigrationPhase.WRITES_MOVED) {
			state = record(new MigrationCopy(this.migrator, this::progress).copy(state, count(from)).phase(MigrationPhase.COPIED));
		}
		if (state.phase() == MigrationPhase.COPIED) {
			Map<String, Object> restore = new LinkedHashMap<>();
			restore.put("index.number_of_replicas", (state.replicas() != null) ? state.replicas() : "1");
			restore.put("index.refresh_interval", state.refreshInterval());
			this.migrator.perform(RawRequest.put(RawRequest.pathOf(to, "_settings")).body(restore)
				.operation("indices.put_settings"));
			this.migrator.perform(RawRequest.post(RawRequest.pathOf(to, "_refresh")).operation("indices.refresh"));
			if (state.failures() > 0 || state.copied() + state.superseded() != state.sourceCount()) {
				throw new IllegalStateException("The copy of '" + from + "' into '" + to + "' is incomplete: "
						+ state.sourceCount() + " documents, " + state.copied() + " copied, " + state.superseded()
						+ " superseded, " + state.failures() + " failed; the read alias still points at '" + from
						+ "': fix the cause and migrate again to resume, or roll back");
			}
			state = record(state.phase(MigrationPhase.VERIFIED));
		}
		if (state.phase() == MigrationPhase.VERIFIED) {
			this.migrator.aliases(List.of(Migrator.remove(from, this.names.readAlias()),
					Migrator.add(to, this.names.readAlias(), false)));
			state = record(state.phase(MigrationPhase.DONE));
			Migrator.logger.info("Migrated '{}' from '{}' to '{}': {} copied, {} superseded by newer writes",
					this.names.readAlias(), from, to, state.copied(), state.superseded());
		}
		return state;
	}

	/** Records copy progress every few seconds and renews the lock. */
	private void progress(MigrationState state) {
		if (Duration.between(this.lastRecord, Instant.now()).compareTo(RECORD_EVERY) >= 0) {
			record(state);
		}
	}

	private MigrationState record(MigrationState state) {
		this.records.save(state);
		this.records.renew(this.names.readAlias());
		this.lastRecord = Instant.now();
		Migrator.logger.info("Migration of '{}': phase {}, {} of {} documents copied, {} superseded",
				this.names.readAlias(), state.phase(), state.copied(), state.sourceCount(), state.superseded());
		this.migrator.listener.accept(state);
		return state;
	}

	private void putTemplate() {
		this.migrator.perform(RawRequest.put(RawRequest.pathOf("_index_template", this.names.templateName()))
			.body(this.index.asComposableTemplate(this.names.templateName(), this.names.pattern(),
					IndexManager.DEFAULT_TEMPLATE_PRIORITY))
			.operation("indices.put_index_template"));
	}

	/** Creates a version with the definition's settings and mapping; for a copy, no replicas and no refresh. */
	@SuppressWarnings("unchecked")
	private void createVersion(String name, Map<String, Object> aliases, boolean forCopy) {
		Map<String, Object> body = new LinkedHashMap<>(this.index.clone(name).toMap());
		Map<String, Object> settings = new LinkedHashMap<>((Map<String, Object>) body.getOrDefault("settings", Map.of()));
		if (forCopy) {
			settings.keySet().removeIf((key) -> key.matches("(index\\.)?(number_of_replicas|refresh_interval)"));
			settings.put("index.number_of_replicas", 0);
			settings.put("index.refresh_interval", "-1");
		}
		body.put("settings", settings);
		body.put("aliases", aliases);
		try {
			this.migrator.perform(RawRequest.put(RawRequest.pathOf(name)).body(body).operation("indices.create"));
		}
		catch (BadRequestException ex) {
			if (!"resource_already_exists_exception".equals(ex.errorType())) {
				throw ex;
			}
		}
	}

	private List<String> readIndices() {
		RawResponse response = this.migrator.perform(RawRequest.get(RawRequest.pathOf("_alias", this.names.readAlias()))
			.ignore(404)
			.operation("indices.get_alias"));
		if (response.status() == 404) {
			if (this.migrator.perform(RawRequest.head(RawRequest.pathOf(this.names.readAlias())).ignore(404)).status() == 200) {
				throw new IllegalStateException("'" + this.names.readAlias() + "' is a concrete index, not an alias: "
						+ "migrations keep versions (" + this.names.version(1) + ", ...) behind the aliases '"
						+ this.names.readAlias() + "' and '" + this.names.writeAlias() + "'; copy it into "
						+ this.names.version(1) + " and replace it with the aliases first");
			}
			return List.of();
		}
		return new ArrayList<>(new TreeSet<>(response.bodyAsMap().keySet()));
	}

	private String nextVersion() {
		Map<String, Object> resolved = this.migrator.perform(RawRequest.get(RawRequest.pathOf("_resolve", "index",
				this.names.pattern())).param("expand_wildcards", "all").operation("indices.resolve_index")).bodyAsMap();
		int highest = 0;
		if (resolved.get("indices") instanceof List<?> indices) {
			for (Object item : indices) {
				if (item instanceof Map<?, ?> entry && entry.get("name") instanceof String name) {
					highest = Math.max(highest, this.names.versionOf(name));
				}
			}
		}
		return this.names.version(highest + 1);
	}

	@SuppressWarnings("unchecked")
	private List<String> changes(String from) {
		Map<String, Object> body = this.migrator.perform(RawRequest.get(RawRequest.pathOf(from, "_mapping"))
			.operation("indices.get_mapping")).bodyAsMap();
		Map<String, Object> found = (Map<String, Object>) ((Map<String, Object>) body.getOrDefault(from, Map.of()))
			.getOrDefault("mappings", Map.of());
		Map<String, Object> wanted = this.index.mapping().map((mapping) -> mapping.toMap()).orElse(Map.of());
		List<String> changes = new ArrayList<>();
		MappingComparison comparison = MappingComparison.of(wanted, found);
		comparison.conflicts().forEach((path, both) -> changes.add("breaking: field '" + path + "' is " + both[1]
				+ " in " + from + " but " + both[0] + " in the definition"));
		comparison.missing().forEach((path, definition) -> changes.add("additive: field '" + path + "' " + definition
				+ " is new"));
		Map<String, Object> settings = flatSettings(from);
		Map<String, Object> wantedSettings = MappingComparison.flatSettings(this.index.settings());
		wantedSettings.forEach((key, value) -> {
			if (key.startsWith("index.analysis.") && !value.equals(settings.get(key))) {
				changes.add("analysis: " + key + " is " + settings.get(key) + " in " + from + " but " + value);
			}
		});
		SettingsChanges.between(this.index.settings(), settings).describeStatic()
			.forEach((line) -> changes.add("settings: " + line));
		return changes;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> flatSettings(String name) {
		Map<String, Object> body = this.migrator.perform(RawRequest.get(RawRequest.pathOf(name, "_settings"))
			.param("flat_settings", true).operation("indices.get_settings")).bodyAsMap();
		Map<String, Object> settings = (Map<String, Object>) ((Map<String, Object>) body.getOrDefault(name, Map.of()))
			.getOrDefault("settings", Map.of());
		return MappingComparison.flatSettings(settings);
	}

	private long count(String name) {
		Object count = this.migrator.perform(RawRequest.get(RawRequest.pathOf(name, "_count")).operation("count"))
			.bodyAsMap().get("count");
		return ((Number) count).longValue();
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
