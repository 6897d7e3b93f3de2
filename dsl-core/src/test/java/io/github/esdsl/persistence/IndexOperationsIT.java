package io.github.esdsl.persistence;

import java.util.List;
import java.util.Map;

import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.connection.BadRequestException;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.NotFoundException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.Mapping;
import io.github.esdsl.index.Index;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Index management and {@code _analyze} on the real node.
 */
@WithElasticsearch
class IndexOperationsIT {

	private static Connection connection;

	private static IndexOperations indices;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		connection = Nodes.connect(node);
		indices = new IndexOperations(connection);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@Test
	void createExistsRefreshFlushAndDelete() {
		String name = Nodes.uniqueIndex("ops");
		assertThat(indices.exists(name)).isFalse();
		indices.create(Index.of(Article.class).clone(name).settings(Map.of("number_of_replicas", 0)));
		assertThat(indices.exists(name)).isTrue();
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> indices.create(Index.named(name)))
			.satisfies((ex) -> assertThat(ex.errorType()).isEqualTo("resource_already_exists_exception"));
		indices.refresh(name);
		indices.flush(name);
		assertThat(indices.getSettings(name)).containsEntry("number_of_replicas", "0");
		indices.delete(name);
		assertThat(indices.exists(name)).isFalse();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> indices.delete(name));
	}

	@Test
	void closeAndOpen() {
		String name = Nodes.uniqueIndex("close");
		indices.create(Index.named(name));
		assertThat(indices.isClosed(name)).isFalse();
		indices.close(name);
		assertThat(indices.isClosed(name)).isTrue();
		indices.open(name);
		assertThat(indices.isClosed(name)).isFalse();
	}

	@Test
	void putGetAndLoadMappings() {
		String name = Nodes.uniqueIndex("mapping");
		indices.create(Index.named(name));
		indices.putMapping(name, Mapping.fromMap(Map.of("properties", Map.of("tag", Map.of("type", "keyword")))));
		connection.perform(RawRequest.put("/" + name + "/_doc/1").param("refresh", "true")
			.body(Map.of("tag", "x", "count", 3)));
		assertThat(indices.getMapping(name).properties()).isEqualTo(Map.of("tag", Map.of("type", "keyword"), "count",
				Map.of("type", "long")));
		Index loaded = indices.load(Index.of(Article.class).clone(name));
		assertThat(loaded.mapping().orElseThrow().properties()).containsKeys("title", "author", "tag", "count");
	}

	@Test
	void putAndGetSettings() {
		String name = Nodes.uniqueIndex("settings");
		indices.create(Index.named(name).settings(Map.of("number_of_shards", 1)));
		indices.putSettings(name, Map.of("refresh_interval", "5s", "number_of_replicas", 0));
		Map<String, Object> settings = indices.getSettings(name);
		assertThat(settings).containsEntry("refresh_interval", "5s")
			.containsEntry("number_of_replicas", "0")
			.containsEntry("number_of_shards", "1");
	}

	@Test
	void putAndDeleteAliases() {
		String name = Nodes.uniqueIndex("alias");
		String alias = name + "-alias";
		indices.create(Index.named(name));
		indices.putAlias(name, alias, Map.of("is_write_index", true));
		assertThat(indices.existsAlias(alias)).isTrue();
		new DocumentOperations(connection).on(alias).save(new Article("1", "Via alias", "a", 1));
		assertThat(new DocumentOperations(connection).on(name).exists(Article.class, "1")).isTrue();
		indices.deleteAlias(name, alias);
		assertThat(indices.existsAlias(alias)).isFalse();
	}

	@Test
	void legacyTemplatesApplyToNewIndices() {
		String prefix = Nodes.uniqueIndex("legacy");
		indices.save(Index.of(Article.class).clone(prefix + "-*").asTemplate(prefix));
		connection.perform(RawRequest.put("/" + prefix + "-1"));
		assertThat(indices.getMapping(prefix + "-1").properties().get("author")).isEqualTo(Map.of("type", "keyword"));
	}

	@Test
	void simulateRunsBuiltInAndCustomAnalyzers() {
		assertThat(indices.simulate(Analyzer.builtin("standard"), "The Quick-Brown fox"))
			.containsExactly(new AnalyzeToken("the", 0, 3, "<ALPHANUM>", 0),
					new AnalyzeToken("quick", 4, 9, "<ALPHANUM>", 1), new AnalyzeToken("brown", 10, 15, "<ALPHANUM>", 2),
					new AnalyzeToken("fox", 16, 19, "<ALPHANUM>", 3));
		assertThat(indices.simulate(Analyzer.builtin("whitespace"), "The Quick-Brown")).extracting(AnalyzeToken::token)
			.containsExactly("The", "Quick-Brown");
		assertThat(indices.simulate(Analyzer.builtin("keyword"), "The Quick")).extracting(AnalyzeToken::token)
			.containsExactly("The Quick");
		Analyzer folded = Analyzer.custom("folded").tokenizer("standard").filter("lowercase");
		assertThat(indices.simulate(folded, "Hello WORLD")).extracting(AnalyzeToken::token)
			.isEqualTo(List.of("hello", "world"));
	}

}
