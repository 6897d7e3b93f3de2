package io.github.esdsl.index.management;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The recorded progress of one migration, as stored in the {@value Migrator#STATE_INDEX} index
 * under the read alias: a migration interrupted by a crash is resumed (or rolled back) from it.
 *
 * @param readAlias the read alias being migrated
 * @param from the index the aliases pointed at when the migration started
 * @param to the new version
 * @param phase the last phase completed
 * @param copyMethod {@code reindex} (server task) or {@code client} (point in time + bulk)
 * @param task the server's reindex task, or {@code null}
 * @param sourceCount the documents in {@code from} (write-blocked, so fixed) once known, else -1
 * @param copied documents the copy created in {@code to}
 * @param superseded documents the copy skipped because {@code to} had a newer write already
 * @param failures documents the copy could not write
 * @param replicas {@code number_of_replicas} to restore on {@code to} after the copy
 * @param refreshInterval {@code refresh_interval} to restore on {@code to}, or {@code null} for the default
 * @param owner who ran the migration last
 * @param updated when this was recorded
 */
public record MigrationState(String readAlias, String from, String to, MigrationPhase phase, String copyMethod,
		String task, long sourceCount, long copied, long superseded, long failures, String replicas,
		String refreshInterval, String owner, Instant updated) {

	MigrationState phase(MigrationPhase next) {
		return new MigrationState(this.readAlias, this.from, this.to, next, this.copyMethod, this.task,
				this.sourceCount, this.copied, this.superseded, this.failures, this.replicas, this.refreshInterval,
				this.owner, Instant.now());
	}

	MigrationState copy(String method, String taskId, long sourceTotal, long created, long skipped, long failed) {
		return new MigrationState(this.readAlias, this.from, this.to, this.phase, method, taskId, sourceTotal, created,
				skipped, failed, this.replicas, this.refreshInterval, this.owner, Instant.now());
	}

	Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("read_alias", this.readAlias);
		map.put("from", this.from);
		map.put("to", this.to);
		map.put("phase", this.phase.name());
		map.put("copy_method", this.copyMethod);
		map.put("task", this.task);
		map.put("source_count", this.sourceCount);
		map.put("copied", this.copied);
		map.put("superseded", this.superseded);
		map.put("failures", this.failures);
		map.put("replicas", this.replicas);
		map.put("refresh_interval", this.refreshInterval);
		map.put("owner", this.owner);
		map.put("updated", this.updated.toString());
		return map;
	}

	static MigrationState fromMap(Map<String, Object> map) {
		return new MigrationState((String) map.get("read_alias"), (String) map.get("from"), (String) map.get("to"),
				MigrationPhase.valueOf((String) map.get("phase")), (String) map.get("copy_method"),
				(String) map.get("task"), number(map.get("source_count")), number(map.get("copied")),
				number(map.get("superseded")), number(map.get("failures")), (String) map.get("replicas"),
				(String) map.get("refresh_interval"), (String) map.get("owner"),
				Instant.parse((String) map.get("updated")));
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : -1;
	}

	/** @return whether the migration finished or was rolled back, so a new one may start */
	public boolean isFinished() {
		return this.phase == MigrationPhase.DONE || this.phase == MigrationPhase.ROLLED_BACK;
	}

}
