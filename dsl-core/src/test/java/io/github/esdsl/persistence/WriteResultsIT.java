package io.github.esdsl.persistence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.ConflictException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.test.ElasticsearchCapabilities;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What saves and updates report and leave behind on the real node: created or updated, the
 * updated document and its new meta, and {@code null} values that clear fields.
 */
@WithElasticsearch
class WriteResultsIT {

	private static ElasticsearchEndpoint endpoint;

	private static Connection connection;

	private String index;

	private DocumentOperations operations;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		endpoint = node;
		connection = Nodes.connect(node);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@BeforeEach
	void initIndex() {
		this.index = Nodes.uniqueIndex("writes");
		this.operations = new DocumentOperations(connection).on(this.index);
		this.operations.init(Article.class);
	}

	private Map<String, Object> storedSource(String id) {
		return Nodes.storedSource(connection, this.index, id);
	}

	@Test
	void saveSaysWhetherItCreatedOrUpdated() {
		DocumentHit<Article> first = this.operations.save(new Article("a1", "One", "honza", 1));
		assertThat(first.result()).isEqualTo(WriteResult.CREATED);
		assertThat(first.isCreated()).isTrue();
		DocumentHit<Article> second = this.operations.save(new Article("a1", "One again", "honza", 2));
		assertThat(second.result()).isEqualTo(WriteResult.UPDATED);
		assertThat(second.isUpdated()).isTrue();
		assertThat(second.meta().version()).isEqualTo(2L);
		DocumentHit<Article> generated = this.operations.save(new Article(null, "No id", "honza", 0));
		assertThat(generated.isCreated()).isTrue();
		assertThat(generated.document().id).isEqualTo(generated.id());
		DocumentHit<Article> read = this.operations.getRequired(Article.class, "a1");
		assertThat(read.result()).isNull();
		assertThat(this.operations.save(read).result()).isEqualTo(WriteResult.UPDATED);
	}

	@Test
	void updateReturnsTheStoredDocumentWithItsNewMetaAndAppliesItToTheInstance() {
		Article article = new Article("u1", "Old", "honza", 1);
		DocumentHit<Article> saved = this.operations.save(article);
		UpdateResult<Article> result = this.operations.update(saved, Update.doc(Map.of("title", "New")));
		assertThat(result.result()).isEqualTo(WriteResult.UPDATED);
		assertThat(result.document()).isNotSameAs(article);
		assertThat(result.document().title).isEqualTo("New");
		assertThat(result.document().author).isEqualTo("honza");
		assertThat(result.document().id).isEqualTo("u1");
		assertThat(result.meta()).isEqualTo(new DocumentMeta(this.index, "u1", null, 2L,
				saved.meta().seqNo() + 1, saved.meta().primaryTerm(), null));
		assertThat(article.title).isEqualTo("Old");
		assertThat(result.applyTo(article)).isSameAs(article);
		assertThat(article.title).isEqualTo("New");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.operations.update(saved, Update.doc(Map.of("likes", 5))));
		UpdateResult<Article> again = this.operations.update(result.hit(), Update.doc(Map.of("likes", 5)));
		assertThat(again.meta().version()).isEqualTo(3L);
		assertThat(again.document().likes).isEqualTo(5);
		UpdateResult<Article> retried = this.operations.update(saved, Update.doc(Map.of("likes", 6)).retryOnConflict(1));
		assertThat(retried.document().likes).isEqualTo(6);
		UpdateResult<Article> noop = this.operations.update(article, Update.doc(Map.of("likes", 6)));
		assertThat(noop.isNoop()).isTrue();
		assertThat(noop.document().likes).isEqualTo(6);
		assertThat(noop.meta().version()).isEqualTo(4L);
	}

	@Test
	void nullValuesAreSentWhenAskedSoThatAPartialUpdateClearsAField() {
		Article article = new Article("e1", "Title", null, null);
		this.operations.save(article);
		assertThat(storedSource("e1")).isEqualTo(Map.of("title", "Title", "comments", List.of()));
		this.operations.save(article, SaveOptions.defaults().skipEmpty(false));
		Map<String, Object> withNulls = new LinkedHashMap<>();
		withNulls.put("title", "Title");
		withNulls.put("author", null);
		withNulls.put("likes", null);
		withNulls.put("published", null);
		withNulls.put("comments", List.of());
		assertThat(storedSource("e1")).isEqualTo(withNulls);

		this.operations.save(new Article("e2", "Title", "honza", 3));
		Map<String, Object> clear = new HashMap<>();
		clear.put("author", null);
		UpdateResult<Article> cleared = this.operations.update(Article.class, "e2", Update.doc(clear));
		assertThat(cleared.document().author).isNull();
		assertThat(storedSource("e2")).containsEntry("author", null).containsEntry("likes", 3);

		Article partial = new Article(null, "Renamed", null, null);
		partial.comments = null;
		this.operations.update(Article.class, "e2", Update.doc(partial));
		assertThat(storedSource("e2")).containsEntry("title", "Renamed").containsEntry("likes", 3);
		this.operations.update(Article.class, "e2", Update.doc(partial).skipEmpty(false));
		assertThat(storedSource("e2")).containsEntry("title", "Renamed").containsEntry("likes", null)
			.containsEntry("comments", null);
		assertThat(this.operations.search(Article.class, Map.of("query", Map.of("exists", Map.of("field", "likes")))))
			.extracting(DocumentHit::id)
			.doesNotContain("e2");
	}

	@Test
	void scriptedUpdateReturnsTheScriptsResultOnAFullDistribution() {
		assumeThat(ElasticsearchCapabilities.of(endpoint).hasModule("lang-painless"))
			.as("needs a full Elasticsearch distribution (painless missing in the embedded integ-test-zip)")
			.isTrue();
		Article article = new Article("s1", "Scripted", "honza", 1);
		this.operations.save(article);
		UpdateResult<Article> result = this.operations.update(article,
				Update.script("ctx._source.likes += params.n", Map.of("n", 4)));
		assertThat(result.document().likes).isEqualTo(5);
		result.applyTo(article);
		assertThat(article.likes).isEqualTo(5);
		assertThat(result.meta().version()).isEqualTo(2L);
	}

}
