package io.github.esdsl.persistence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripted updates against an in-process server (our embedded node has no painless): the request
 * Elasticsearch documents, and its documented response.
 */
class ScriptedUpdateTest {

	private static final String UPDATED = """
			{"_shards":{"total":1,"successful":1,"failed":0},"_index":"articles","_id":"7","_version":4,\
			"_seq_no":12,"_primary_term":2,"result":"updated"}""";

	@Test
	void scriptWithParamsUpsertAndRetryOnConflictAreSentAsDocumented() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200, UPDATED))) {
			UpdateResult result = new DocumentOperations(es.connection()).update(Article.class, "7",
					Update.script("ctx._source.likes += params.n", Map.of("n", 2))
						.upsert(new Article(null, "Fresh", "kimchy", 0))
						.scriptedUpsert()
						.retryOnConflict(3)
						.refresh(Refresh.WAIT_FOR));
			assertThat(result).isEqualTo(new UpdateResult(new DocumentMeta("articles", "7", null, 4L, 12L, 2L, null),
					"updated"));
			assertThat(es.requests()).containsExactly(new FakeElasticsearch.Request("POST",
					"/articles/_update/7?retry_on_conflict=3&refresh=wait_for",
					"{\"script\":{\"source\":\"ctx._source.likes += params.n\",\"params\":{\"n\":2}},"
							+ "\"upsert\":{\"title\":\"Fresh\",\"author\":\"kimchy\",\"likes\":0,\"comments\":[]},"
							+ "\"scripted_upsert\":true}"));
		}
	}

	@Test
	void aScriptThatChangesNothingIsANoop() throws Exception {
		String noop = """
				{"_shards":{"total":0,"successful":0,"failed":0},"_index":"articles","_id":"7","_version":4,\
				"_seq_no":12,"_primary_term":2,"result":"noop"}""";
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200, noop))) {
			UpdateResult result = new DocumentOperations(es.connection()).update(Article.class, "7",
					Update.script("if (ctx._source.likes > 10) { ctx.op = 'noop' }", "painless", Map.of()));
			assertThat(result.isNoop()).isTrue();
			assertThat(es.requests()).extracting(FakeElasticsearch.Request::body)
				.isEqualTo(List.of("{\"script\":{\"source\":\"if (ctx._source.likes > 10) { ctx.op = 'noop' }\","
						+ "\"lang\":\"painless\"}}"));
		}
	}

}
