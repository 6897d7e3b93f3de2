package io.github.esdsl.autoconfigure.document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.esdsl.autoconfigure.ConnectionSettingsCustomizer;
import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.samples.badoption.BadOption;
import io.github.esdsl.autoconfigure.document.samples.blog.Post;
import io.github.esdsl.autoconfigure.document.samples.conflict.Article;
import io.github.esdsl.autoconfigure.document.samples.grow.Note;
import io.github.esdsl.autoconfigure.document.samples.logs.LogLine;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.json.Json;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Index management at startup against the real node.
 */
@WithElasticsearch
class DocumentIndexIT {

	private static final List<String> NAMES = List.of("esdsl-blog-posts", "esdsl-blog-comments", "esdsl-conflict",
			"esdsl-logs", "esdsl-grow", "esdsl-badoption");

	private static Connection admin;

	private static String url;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class))
		.withBean("recorder", ConnectionSettingsCustomizer.class,
				() -> (alias, builder) -> builder.listener(RequestListener
					.onCompletion((request, outcome) -> this.requests.add(request.method() + " " + request.path()))));

	@BeforeAll
	static void connect(ElasticsearchEndpoint endpoint) {
		url = endpoint.uri().toString();
		admin = Connection.create(ConnectionSettings.of(url));
	}

	@AfterAll
	static void close() {
		admin.close();
	}

	@BeforeEach
	void clean() {
		for (String name : NAMES) {
			admin.perform(RawRequest.delete("/_index_template/" + name).ignore(404));
			admin.perform(RawRequest.delete("/" + name + "*").param("expand_wildcards", "all").ignore(404));
		}
	}

	@Test
	void twoDocumentClassesGetTheirTemplatesButNoIndices() {
		run("blog", "templates").run((context) -> assertThat(context).hasNotFailed());
		Map<String, Object> posts = template("esdsl-blog-posts");
		assertThat(Json.toJson(posts)).isEqualTo("{\"index_patterns\":[\"esdsl-blog-posts\"],\"template\":{\"settings\":"
				+ "{\"index\":{\"number_of_replicas\":\"0\"}},\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"},"
				+ "\"tags\":{\"type\":\"keyword\"}}}},\"composed_of\":[],\"priority\":150}");
		assertThat(Json.toJson(template("esdsl-blog-comments"))).contains(
				"\"mappings\":{\"properties\":{\"author\":{\"type\":\"keyword\"},\"body\":{\"type\":\"text\"}}}");
		assertThat(admin.client().indices().exists("esdsl-blog-posts")).isFalse();
		assertThat(this.requests).contains("PUT /_index_template/esdsl-blog-posts",
				"PUT /_index_template/esdsl-blog-comments");
	}

	@Test
	void secondStartIsANoOp() {
		run("blog", "templates").run((context) -> assertThat(context).hasNotFailed());
		this.requests.clear();
		run("blog", "templates").run((context) -> assertThat(context).hasNotFailed());
		assertThat(this.requests).isNotEmpty().allMatch((request) -> request.startsWith("GET "));
	}

	@Test
	void twoInstancesStartingTogetherBothSucceed() {
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(this::startsCleanly);
		CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(this::startsCleanly);
		assertThat(first.join()).isTrue();
		assertThat(second.join()).isTrue();
		assertThat(template("esdsl-blog-posts")).isNotNull();
	}

	private boolean startsCleanly() {
		boolean[] started = new boolean[1];
		run("blog", "create").run((context) -> started[0] = context.getStartupFailure() == null);
		return started[0];
	}

	@Test
	void conflictingMappingFailsStartupNamingIndexFieldAndBothDefinitions() {
		admin.client().indices().create("esdsl-conflict", Map.of("mappings",
				Map.of("properties", Map.of("title", Map.of("type", "keyword")))));
		run("conflict", "templates").run((context) -> {
			IndexMappingConflictException ex = DocumentIndexAutoConfigurationTests.find(context.getStartupFailure(),
					IndexMappingConflictException.class);
			assertThat(ex.getDifferences()).containsExactly("index 'esdsl-conflict' maps field 'title' as {type=keyword} "
					+ "but [" + Article.class.getName() + "] define it as {type=text}");
		});
		assertThat(this.requests).noneMatch((request) -> request.startsWith("PUT"));
	}

	@Test
	void validateListsEveryDifference() {
		admin.client().indices().create("esdsl-grow", Map.of("mappings",
				Map.of("properties", Map.of("title", Map.of("type", "text")))));
		run("grow", "validate").run((context) -> {
			IndexMappingConflictException ex = DocumentIndexAutoConfigurationTests.find(context.getStartupFailure(),
					IndexMappingConflictException.class);
			assertThat(ex.isValidation()).isTrue();
			assertThat(ex.getDifferences()).containsExactly(
					"index template 'esdsl-grow' (index 'esdsl-grow', documents [" + Note.class.getName()
							+ "]) does not exist",
					"index 'esdsl-grow' lacks field 'summary' {type=keyword} of [" + Note.class.getName() + "]");
		});
		assertThat(this.requests).allMatch((request) -> request.startsWith("GET "));
	}

	@Test
	void validatePassesOnceTemplatesAreCurrent() {
		run("blog", "templates").run((context) -> assertThat(context).hasNotFailed());
		run("blog", "validate").run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void validateReportsAChangedTemplateField() {
		run("blog", "templates").run((context) -> assertThat(context).hasNotFailed());
		admin.perform(RawRequest.put("/_index_template/esdsl-blog-posts")
			.body(Map.of("index_patterns", List.of("esdsl-blog-posts"), "priority", 150, "template",
					Map.of("settings", Map.of("number_of_replicas", "0"), "mappings",
							Map.of("properties", Map.of("title", Map.of("type", "keyword"), "tags",
									Map.of("type", "keyword")))))));
		run("blog", "validate").run((context) -> {
			IndexMappingConflictException ex = DocumentIndexAutoConfigurationTests.find(context.getStartupFailure(),
					IndexMappingConflictException.class);
			assertThat(ex.getDifferences()).containsExactly("field 'title' of index template 'esdsl-blog-posts' "
					+ "(index 'esdsl-blog-posts', documents [" + Post.class.getName()
					+ "]) is {type=keyword} in the cluster but {type=text} in the documents");
		});
	}

	@Test
	void createModeCreatesMissingIndicesFromTheTemplates() {
		run("blog", "create").run((context) -> assertThat(context).hasNotFailed());
		assertThat(Json.toJson(admin.client().indices().getMapping("esdsl-blog-posts")))
			.isEqualTo("{\"esdsl-blog-posts\":{\"mappings\":{\"properties\":{\"tags\":{\"type\":\"keyword\"},"
					+ "\"title\":{\"type\":\"text\"}}}}}");
		this.requests.clear();
		run("blog", "create").run((context) -> assertThat(context).hasNotFailed());
		assertThat(this.requests).allMatch((request) -> request.startsWith("GET ") || request.startsWith("HEAD "));
	}

	@Test
	void firstStartReadsAllTemplatesAndIndicesAtOnceAndCreatesWithoutExistenceChecks() {
		run("blog", "create").run((context) -> assertThat(context).hasNotFailed());
		assertThat(this.requests).filteredOn((request) -> request.startsWith("GET /_index_template"))
			.containsExactly("GET /_index_template/esdsl-blog-*");
		assertThat(this.requests).filteredOn((request) -> request.startsWith("GET /esdsl"))
			.singleElement()
			.satisfies((request) -> assertThat(request).contains("esdsl-blog-posts").contains("esdsl-blog-comments"));
		assertThat(this.requests).filteredOn((request) -> !request.startsWith("GET "))
			.containsExactlyInAnyOrder("PUT /_index_template/esdsl-blog-posts", "PUT /_index_template/esdsl-blog-comments",
					"PUT /esdsl-blog-posts", "PUT /esdsl-blog-comments");
	}

	@Test
	void indexReachedThroughAnAliasIsComparedLikeAnIndexOfThatName() {
		admin.client().indices().create("esdsl-conflict-v1", Map.of("aliases", Map.of("esdsl-conflict", Map.of()),
				"mappings", Map.of("properties", Map.of("title", Map.of("type", "keyword")))));
		run("conflict", "create").run((context) -> {
			IndexMappingConflictException ex = DocumentIndexAutoConfigurationTests.find(context.getStartupFailure(),
					IndexMappingConflictException.class);
			assertThat(ex.getDifferences()).containsExactly("index 'esdsl-conflict-v1' maps field 'title' as "
					+ "{type=keyword} but [" + Article.class.getName() + "] define it as {type=text}");
		});
	}

	@Test
	void updateModeAddsNewFieldsToExistingIndices() {
		admin.client().indices().create("esdsl-grow", Map.of("mappings",
				Map.of("properties", Map.of("title", Map.of("type", "text")))));
		run("grow", "templates").run((context) -> assertThat(context).hasNotFailed());
		assertThat(Json.toJson(admin.client().indices().getMapping("esdsl-grow"))).doesNotContain("summary");
		run("grow", "update").run((context) -> assertThat(context).hasNotFailed());
		assertThat(Json.toJson(admin.client().indices().getMapping("esdsl-grow")))
			.isEqualTo("{\"esdsl-grow\":{\"mappings\":{\"properties\":{\"summary\":{\"type\":\"keyword\"},"
					+ "\"title\":{\"type\":\"text\"}}}}}");
	}

	@Test
	void patternIndexGetsATemplateForThePattern() {
		run("logs", "create").run((context) -> assertThat(context).hasNotFailed());
		assertThat(template("esdsl-logs").get("index_patterns")).isEqualTo(List.of("esdsl-logs-*"));
		admin.client().indices().create("esdsl-logs-2026.11", null);
		assertThat(Json.toJson(admin.client().indices().getMapping("esdsl-logs-2026.11"))).contains(
				"\"properties\":{\"level\":{\"type\":\"keyword\"},\"message\":{\"type\":\"text\"}}");
	}

	@Test
	void mappingOptionElasticsearchRejectsFailsStartupNamingTheDocumentAndTheOption() {
		run("badoption", "templates").run((context) -> {
			InvalidDocumentException ex = DocumentIndexAutoConfigurationTests.find(context.getStartupFailure(),
					InvalidDocumentException.class);
			assertThat(ex.getDocumentClasses()).containsExactly(BadOption.class);
			assertThat(ex.getIndex()).isEqualTo("esdsl-badoption");
			assertThat(ex.getReason()).startsWith("Elasticsearch of connection 'default' rejected index template "
					+ "'esdsl-badoption': ")
				.contains("unknown parameter [analyser] on mapper [title] of type [text]");
			assertThat(MalformedConfigurationTests.analyze(context.getStartupFailure()).getDescription())
				.startsWith("The mapping of document " + BadOption.class.getName() + " (index 'esdsl-badoption') is "
						+ "invalid: Elasticsearch of connection 'default' rejected index template 'esdsl-badoption': ");
		});
		assertThat(admin.perform(RawRequest.get("/_index_template/esdsl-badoption").ignore(404)).status())
			.isEqualTo(404);
	}

	@Test
	void compatibilityAboveTheServerMajorVersionFailsStartup() {
		String version = DocumentIndexManager.serverVersion(admin);
		assumeThat(version).startsWith("8.");
		run("blog", "templates").withPropertyValues("elasticsearch.dsl.connections.default.compatibility=9")
			.run((context) -> {
				IncompatibleClusterException ex = DocumentIndexAutoConfigurationTests
					.find(context.getStartupFailure(), IncompatibleClusterException.class);
				assertThat(ex.getCompatibility()).isEqualTo(9);
				assertThat(ex.getMessage()).startsWith("Connection 'default' asks for the REST API of version 9 but the server ");
				assertThat(ex.getServerVersion()).isEqualTo(version);
				assertThat(MalformedConfigurationTests.analyze(context.getStartupFailure()).getAction()).isEqualTo(
						"Set 'elasticsearch.dsl.connections.default.compatibility' to 8 (the server's major version), "
								+ "or remove it.");
			});
	}

	private ApplicationContextRunner run(String samples, String mode) {
		return this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + url,
				"elasticsearch.dsl.index-management=" + mode,
				"elasticsearch.dsl.documents.packages=" + Post.class.getPackageName().replace(".blog", "." + samples));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> template(String name) {
		List<Map<String, Object>> templates = (List<Map<String, Object>>) admin
			.perform(RawRequest.get("/_index_template/" + name))
			.bodyAsMap()
			.get("index_templates");
		return (Map<String, Object>) templates.get(0).get("index_template");
	}

}
