package io.github.esdsl.index.management;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;

/**
 * Copies with the server's {@code _reindex} API as a task ({@code wait_for_completion=false},
 * {@code op_type=create}, {@code conflicts=proceed}, so documents the destination already has
 * from newer writes are kept and counted as superseded), polled with {@code GET _tasks/<id>}
 * until it completes. A task recorded by an interrupted migration is polled again rather than
 * started twice.
 */
final class ServerReindex {

	private final Connection connection;

	private final int batchSize;

	private final Duration pollInterval;

	ServerReindex(Connection connection, int batchSize, Duration pollInterval) {
		this.connection = connection;
		this.batchSize = batchSize;
		this.pollInterval = pollInterval;
	}

	/**
	 * Starts the task.
	 * @return its id, or empty when the cluster has no {@code _reindex} (no reindex module)
	 */
	Optional<String> start(String from, String to) {
		Map<String, Object> body = Migrator.ordered("conflicts", "proceed", "source",
				Migrator.ordered("index", from, "size", this.batchSize), "dest", Migrator.ordered("index", to, "op_type", "create"));
		try {
			RawResponse response = this.connection.perform(RawRequest.post("/_reindex")
				.param("wait_for_completion", false)
				.param("slices", "auto")
				.body(body)
				.operation("reindex"));
			return Optional.of(String.valueOf(response.bodyAsMap().get("task")));
		}
		catch (ElasticsearchException ex) {
			if (isMissingEndpoint(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static boolean isMissingEndpoint(ElasticsearchException ex) {
		String reason = String.valueOf(ex.reason()) + " " + ex.getMessage();
		return ex.status() == 405 || ex.status() == 501 || reason.contains("no handler found");
	}

	/**
	 * Polls the task until it completes.
	 * @param task the task id
	 * @param progress called after each poll with the counts so far
	 * @return the counts, or empty when the task is unknown (the node that ran it restarted)
	 * @throws IllegalStateException when the task failed
	 */
	@SuppressWarnings("unchecked")
	Optional<CopyCounts> await(String task, Consumer<CopyCounts> progress) {
		while (true) {
			RawResponse response = this.connection.perform(RawRequest.get(RawRequest.pathOf("_tasks", task))
				.param("wait_for_completion", true)
				.param("timeout", this.pollInterval.toMillis() + "ms")
				.ignore(404, 408)
				.operation("tasks.get"));
			Map<String, Object> body = response.bodyAsMap();
			if (response.status() == 404) {
				return Optional.empty();
			}
			if (response.status() == 408) {
				continue; // this poll timed out while the task runs on
			}
			if (body.get("error") != null) {
				throw new IllegalStateException("The reindex task " + task + " failed: " + body.get("error"));
			}
			boolean completed = Boolean.TRUE.equals(body.get("completed"));
			Map<String, Object> status = completed && body.get("response") instanceof Map<?, ?> done
					? (Map<String, Object>) done
					: (body.get("task") instanceof Map<?, ?> info && info.get("status") instanceof Map<?, ?> running)
							? (Map<String, Object>) running : Map.of();
			CopyCounts counts = counts(status);
			progress.accept(counts);
			if (completed) {
				return Optional.of(counts);
			}
		}
	}

	private static CopyCounts counts(Map<String, Object> status) {
		long created = number(status.get("created"));
		long superseded = number(status.get("version_conflicts"));
		long failures = (status.get("failures") instanceof List<?> list) ? list.size() : 0;
		return new CopyCounts(created + superseded + failures, created, superseded, failures);
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
