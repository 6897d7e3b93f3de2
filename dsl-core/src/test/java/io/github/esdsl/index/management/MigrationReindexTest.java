package io.github.esdsl.index.management;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.esdsl.index.Index;
import io.github.esdsl.index.management.MigrationDocuments.PostV2;
import io.github.esdsl.index.management.TaskApiServer.Answer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The server-side copy against Elasticsearch's documented {@code _reindex} task responses: the
 * task is started with {@code op_type=create} and polled until it completes, and its counts are
 * verified before the read alias moves.
 */
class MigrationReindexTest {

	private static final String TASK = "oTUltX4IQMOUUVeiohTt8A:12345";

	private static final String RUNNING = """
			{"completed":false,"task":{"node":"oTUltX4IQMOUUVeiohTt8A","id":12345,"type":"transport",
			"action":"indices:data/write/reindex","status":{"total":10,"updated":0,"created":4,"deleted":0,
			"batches":1,"version_conflicts":0,"noops":0,"retries":{"bulk":0,"search":0},"throttled_millis":0,
			"requests_per_second":-1.0,"throttled_until_millis":0},"description":"reindex from [blog-000001] to [blog-000002]",
			"start_time_in_millis":1,"running_time_in_nanos":1,"cancellable":true,"cancelled":false,
			"headers":{}}}""";

	private static String completed(int created, int conflicts, String failures) {
		return """
				{"completed":true,"task":{"node":"oTUltX4IQMOUUVeiohTt8A","id":12345,"type":"transport",
				"action":"indices:data/write/reindex","status":{"total":10,"created":%d,"version_conflicts":%d},
				"description":"reindex","start_time_in_millis":1,"running_time_in_nanos":1,"cancellable":true,
				"cancelled":false,"headers":{}},"response":{"took":20,"timed_out":false,"total":10,"updated":0,
				"created":%d,"deleted":0,"batches":1,"version_conflicts":%d,"noops":0,"retries":{"bulk":0,"search":0},
				"throttled":"0s","throttled_millis":0,"requests_per_second":-1.0,"throttled_until":"0s",
				"throttled_until_millis":0,"failures":%s}}""".formatted(created, conflicts, created, conflicts, failures);
	}

	/** A cluster with blog-000001 behind the aliases, title as text, 10 documents, and a reindex task. */
	private static Answer cluster(String request, AtomicInteger polls, String completed) {
		if (request.startsWith("GET /esdsl-migrations/_doc/")) {
			return new Answer(404, "{\"_index\":\"esdsl-migrations\",\"found\":false}");
		}
		if (request.contains("/esdsl-migrations/")) {
			return new Answer(200, "{\"_seq_no\":" + polls.get() + ",\"_primary_term\":1,\"result\":\"created\"}");
		}
		if (request.startsWith("GET /_alias/blog")) {
			return new Answer(200, "{\"blog-000001\":{\"aliases\":{\"blog\":{}}}}");
		}
		if (request.startsWith("GET /blog-000001/_mapping")) {
			return new Answer(200, "{\"blog-000001\":{\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"},"
					+ "\"version\":{\"type\":\"integer\"}}}}}");
		}
		if (request.startsWith("GET /blog-000001/_settings")) {
			return new Answer(200, "{\"blog-000001\":{\"settings\":{\"index.number_of_replicas\":\"1\","
					+ "\"index.number_of_shards\":\"1\"}}}");
		}
		if (request.startsWith("GET /_resolve/index/")) {
			return new Answer(200, "{\"indices\":[{\"name\":\"blog-000001\",\"aliases\":[\"blog\"],\"attributes\":"
					+ "[\"open\"]}],\"aliases\":[],\"data_streams\":[]}");
		}
		if (request.startsWith("GET /blog-000001/_count")) {
			return new Answer(200, "{\"count\":10,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0}}");
		}
		if (request.startsWith("POST /_reindex")) {
			return new Answer(200, "{\"task\":\"" + TASK + "\"}");
		}
		if (request.startsWith("GET /_tasks/")) {
			return (polls.incrementAndGet() < 2) ? new Answer(200, RUNNING) : new Answer(200, completed);
		}
		return new Answer(200, "{\"acknowledged\":true}");
	}

	@Test
	void reindexTaskIsStartedWithCreateAndPolledToCompletionBeforeTheReadAliasMoves() throws Exception {
		AtomicInteger polls = new AtomicInteger();
		try (TaskApiServer server = new TaskApiServer((request) -> cluster(request, polls, completed(8, 2, "[]")))) {
			MigrationResult result = new Migrator(server.connection()).copyMethod(Migrator.CopyMethod.REINDEX)
				.migrate(Index.of(PostV2.class).clone("blog"));
			assertThat(result.outcome()).isEqualTo(MigrationResult.Outcome.MIGRATED);
			assertThat(result.state().copyMethod()).isEqualTo("reindex");
			assertThat(result.state().task()).isEqualTo(TASK);
			assertThat(List.of(result.state().sourceCount(), result.state().copied(), result.state().superseded(),
					result.state().failures())).containsExactly(10L, 8L, 2L, 0L);
			List<String> cluster = server.requests().stream().filter((r) -> !r.contains("esdsl-migrations")).toList();
			assertThat(cluster).filteredOn((r) -> r.startsWith("POST") || r.startsWith("GET /_tasks"))
				.containsExactly(
						"POST /_aliases {\"actions\":[{\"remove\":{\"index\":\"blog-000001\",\"alias\":\"blog-write\","
								+ "\"must_exist\":false}},{\"add\":{\"index\":\"blog-000002\",\"alias\":\"blog-write\","
								+ "\"is_write_index\":true}}]}",
						"POST /blog-000001/_refresh",
						"POST /_reindex?wait_for_completion=false&slices=auto {\"conflicts\":\"proceed\",\"source\":"
								+ "{\"index\":\"blog-000001\",\"size\":1000},\"dest\":{\"index\":\"blog-000002\","
								+ "\"op_type\":\"create\"}}",
						"GET /_tasks/" + TASK + "?wait_for_completion=true&timeout=1000ms",
						"GET /_tasks/" + TASK + "?wait_for_completion=true&timeout=1000ms",
						"POST /blog-000002/_refresh",
						"POST /_aliases {\"actions\":[{\"remove\":{\"index\":\"blog-000001\",\"alias\":\"blog\","
								+ "\"must_exist\":false}},{\"add\":{\"index\":\"blog-000002\",\"alias\":\"blog\"}}]}");
			assertThat(cluster).contains("PUT /blog-000001/_block/write",
					"PUT /blog-000002/_settings {\"index.number_of_replicas\":\"1\",\"index.refresh_interval\":null}");
		}
	}

	@Test
	void reindexFailuresStopTheMigrationBeforeTheReadAliasMoves() throws Exception {
		AtomicInteger polls = new AtomicInteger();
		String failure = "[{\"index\":\"blog-000002\",\"id\":\"3\",\"cause\":{\"type\":\"document_parsing_exception\","
				+ "\"reason\":\"failed to parse field [version]\"},\"status\":400}]";
		try (TaskApiServer server = new TaskApiServer((request) -> cluster(request, polls, completed(7, 2, failure)))) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new Migrator(server.connection()).copyMethod(Migrator.CopyMethod.REINDEX)
					.migrate(Index.of(PostV2.class).clone("blog")))
				.withMessage("The copy of 'blog-000001' into 'blog-000002' is incomplete: 10 documents, 7 copied, "
						+ "2 superseded, 1 failed; the read alias still points at 'blog-000001': fix the cause and "
						+ "migrate again to resume, or roll back");
			assertThat(server.requests()).noneMatch((r) -> r.contains("\"alias\":\"blog\"}"));
		}
	}

	@Test
	void reindexOnlyFailsClearlyOnAClusterWithoutTheReindexModule() throws Exception {
		AtomicInteger polls = new AtomicInteger();
		try (TaskApiServer server = new TaskApiServer((request) -> request.startsWith("POST /_reindex")
				? new Answer(400, "{\"error\":\"no handler found for uri [/_reindex] and method [POST]\",\"status\":400}")
				: cluster(request, polls, completed(10, 0, "[]")))) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new Migrator(server.connection()).copyMethod(Migrator.CopyMethod.REINDEX)
					.migrate(Index.of(PostV2.class).clone("blog")))
				.withMessage("The cluster has no _reindex API (no reindex module), but the migrator was set to "
						+ "copyMethod(REINDEX): use AUTO or CLIENT");
		}
	}

}
