package io.github.esdsl.persistence;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Streaming reads of mget and search responses into documents with their meta.
 */
class ResponsesTest {

	private static final byte[] MGET = """
			{"docs":[\
			{"_index":"articles","_id":"1","_version":2,"_seq_no":5,"_primary_term":1,"_routing":"u1","found":true,\
			"_source":{"title":"One","likes":1}},\
			{"_index":"articles","_id":"2","found":false},\
			{"_index":"other","_id":"3","error":{"type":"illegal_argument_exception","reason":"bad"}}]}"""
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void mgetWithMissingNoneKeepsPlacesForMissingAndFailedDocuments() {
		List<DocumentHit<Article>> hits = Responses.mget(MGET, Article.class, "articles", Missing.NONE, false);
		assertThat(hits).hasSize(3);
		assertThat(hits.get(0).document().id).isEqualTo("1");
		assertThat(hits.get(0).document().title).isEqualTo("One");
		assertThat(hits.get(0).meta()).isEqualTo(new DocumentMeta("articles", "1", "u1", 2L, 5L, 1L, null));
		assertThat(hits.get(1)).isNull();
		assertThat(hits.get(2)).isNull();
	}

	@Test
	void mgetSkipsOrRaisesAsAsked() {
		assertThat(Responses.mget(MGET, Article.class, "articles", Missing.SKIP, false)).extracting(DocumentHit::id)
			.containsExactly("1");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> Responses.mget(MGET, Article.class, "articles", Missing.RAISE, false))
			.withMessageContaining("No document with id [2] in index 'articles'");
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Responses.mget(MGET, Article.class, "articles", Missing.SKIP, true))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("bad"));
	}

	@Test
	void searchHitsCarryScoreAndIdEvenWhenTheIdComesAfterTheSource() {
		byte[] body = """
				{"took":1,"hits":{"total":{"value":1,"relation":"eq"},"max_score":1.5,"hits":[\
				{"_source":{"title":"Late id"},"_index":"articles","_id":"7","_score":1.5}]}}"""
			.getBytes(StandardCharsets.UTF_8);
		List<DocumentHit<Article>> hits = Responses.searchHits(body, Article.class);
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.document().id).isEqualTo("7");
			assertThat(hit.meta()).isEqualTo(new DocumentMeta("articles", "7", null, null, null, null, 1.5));
		});
	}

	@Test
	void aSearchHitWithoutSourceIsAnError() {
		byte[] body = """
				{"hits":{"hits":[{"_index":"articles","_id":"7","_score":1.0}]}}""".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> Responses.searchHits(body, Article.class))
			.withMessageContaining("Hit '7' of index 'articles' has no _source");
	}

}
