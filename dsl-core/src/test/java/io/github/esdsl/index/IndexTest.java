package io.github.esdsl.index;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IndexTest {

	private static final String POST_MAPPINGS = """
			{"properties": {
			  "title": {"type": "text"},
			  "title_suggest": {"type": "completion"},
			  "created_at": {"type": "date"},
			  "published": {"type": "boolean"},
			  "category": {"analyzer": "html_strip", "fields": {"raw": {"type": "keyword"}}, "type": "text"},
			  "comments": {"properties": {
			    "author": {"fields": {"raw": {"type": "keyword"}}, "type": "text"},
			    "content": {"analyzer": "snowball", "type": "text"},
			    "created_at": {"type": "date"}}, "type": "nested"}}}""";

	private static final String HTML_STRIP = """
			{"html_strip": {"tokenizer": "standard", "filter": ["standard", "lowercase", "stop", "snowball"],
			  "char_filter": ["html_strip"], "type": "custom"}}""";

	private static final String MY_ANALYZER = """
			{"analyzer": {"my_analyzer": {"type": "custom", "tokenizer": "trigram", "filter": ["lowercase"]}},
			 "tokenizer": {"trigram": {"type": "nGram", "min_gram": 3}}}""";

	@Test
	void postIndexEqualsPythonPostIndexToDict() {
		assertThat(Index.of(IndexDocuments.Post.class).toMap()).isEqualTo(Json.parseMap("{\"mappings\": " + POST_MAPPINGS
				+ ", \"settings\": {\"analysis\": " + merged("analyzer", HTML_STRIP, MY_ANALYZER) + "}}"));
	}

	@Test
	void indexWithSettingsAliasesDocumentAndAnalyzerEqualsPythonBlogsIndex() {
		Index blogs = Index.named("blogs")
			.settings(Map.of("number_of_shards", 1))
			.setting("number_of_replicas", 0)
			.aliases(Map.of("old_blogs", Map.of()))
			.document(IndexDocuments.Comment.class)
			.analyzer(IndexDocuments.HTML_STRIP);
		assertThat(blogs.toJson()).isEqualTo("{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0,"
				+ "\"analysis\":{\"analyzer\":{\"html_strip\":{\"type\":\"custom\",\"tokenizer\":\"standard\","
				+ "\"filter\":[\"standard\",\"lowercase\",\"stop\",\"snowball\"],\"char_filter\":[\"html_strip\"]}}}},"
				+ "\"aliases\":{\"old_blogs\":{}},\"mappings\":{\"properties\":{"
				+ "\"author\":{\"type\":\"text\",\"fields\":{\"raw\":{\"type\":\"keyword\"}}},"
				+ "\"content\":{\"type\":\"text\",\"analyzer\":\"snowball\"},\"created_at\":{\"type\":\"date\"}}}}");
	}

	@Test
	void customTokenizerOfAnAnalyzerLandsInItsOwnSection() {
		assertThat(Index.named("blog").analyzer(IndexDocuments.MY_ANALYZER).toMap())
			.isEqualTo(Json.parseMap("{\"settings\": {\"analysis\": " + MY_ANALYZER + "}}"));
	}

	@Test
	void analysisAddedWithoutSettingsPutsSettingsLastAsPython() {
		assertThat(Index.named("blog").document(IndexDocuments.Comment.class).analyzer(IndexDocuments.MY_ANALYZER).toMap()
			.keySet()).containsExactly("mappings", "settings");
	}

	@Test
	void emptyIndexHasAnEmptyBody() {
		assertThat(Index.named("empty").toMap()).isEmpty();
	}

	@Test
	void builtinAnalyzerAddsNothing() {
		assertThat(Index.named("blog").analyzer(Analyzer.builtin("snowball")).toMap()).isEmpty();
	}

	@Test
	void documentOptionsBecomeSettingsAliasesAndMetaFields() {
		Index index = Index.of(IndexDocuments.Tenant.class);
		assertThat(index.using()).isEqualTo("analytics");
		assertThat(index.toJson()).isEqualTo("{\"settings\":{\"number_of_shards\":2,\"refresh_interval\":\"5s\"},"
				+ "\"aliases\":{\"current\":{}},\"mappings\":{\"dynamic\":\"strict\",\"_routing\":{\"required\":true},"
				+ "\"_source\":{\"excludes\":[\"secret\"]},\"_meta\":{\"owner\":\"ops\"},\"date_detection\":false,"
				+ "\"properties\":{\"tenant\":{\"type\":\"keyword\"},\"secret\":{\"type\":\"keyword\",\"index\":false}}}}");
	}

	@Test
	void documentsSharingAnIndexMergeTheirMappings() {
		Index blog = Index.named("blog").document(IndexDocuments.Question.class).document(IndexDocuments.Log.class);
		assertThat(blog.toMap()).isEqualTo(Json.parseMap("""
				{"mappings": {"properties": {"author": {"type": "keyword"}, "title": {"type": "text"},
				  "content": {"type": "text"}, "timestamp": {"type": "date"}}}}"""));
		assertThat(blog.documents()).containsExactly(IndexDocuments.Question.class, IndexDocuments.Log.class);
	}

	@Test
	void conflictingFieldTypesNameBothDocumentsAndTheField() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Index.of(IndexDocuments.Question.class).document(IndexDocuments.Answer.class))
			.withMessage("Documents " + IndexDocuments.Question.class.getName() + " and "
					+ IndexDocuments.Answer.class.getName() + " cannot share index 'blog': Conflicting mapping at "
					+ "'field author (type)': keyword and text");
	}

	@Test
	void differentDefinitionsOfOneAnalyzerNameAreRefused() {
		Analyzer other = Analyzer.custom("html_strip").tokenizer("whitespace");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Index.of(IndexDocuments.Post.class).analyzer(other))
			.withMessageStartingWith("Analysis of index 'blog': Conflicting definitions for analyzer 'html_strip': ")
			.withMessageEndingWith("; give one of them another name");
	}

	@Test
	void settingsAnalysisMergesWithCollectedAnalysis() {
		Index index = Index.named("blog")
			.settings(Map.of("analysis", Map.of("filter", Map.of("my_stop", Map.of("type", "stop")))))
			.analyzer(IndexDocuments.MY_ANALYZER);
		assertThat(index.toMap()).isEqualTo(Json.parseMap("""
				{"settings": {"analysis": {"filter": {"my_stop": {"type": "stop"}},
				  "analyzer": {"my_analyzer": {"type": "custom", "tokenizer": "trigram", "filter": ["lowercase"]}},
				  "tokenizer": {"trigram": {"type": "nGram", "min_gram": 3}}}}}"""));
	}

	@Test
	void indexIsImmutable() {
		Index base = Index.named("blogs").setting("number_of_shards", 2);
		Index changed = base.setting("number_of_shards", 1).aliases(Map.of("a", Map.of())).document(IndexDocuments.Log.class);
		assertThat(base.toMap()).isEqualTo(Map.of("settings", Map.of("number_of_shards", 2)));
		assertThat(changed.settings()).isEqualTo(Map.of("number_of_shards", 1));
		base.settings().put("x", 1);
		assertThat(base.settings()).doesNotContainKey("x");
	}

	@Test
	void cloneKeepsEverythingButTheNameOrConnection() {
		Index blogs = Index.named("blogs").using("production").setting("number_of_shards", 2)
			.document(IndexDocuments.Post.class);
		Index company = blogs.clone("company-blogs");
		Index dev = blogs.clone("blogs", "dev").setting("number_of_shards", 1);
		assertThat(company.name()).isEqualTo("company-blogs");
		assertThat(company.using()).isEqualTo("production");
		assertThat(company.toMap()).isEqualTo(blogs.toMap());
		assertThat(dev.using()).isEqualTo("dev");
		assertThat(dev.settings()).isEqualTo(Map.of("number_of_shards", 1));
		assertThat(blogs.settings()).isEqualTo(Map.of("number_of_shards", 2));
	}

	@Test
	void composableTemplateEqualsPythonAsComposableTemplate() {
		ComposableIndexTemplate logs = Index.of(IndexDocuments.Log.class).asComposableTemplate("logs", 100);
		assertThat(logs.name()).isEqualTo("logs");
		assertThat(logs.toJson()).isEqualTo("{\"template\":{\"mappings\":{\"properties\":{"
				+ "\"content\":{\"type\":\"text\"},\"timestamp\":{\"type\":\"date\"}}}},"
				+ "\"index_patterns\":[\"logs-*\"],\"priority\":100}");
	}

	@Test
	void composableTemplateWithoutPriorityLeavesItOut() {
		assertThat(Index.named("x-*").asComposableTemplate("x").toMap())
			.isEqualTo(Json.parseMap("{\"template\": {}, \"index_patterns\": [\"x-*\"]}"));
	}

	@Test
	void legacyTemplateEqualsPythonAsTemplateWithOrder() {
		IndexTemplate template = Index.named("blogs").setting("number_of_shards", 2).document(IndexDocuments.Log.class)
			.asTemplate("blogs-tpl", "blogs-*").order(1);
		assertThat(template.toJson()).isEqualTo("{\"settings\":{\"number_of_shards\":2},\"mappings\":{\"properties\":{"
				+ "\"content\":{\"type\":\"text\"},\"timestamp\":{\"type\":\"date\"}}},"
				+ "\"index_patterns\":[\"blogs-*\"],\"order\":1}");
		assertThat(template.patterns()).containsExactly("blogs-*");
		assertThat(template.order()).hasValue(1);
	}

	@Test
	void legacyTemplateDefaultsToTheIndexName() {
		assertThat(Index.named("logs-*").asTemplate("logs").toMap())
			.isEqualTo(Json.parseMap("{\"index_patterns\": [\"logs-*\"]}"));
	}

	@Test
	void indexOfAClassWithoutDocumentIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Index.of(IndexDocuments.Comment.class))
			.withMessageContaining("is not annotated with @Document");
	}

	@Test
	void unnamedIndexCannotGiveANameOrATemplate() {
		Index index = Index.of(Unnamed.class);
		assertThat(index.hasName()).isFalse();
		assertThatIllegalStateException().isThrownBy(index::name).withMessageContaining("has no name");
		assertThatIllegalStateException().isThrownBy(() -> index.asComposableTemplate("t"));
	}

	@Test
	void negativePriorityIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Index.named("a").asComposableTemplate("t", -1))
			.withMessage("Priority of template 't' must not be negative, got -1");
	}

	@io.github.esdsl.document.Document
	static final class Unnamed {

		String text;

	}

	private static String merged(String section, String first, String other) {
		Map<String, Object> analysis = Json.parseMap(other);
		@SuppressWarnings("unchecked")
		Map<String, Object> analyzers = (Map<String, Object>) analysis.get(section);
		analyzers.putAll(Json.parseMap(first));
		return Json.toJson(analysis);
	}

}
