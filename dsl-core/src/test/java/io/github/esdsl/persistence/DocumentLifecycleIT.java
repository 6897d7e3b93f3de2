package io.github.esdsl.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.connection.ConflictException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.NotFoundException;
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
 * The document life cycle against the real node, each test on its own index.
 */
@WithElasticsearch
class DocumentLifecycleIT {

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
		this.index = Nodes.uniqueIndex("life");
		this.operations = new DocumentOperations(connection).on(this.index);
		this.operations.init(Article.class);
	}

	@Test
	void initCreatesTheIndexWithTheDocumentsMapping() {
		Map<String, Object> properties = this.operations.indices().getMapping(this.index).properties();
		assertThat(properties.get("title")).isEqualTo(Map.of("type", "text"));
		assertThat(properties.get("author")).isEqualTo(Map.of("type", "keyword"));
		assertThat(properties.get("likes")).isEqualTo(Map.of("type", "integer"));
		assertThat(properties.get("comments")).isEqualTo(Map.of("type", "nested", "properties",
				Map.of("author", Map.of("type", "keyword"), "content", Map.of("type", "text"))));
	}

	@Test
	void initOnAnExistingIndexAddsTheNewFieldsToItsMapping() {
		this.operations.init(Article.class);
		IndexOperations indices = this.operations.indices();
		indices.close(this.index);
		this.operations.init(AnalyzedArticle.class);
		indices.open(this.index);
		Map<String, Object> properties = indices.getMapping(this.index).properties();
		assertThat(properties).containsKeys("title", "author", "summary", "section");
		assertThat(properties.get("summary")).isEqualTo(Map.of("type", "text", "analyzer", "folded"));
		assertThat(indices.analyze(this.index, "folded", "Hello WORLD")).extracting(AnalyzeToken::token)
			.containsExactly("hello", "world");
		this.operations.init(AnalyzedArticle.class);
	}

	@Test
	void initRefusesToChangeTheAnalysisOfAnOpenIndex() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.operations.init(AnalyzedArticle.class))
			.withMessage("Cannot update the analysis of the open index '" + this.index
					+ "': [analyzer/folded] are new or different. Close the index first (close(\"" + this.index
					+ "\")), save it, then open it again");
		assertThat(this.operations.indices().getMapping(this.index).properties()).doesNotContainKey("summary");
	}

	@Test
	void saveWithoutIdLetsElasticsearchGenerateItAndWritesItBack() {
		Article article = new Article(null, "Hello", "kimchy", 1);
		DocumentHit<Article> saved = this.operations.save(article, SaveOptions.defaults().refresh(Refresh.TRUE));
		assertThat(article.id).isNotBlank().isEqualTo(saved.id());
		assertThat(saved.meta().index()).isEqualTo(this.index);
		assertThat(saved.meta().version()).isEqualTo(1L);
		assertThat(saved.meta().seqNo()).isEqualTo(0L);
		assertThat(saved.meta().primaryTerm()).isEqualTo(1L);
		assertThat(this.operations.exists(Article.class, article.id)).isTrue();
	}

	@Test
	void getReadsTheDocumentWithItsMetaAndAnAbsentOneIsEmpty() {
		Article article = new Article("a1", "Hello", "kimchy", 3);
		article.published = OffsetDateTime.of(2024, 5, 1, 10, 30, 0, 0, ZoneOffset.ofHours(2));
		article.comments.add(new Article.Comment("honza", "Nice"));
		this.operations.save(article);
		DocumentHit<Article> hit = this.operations.get(Article.class, "a1").orElseThrow();
		assertThat(hit.document().id).isEqualTo("a1");
		assertThat(hit.document().title).isEqualTo("Hello");
		assertThat(hit.document().likes).isEqualTo(3);
		assertThat(hit.document().published).isEqualTo(article.published);
		assertThat(hit.document().published.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(hit.document().comments).singleElement().satisfies((c) -> assertThat(c.author).isEqualTo("honza"));
		assertThat(hit.meta()).isEqualTo(new DocumentMeta(this.index, "a1", null, 1L, 0L, 1L, null));
		assertThat(this.operations.get(Article.class, "nope")).isEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.getRequired(Article.class, "nope"))
			.withMessageContaining("nope");
		assertThat(this.operations.exists(Article.class, "nope")).isFalse();
	}

	@Test
	void readsTreatADocumentOfAMissingIndexAsAMissingDocument() {
		String missingIndex = Nodes.uniqueIndex("missing");
		DocumentOperations missing = new DocumentOperations(connection).on(missingIndex);
		assertThat(missing.get(Article.class, "1")).isEmpty();
		assertThat(missing.exists(Article.class, "1")).isFalse();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> missing.getRequired(Article.class, "1"))
			.withMessageContaining("[1]")
			.withMessageContaining(missingIndex);
		assertThat(missing.mget(Article.class, List.of("1", "2"))).containsExactly(null, null);
		assertThat(missing.mget(Article.class, List.of("1", "2"), Missing.SKIP, true)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> missing.mget(Article.class, List.of("1", "2"), Missing.RAISE, true))
			.withMessageContaining("[1, 2]")
			.withMessageContaining(missingIndex);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> missing.mget(Article.class, List.of("1"), Missing.RAISE, false));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> missing.delete(Article.class, "1"))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("index_not_found_exception"));
	}

	@Test
	void mgetHandlesMissingDocumentsInTheThreeModes() {
		this.operations.save(new Article("1", "One", "a", 1));
		this.operations.save(new Article("3", "Three", "c", 3));
		List<String> ids = List.of("1", "2", "3");
		assertThat(this.operations.mget(Article.class, ids)).extracting((hit) -> (hit != null) ? hit.id() : null)
			.containsExactly("1", null, "3");
		assertThat(this.operations.mget(Article.class, ids, Missing.SKIP, true)).extracting(DocumentHit::id)
			.containsExactly("1", "3");
		assertThat(this.operations.mget(Article.class, ids, Missing.SKIP, true).get(1).document().title)
			.isEqualTo("Three");
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.mget(Article.class, ids, Missing.RAISE, true))
			.withMessageContaining("[2]");
	}

	@Test
	void mgetRaisesOtherPerDocumentErrorsOnlyWhenAsked() {
		String routed = Nodes.uniqueIndex("mget-routed");
		connection.client().indices().create(routed, Map.of("mappings", Map.of("_routing", Map.of("required", true))));
		DocumentOperations operations = new DocumentOperations(connection).on(routed);
		assertThatExceptionOfType(io.github.esdsl.connection.ElasticsearchException.class)
			.isThrownBy(() -> operations.mget(Article.class, List.of("1"), Missing.NONE, true))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("routing_missing_exception"));
		assertThat(operations.mget(Article.class, List.of("1"), Missing.NONE, false))
			.containsExactly((DocumentHit<Article>) null);
		assertThat(operations.mget(Article.class, List.of("1"), Missing.RAISE, false)).isEmpty();
	}

	@Test
	void updateWithAPartialDocumentDetectsNoopAndUpserts() {
		this.operations.save(new Article("u1", "Old", "a", 1));
		UpdateResult<Article> updated = this.operations.update(Article.class, "u1", Update.doc(Map.of("title", "New")));
		assertThat(updated.result()).isEqualTo(WriteResult.UPDATED);
		assertThat(updated.meta().version()).isEqualTo(2L);
		assertThat(updated.document().title).isEqualTo("New");
		assertThat(updated.document().likes).isEqualTo(1);
		assertThat(this.operations.get(Article.class, "u1").orElseThrow().document().title).isEqualTo("New");
		UpdateResult<Article> noop = this.operations.update(Article.class, "u1", Update.doc(Map.of("title", "New")));
		assertThat(noop.isNoop()).isTrue();
		assertThat(noop.meta().version()).isEqualTo(2L);
		UpdateResult<Article> forced = this.operations.update(Article.class, "u1",
				Update.doc(Map.of("title", "New")).detectNoop(false));
		assertThat(forced.isUpdated()).isTrue();
		UpdateResult<Article> upserted = this.operations.update(Article.class, "u2",
				Update.doc(Map.of("likes", 5)).upsert(new Article(null, "Fresh", "b", 0)).retryOnConflict(2));
		assertThat(upserted.isCreated()).isTrue();
		Article fresh = this.operations.get(Article.class, "u2").orElseThrow().document();
		assertThat(fresh.title).isEqualTo("Fresh");
		assertThat(fresh.likes).isEqualTo(0);
		UpdateResult<Article> docAsUpsert = this.operations.update(Article.class, "u3",
				Update.doc(Map.of("title", "Made", "likes", 9)).docAsUpsert());
		assertThat(docAsUpsert.isCreated()).isTrue();
		assertThat(this.operations.get(Article.class, "u3").orElseThrow().document().likes).isEqualTo(9);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.update(Article.class, "absent", Update.doc(Map.of("title", "x"))))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("document_missing_exception"));
	}

	@Test
	void scriptedUpdateWithParamsOnAFullDistribution() {
		assumeThat(ElasticsearchCapabilities.of(endpoint).hasModule("lang-painless"))
			.as("needs a full Elasticsearch distribution (painless missing in the embedded integ-test-zip)")
			.isTrue();
		this.operations.save(new Article("s1", "Scripted", "a", 1));
		UpdateResult<Article> result = this.operations.update(Article.class, "s1",
				Update.script("ctx._source.likes += params.n", Map.of("n", 4)));
		assertThat(result.isUpdated()).isTrue();
		assertThat(result.document().likes).isEqualTo(5);
		assertThat(this.operations.get(Article.class, "s1").orElseThrow().document().likes).isEqualTo(5);
	}

	@Test
	void deleteSaysWhetherTheDocumentExisted() {
		Article article = new Article("d1", "Gone", "a", 1);
		this.operations.save(article);
		assertThat(this.operations.delete(article)).isTrue();
		assertThat(this.operations.exists(Article.class, "d1")).isFalse();
		assertThat(this.operations.delete(Article.class, "d1")).isFalse();
	}

	@Test
	void savingAStaleHitFailsWithAConflict() {
		this.operations.save(new Article("c1", "First", "a", 1));
		DocumentHit<Article> first = this.operations.get(Article.class, "c1").orElseThrow();
		DocumentHit<Article> second = this.operations.get(Article.class, "c1").orElseThrow();
		first.document().title = "Changed by the first";
		DocumentHit<Article> saved = this.operations.save(first);
		assertThat(saved.meta().seqNo()).isEqualTo(first.meta().seqNo() + 1);
		second.document().title = "Changed by the second";
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.operations.save(second))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("version_conflict_engine_exception"));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.operations.delete(second));
		assertThat(this.operations.get(Article.class, "c1").orElseThrow().document().title)
			.isEqualTo("Changed by the first");
		assertThat(this.operations.save(saved).meta().version()).isEqualTo(3L);
	}

	@Test
	void createFailsWhenTheIdExists() {
		this.operations.save(new Article("k1", "Kept", "a", 1), SaveOptions.defaults().create());
		assertThatExceptionOfType(ConflictException.class).isThrownBy(
				() -> this.operations.save(new Article("k1", "Other", "b", 2), SaveOptions.defaults().create()));
		assertThat(this.operations.get(Article.class, "k1").orElseThrow().document().title).isEqualTo("Kept");
	}

	@Test
	void anInvalidDocumentIsNotWritten() {
		Article invalid = new Article("v1", null, "a", 1);
		invalid.comments.add(new Article.Comment(null, "anonymous"));
		assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> this.operations.save(invalid))
			.satisfies((ex) -> assertThat(ex.errors()).isEqualTo(Map.of("title", List.of(Validator.REQUIRED),
					"comments.author", List.of(Validator.REQUIRED))));
		assertThat(this.operations.exists(Article.class, "v1")).isFalse();
	}

	@Test
	void searchReadsHitsIntoDocumentsWithTheirMeta() {
		for (int i = 0; i < 3; i++) {
			this.operations.save(new Article("s" + i, "Searchable " + i, "author" + i, i));
		}
		this.operations.indices().refresh(this.index);
		List<DocumentHit<Article>> hits = this.operations.search(Article.class,
				Map.of("query", Map.of("term", Map.of("author", "author1")), "seq_no_primary_term", true,
						"version", true));
		assertThat(hits).singleElement().satisfies((hit) -> {
			assertThat(hit.document().id).isEqualTo("s1");
			assertThat(hit.document().likes).isEqualTo(1);
			assertThat(hit.meta().score()).isPositive();
			assertThat(hit.meta().version()).isEqualTo(1L);
			assertThat(hit.meta().seqNo()).isNotNull();
			assertThat(hit.meta().index()).isEqualTo(this.index);
		});
		Optional<DocumentHit<Article>> none = this.operations
			.search(Article.class, Map.of("query", Map.of("term", Map.of("author", "nobody"))))
			.stream()
			.findFirst();
		assertThat(none).isEmpty();
	}

}
