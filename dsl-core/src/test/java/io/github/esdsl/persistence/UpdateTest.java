package io.github.esdsl.persistence;

import java.util.Map;

import io.github.esdsl.document.Documents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bodies and parameters of updates.
 */
class UpdateTest {

	@Test
	void partialDocumentWithUpsertOptions() {
		Update update = Update.doc(Map.of("likes", 3)).docAsUpsert().detectNoop(false).retryOnConflict(5)
			.routing("r").ifSeqNo(7, 2);
		assertThat(Documents.toJson(update.body())).isEqualTo("{\"doc\":{\"likes\":3},\"doc_as_upsert\":true,"
				+ "\"detect_noop\":false}");
		assertThat(update.params()).containsExactly(Map.entry("retry_on_conflict", 5), Map.entry("routing", "r"),
				Map.entry("if_seq_no", 7L), Map.entry("if_primary_term", 2L));
	}

	@Test
	void upsertDocumentsAreWrittenAsTheirSource() {
		Update update = Update.doc(Map.of("title", "T")).upsert(new Article("9", "T", "a", 0));
		assertThat(Documents.toJson(update.body())).isEqualTo("{\"doc\":{\"title\":\"T\"},"
				+ "\"upsert\":{\"title\":\"T\",\"author\":\"a\",\"likes\":0,\"comments\":[]}}");
	}

	@Test
	void nullFieldsOfDocumentObjectsAreSentOnlyWithoutSkippingEmptyValuesAndMapNullsAlways() {
		Article partial = new Article(null, "T", null, null);
		partial.comments = null;
		Update update = Update.doc(partial);
		assertThat(new String(update.toBytes())).isEqualTo("{\"doc\":{\"title\":\"T\"}}");
		assertThat(new String(update.skipEmpty(false).toBytes())).isEqualTo("{\"doc\":{\"title\":\"T\","
				+ "\"author\":null,\"likes\":null,\"published\":null,\"comments\":null}}");
		Map<String, Object> clear = new java.util.HashMap<>();
		clear.put("author", null);
		assertThat(new String(Update.doc(clear).toBytes())).isEqualTo("{\"doc\":{\"author\":null}}");
		assertThat(update.skipEmpty(false)).hasToString("Update{doc, params={}, skipEmpty=false}");
	}

	@Test
	void optionsThatDoNotFitTheKindOfUpdateAreRefused() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> Update.script("ctx._source.a = 1", Map.of()).docAsUpsert())
			.withMessage("docAsUpsert() needs a partial-document update: use Update.doc(...)");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> Update.doc(Map.of("a", 1)).scriptedUpsert())
			.withMessage("scriptedUpsert() needs a scripted update: use Update.script(...)");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Update.script(" ", Map.of()))
			.withMessage("A scripted update needs the script source, got ' '");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> Update.doc(Map.of()).retryOnConflict(-1))
			.withMessage("retryOnConflict must be 0 or more, got -1");
	}

}
