package io.github.esdsl.persistence;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.ConflictException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.NotFoundException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.Routing;
import io.github.esdsl.test.ElasticsearchCapabilities;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The Python DSL's document integration tests ({@code test_integration/_sync/test_document.py}),
 * ported to esdsl on the real node: the cases about updates, save results, the get rule, time
 * zones, conditional writes and empty values. Scripted updates need painless and skip here with
 * the reason (their request and response are tested in {@link ScriptedUpdateTest}).
 */
@WithElasticsearch
class PythonDocumentIT {

	static class Owner {

		String name;

		@Field(name = "other_name", type = FieldType.KEYWORD)
		String otherName;

		Owner() {
		}

		Owner(String name) {
			this.name = name;
		}

	}

	@Document(index = "wiki")
	static class Wiki {

		@Id
		String id;

		@Field(type = FieldType.OBJECT)
		List<Owner> owner = new ArrayList<>();

		Integer views;

		@Field(type = FieldType.FLATTENED)
		Map<String, Object> ranked;

	}

	@Document(index = "git")
	static class Repo {

		@Id
		String id;

		@Field(type = FieldType.OBJECT)
		Owner owner;

		String description;

		@Field(type = FieldType.KEYWORD)
		List<String> tags;

		@Field(name = "field_1", type = FieldType.KEYWORD)
		List<String> field1;

		@Field(name = "field_2", type = FieldType.KEYWORD)
		String field2;

		@Field(name = "field_3", type = FieldType.OBJECT)
		Map<String, Object> field3;

	}

	@Document(index = "commits")
	static class Commit {

		@Id
		String id;

		@Routing
		@Field(type = FieldType.KEYWORD)
		String repository;

		ZonedDateTime authored;

	}

	private static ElasticsearchEndpoint endpoint;

	private static Connection connection;

	private DocumentOperations operations;

	private String index;

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
	void newIndex() {
		this.index = Nodes.uniqueIndex("py-doc");
		this.operations = new DocumentOperations(connection).on(this.index);
	}

	private Wiki wiki(int views) {
		this.operations.init(Wiki.class);
		Wiki wiki = new Wiki();
		wiki.id = "elasticsearch-py";
		wiki.owner = new ArrayList<>(List.of(new Owner("Honza Kral")));
		wiki.views = views;
		wiki.ranked = Map.of("test1", 0.1, "topic2", 0.2);
		this.operations.save(wiki);
		return wiki;
	}

	private Repo repo() {
		this.operations.init(Repo.class);
		Repo repo = new Repo();
		repo.id = "esdsl";
		repo.owner = new Owner("elasticsearch");
		repo.description = "DSL";
		this.operations.save(repo, SaveOptions.defaults().refresh(Refresh.TRUE));
		return repo;
	}

	private Map<String, Object> raw(String id) {
		return connection.perform(RawRequest.get(RawRequest.pathOf(this.index, "_doc", id))).bodyAsMap();
	}

	/** test_update_object_field */
	@Test
	void updateOfAnObjectFieldLeavesTheInstanceAndTheStoredDocumentWithTheNewValues() {
		Wiki wiki = wiki(0);
		Map<String, Object> honza = Map.of("name", "Honza");
		Map<String, Object> nick = Map.of("name", "Nick");
		UpdateResult<Wiki> result = this.operations.update(wiki, Update.doc(Map.of("owner", List.of(honza, nick))));
		assertThat(result.result()).isEqualTo(WriteResult.UPDATED);
		result.applyTo(wiki);
		assertThat(wiki.owner).extracting((owner) -> owner.name).containsExactly("Honza", "Nick");
		Wiki stored = this.operations.getRequired(Wiki.class, "elasticsearch-py").document();
		assertThat(stored.owner).extracting((owner) -> owner.name).containsExactly("Honza", "Nick");
		assertThat(stored.ranked).isEqualTo(Map.of("test1", 0.1, "topic2", 0.2));
	}

	/** test_update_script, test_update_script_with_dict, test_update_retry_on_conflict */
	@Test
	void scriptedUpdatesOnAFullDistribution() {
		assumeThat(ElasticsearchCapabilities.of(endpoint).hasModule("lang-painless"))
			.as("needs a full Elasticsearch distribution (painless missing in the embedded integ-test-zip)")
			.isTrue();
		Wiki wiki = wiki(42);
		this.operations.update(wiki, Update.script("ctx._source.views += params.inc", Map.of("inc", 5))).applyTo(wiki);
		assertThat(wiki.views).isEqualTo(47);
		this.operations.update(wiki, Update.script("ctx._source.views += params.inc1 + params.inc2", "painless",
				Map.of("inc1", 2, "inc2", 3)));
		assertThat(this.operations.getRequired(Wiki.class, wiki.id).document().views).isEqualTo(52);
		DocumentHit<Wiki> first = this.operations.getRequired(Wiki.class, wiki.id);
		DocumentHit<Wiki> second = this.operations.getRequired(Wiki.class, wiki.id);
		Update increment = Update.script("ctx._source.views += params.inc", Map.of("inc", 5)).retryOnConflict(1);
		this.operations.update(first, increment);
		this.operations.update(second, increment);
		assertThat(this.operations.getRequired(Wiki.class, wiki.id).document().views).isEqualTo(62);
	}

	/** test_update_conflicting_version (with a partial document: the embedded node has no painless) */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void aStaleHitConflictsUnlessTheUpdateRetries(boolean retryZero) {
		Wiki wiki = wiki(42);
		DocumentHit<Wiki> first = this.operations.getRequired(Wiki.class, wiki.id);
		DocumentHit<Wiki> second = this.operations.getRequired(Wiki.class, wiki.id);
		this.operations.update(first, Update.doc(Map.of("views", 47)));
		Update stale = retryZero ? Update.doc(Map.of("views", 52)).retryOnConflict(0) : Update.doc(Map.of("views", 52));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.operations.update(second, stale));
		assertThat(this.operations.update(second, Update.doc(Map.of("views", 52)).retryOnConflict(1)).document().views)
			.isEqualTo(52);
	}

	/** test_save_and_update_return_doc_meta */
	@Test
	void saveAndUpdateReturnTheirResultAndMeta() {
		this.operations.init(Wiki.class);
		Wiki wiki = new Wiki();
		wiki.id = "elasticsearch-py";
		wiki.views = 42;
		DocumentHit<Wiki> saved = this.operations.save(wiki);
		assertThat(saved.result()).isEqualTo(WriteResult.CREATED);
		assertThat(saved.meta().index()).isEqualTo(this.index);
		assertThat(saved.meta().hasSeqNo()).isTrue();
		UpdateResult<Wiki> updated = this.operations.update(wiki, Update.doc(Map.of("views", 47)));
		assertThat(updated.result()).isEqualTo(WriteResult.UPDATED);
		assertThat(updated.meta().index()).isEqualTo(this.index);
		assertThat(updated.meta().version()).isEqualTo(2L);
	}

	/**
	 * test_get_raises_404_on_index_missing, test_get_raises_404_on_non_existent_id,
	 * test_get_returns_none_if_404_ignored(_and_index_doesnt_exist), test_exists_*: Python's
	 * {@code get()} is {@code getRequired}, its {@code get(ignore=404)} is {@code get}.
	 */
	@Test
	void getRequiredFailsAndGetIsEmptyForAMissingDocumentAndAMissingIndexAlike() {
		repo();
		DocumentOperations notThere = new DocumentOperations(connection).on(Nodes.uniqueIndex("not-there"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> notThere.getRequired(Repo.class, "esdsl"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.operations.getRequired(Repo.class, "esdsl-php"));
		assertThat(this.operations.get(Repo.class, "esdsl-php")).isEmpty();
		assertThat(notThere.get(Repo.class, "42")).isEmpty();
		assertThat(this.operations.getRequired(Repo.class, "esdsl").document().owner.name).isEqualTo("elasticsearch");
		assertThat(this.operations.exists(Repo.class, "esdsl")).isTrue();
		assertThat(this.operations.exists(Repo.class, "esdsl-php")).isFalse();
	}

	/** test_get_with_tz_date, test_save_with_tz_date */
	@Test
	void datesKeepTheirInstantAndSubMillisecondPrecisionThroughSaveAndGet() {
		this.operations.init(Commit.class);
		ZoneId prague = ZoneId.of("Europe/Prague");
		Commit commit = new Commit();
		commit.id = "3ca6e1";
		commit.repository = "esdsl";
		commit.authored = ZonedDateTime.of(2014, 5, 2, 13, 47, 19, 123_000_000, prague);
		this.operations.save(commit);
		DocumentHit<Commit> read = this.operations.get(Commit.class, "3ca6e1", Map.of("routing", "esdsl")).orElseThrow();
		assertThat(read.document().authored.isEqual(commit.authored)).isTrue();
		read.document().authored = ZonedDateTime.of(2014, 5, 2, 13, 47, 19, 123_456_000, prague);
		this.operations.save(read);
		Commit again = this.operations.get(Commit.class, "3ca6e1", Map.of("routing", "esdsl")).orElseThrow().document();
		assertThat(again.authored.toInstant()).isEqualTo(read.document().authored.toInstant());
	}

	/** test_update_works_from_search_response */
	@Test
	void aHitOfASearchCanBeUpdated() {
		repo();
		DocumentHit<Repo> hit = this.operations
			.search(Repo.class, Map.of("seq_no_primary_term", true, "query", Map.of("match_all", Map.of())))
			.get(0);
		UpdateResult<Repo> result = this.operations.update(hit, Update.doc(Map.of("owner", Map.of("other_name", "elastic"))));
		Repo repo = result.applyTo(hit.document());
		assertThat(repo.owner.otherName).isEqualTo("elastic");
		Repo stored = this.operations.getRequired(Repo.class, "esdsl").document();
		assertThat(stored.owner.otherName).isEqualTo("elastic");
		assertThat(stored.owner.name).isEqualTo("elasticsearch");
	}

	/** test_save_updates_existing_doc */
	@Test
	void savingAReadDocumentSaysUpdatedAndTakesTheNewSequenceNumber() {
		repo();
		DocumentHit<Repo> read = this.operations.getRequired(Repo.class, "esdsl");
		read.document().description = "testing-save";
		DocumentHit<Repo> saved = this.operations.save(read);
		assertThat(saved.result()).isEqualTo(WriteResult.UPDATED);
		Map<String, Object> raw = raw("esdsl");
		assertThat(raw).containsEntry("_seq_no", saved.meta().seqNo().intValue());
		assertThat(saved.meta().seqNo()).isNotEqualTo(read.meta().seqNo());
		assertThat(raw.get("_source")).isEqualTo(Map.of("owner", Map.of("name", "elasticsearch"), "description",
				"testing-save"));
	}

	/** test_update_empty_field */
	@Test
	void anUpdateToAnEmptyListEmptiesTheField() {
		Repo repo = repo();
		this.operations.update(repo, Update.doc(Map.of("tags", List.of("a", "b"))));
		UpdateResult<Repo> result = this.operations.update(repo, Update.doc(Map.of("tags", List.of())).refresh(Refresh.TRUE));
		assertThat(result.applyTo(repo).tags).isEmpty();
		assertThat(this.operations.search(Repo.class, Map.of()).get(0).document().tags).isEmpty();
	}

	/** test_save_automatically_uses_seq_no_and_primary_term, test_delete_automatically_uses_... */
	@Test
	void saveAndDeleteOfAHitAreConditionalOnItsSequenceNumber() {
		repo();
		DocumentHit<Repo> read = this.operations.getRequired(Repo.class, "esdsl");
		DocumentMeta meta = read.meta();
		DocumentHit<Repo> stale = new DocumentHit<>(read.document(), new DocumentMeta(meta.index(), meta.id(),
				meta.routing(), meta.version(), meta.seqNo() + 1, meta.primaryTerm(), null));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.operations.save(stale));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.operations.delete(stale));
		assertThat(this.operations.delete(read)).isTrue();
	}

	/** test_can_save_to_different_index */
	@Test
	void aDocumentCanBeSavedToAnotherIndex() {
		Repo repo = new Repo();
		repo.id = "42";
		repo.description = "testing";
		String other = Nodes.uniqueIndex("test-document");
		assertThat(this.operations.on(other).save(repo).isCreated()).isTrue();
		Map<String, Object> raw = connection.perform(RawRequest.get(RawRequest.pathOf(other, "_doc", "42"))).bodyAsMap();
		assertThat(raw).containsEntry("found", true).containsEntry("_index", other).containsEntry("_id", "42")
			.containsEntry("_source", Map.of("description", "testing"));
	}

	/** test_save_without_skip_empty_will_include_empty_fields */
	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void saveWithoutSkippingEmptyValuesStoresThem(boolean validate) {
		Repo repo = new Repo();
		repo.id = "42";
		repo.field1 = List.of();
		repo.field3 = Map.of();
		repo.owner = new Owner(null);
		String other = Nodes.uniqueIndex("test-document");
		assertThat(this.operations.on(other).save(repo, SaveOptions.defaults().skipEmpty(false).validate(validate))
			.isCreated()).isTrue();
		Map<String, Object> source = new LinkedHashMap<>();
		Map<String, Object> owner = new HashMap<>();
		owner.put("name", null);
		owner.put("other_name", null);
		source.put("id", null);
		source.put("owner", owner);
		source.put("description", null);
		source.put("tags", null);
		source.put("field_1", List.of());
		source.put("field_2", null);
		source.put("field_3", Map.of());
		Map<String, Object> stored = Nodes.storedSource(connection, other, "42");
		source.remove("id");
		assertThat(stored).isEqualTo(source);
	}

}
