package io.github.esdsl.persistence;

import java.util.List;
import java.util.Map;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Id;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Scripted updates against an in-process server (our embedded node has no painless): the request
 * Elasticsearch documents, and its documented response, which carries the updated source under
 * {@code get} when asked with {@code _source=true}.
 */
class ScriptedUpdateTest {

	private static final String UPDATED = """
			{"_shards":{"total":1,"successful":1,"failed":0},"_index":"articles","_id":"7","_version":4,\
			"_seq_no":12,"_primary_term":2,"result":"updated",\
			"get":{"_seq_no":12,"_primary_term":2,"found":true,\
			"_source":{"title":"Scripted","author":"kimchy","likes":7,"comments":[]}}}""";

	@Document(index = "notes")
	record Note(@Id String id, String text, int likes) {
	}

	@Test
	void scriptWithParamsUpsertAndRetryOnConflictAreSentAsDocumentedAndTheSourceIsReadBack() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200, UPDATED))) {
			UpdateResult<Article> result = new DocumentOperations(es.connection()).update(Article.class, "7",
					Update.script("ctx._source.likes += params.n", Map.of("n", 2))
						.upsert(new Article(null, "Fresh", "kimchy", 0))
						.scriptedUpsert()
						.retryOnConflict(3)
						.refresh(Refresh.WAIT_FOR));
			assertThat(result.meta()).isEqualTo(new DocumentMeta("articles", "7", null, 4L, 12L, 2L, null));
			assertThat(result.result()).isEqualTo(WriteResult.UPDATED);
			assertThat(result.document().id).isEqualTo("7");
			assertThat(result.document().title).isEqualTo("Scripted");
			assertThat(result.document().likes).isEqualTo(7);
			assertThat(es.requests()).containsExactly(new FakeElasticsearch.Request("POST",
					"/articles/_update/7?retry_on_conflict=3&refresh=wait_for&_source=true",
					"{\"script\":{\"source\":\"ctx._source.likes += params.n\",\"params\":{\"n\":2}},"
							+ "\"upsert\":{\"title\":\"Fresh\",\"author\":\"kimchy\",\"likes\":0,\"comments\":[]},"
							+ "\"scripted_upsert\":true}"));
		}
	}

	@Test
	void updatingAHitIsConditionalAndAppliesTheNewSourceToTheInstanceHeld() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200, UPDATED))) {
			DocumentOperations operations = new DocumentOperations(es.connection());
			Article held = new Article("7", "Before", "kimchy", 5);
			DocumentHit<Article> hit = new DocumentHit<>(held, new DocumentMeta("articles-v2", "7", "r1", 3L, 11L, 2L,
					null));
			UpdateResult<Article> result = operations.update(hit, Update.script("ctx._source.likes += 2", Map.of()));
			assertThat(result.applyTo(held)).isSameAs(held);
			assertThat(held.title).isEqualTo("Scripted");
			assertThat(held.likes).isEqualTo(7);
			assertThat(result.hit().meta().seqNo()).isEqualTo(12L);
			assertThat(result.hit().meta().routing()).isEqualTo("r1");
			operations.update(hit, Update.script("ctx._source.likes += 2", Map.of()).retryOnConflict(2));
			operations.update(held, Update.doc(Map.of("likes", 7)));
			assertThat(es.requests()).extracting(FakeElasticsearch.Request::pathAndQuery).containsExactly(
					"/articles-v2/_update/7?if_seq_no=11&if_primary_term=2&routing=r1&_source=true",
					"/articles-v2/_update/7?retry_on_conflict=2&routing=r1&_source=true",
					"/articles/_update/7?_source=true");
		}
	}

	@Test
	void aRecordCannotTakeTheUpdateInPlace() throws Exception {
		String response = """
				{"_index":"notes","_id":"n1","_version":2,"_seq_no":1,"_primary_term":1,"result":"updated",\
				"get":{"_seq_no":1,"_primary_term":1,"found":true,"_source":{"text":"new","likes":1}}}""";
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200, response))) {
			Note note = new Note("n1", "old", 0);
			UpdateResult<Note> result = new DocumentOperations(es.connection()).update(note,
					Update.doc(Map.of("text", "new")));
			assertThat(result.document()).isEqualTo(new Note("n1", "new", 1));
			assertThatIllegalArgumentException().isThrownBy(() -> result.applyTo(note))
				.withMessageContaining(Note.class.getName())
				.withMessageContaining("records and final fields are immutable");
		}
	}

	@Test
	void aScriptThatChangesNothingIsANoop() throws Exception {
		String noop = """
				{"_shards":{"total":0,"successful":0,"failed":0},"_index":"articles","_id":"7","_version":4,\
				"_seq_no":12,"_primary_term":2,"result":"noop"}""";
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200, noop))) {
			UpdateResult<Article> result = new DocumentOperations(es.connection()).update(Article.class, "7",
					Update.script("if (ctx._source.likes > 10) { ctx.op = 'noop' }", "painless", Map.of()));
			assertThat(result.isNoop()).isTrue();
			assertThat(result.document()).isNull();
			assertThat(es.requests()).extracting(FakeElasticsearch.Request::body)
				.isEqualTo(List.of("{\"script\":{\"source\":\"if (ctx._source.likes > 10) { ctx.op = 'noop' }\","
						+ "\"lang\":\"painless\"}}"));
		}
	}

}
