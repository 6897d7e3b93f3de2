package io.github.esdsl.index.management;

import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connection;
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
 * {@link IndexManager} without Spring on the real node: creates, then plans a changed definition
 * into additive, breaking, analysis and settings changes, and refuses breaking ones.
 */
@WithElasticsearch
class IndexManagerIT {

	private static Connection connection;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		connection = MigrationNodes.connect(node);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@Test
	void planSortsTheDifferencesAndUpdateRefusesBreakingOnes() {
		String name = "manager-it-" + System.nanoTime();
		IndexManager manager = new IndexManager(connection);
		Index v1 = Index.named(name).settings(Map.of("number_of_replicas", 0, "refresh_interval", "1s"))
			.mapping(Mapping.fromMap(Map.of("properties", Map.of("title", Map.of("type", "text")))));
		assertThat(manager.create(List.of(v1))).isEqualTo(2);
		assertThat(manager.create(List.of(v1))).isZero();
		assertThat(manager.plan(List.of(v1))).singleElement().satisfies((plan) -> assertThat(plan.isCurrent()).isTrue());

		Index v2 = Index.named(name)
			.settings(Map.of("number_of_replicas", 0, "refresh_interval", "5s", "analysis",
					Map.of("analyzer", Map.of("short", Map.of("type", "standard", "max_token_length", 5)))))
			.mapping(Mapping.fromMap(Map.of("properties", Map.of("title", Map.of("type", "keyword"), "summary",
					Map.of("type", "text")))));
		IndexPlan plan = manager.plan(List.of(v2)).get(0);
		assertThat(plan.isCurrent()).isFalse();
		assertThat(plan.additiveChanges()).containsExactly(
				"index template '" + name + "' lacks field 'summary' {type=text}",
				"index '" + name + "' lacks field 'summary' {type=text} of []");
		assertThat(plan.breakingChanges()).containsExactly(
				"index '" + name + "' maps field 'title' as {type=text} but [] define it as {type=keyword}",
				"index template '" + name + "' maps field 'title' as {type=text} but [] define it as {type=keyword}");
		assertThat(plan.analysisChanges()).containsExactly(
				"setting 'index.analysis.analyzer.short.max_token_length' of index template '" + name
						+ "' is null in the cluster but 5 in the documents",
				"setting 'index.analysis.analyzer.short.type' of index template '" + name
						+ "' is null in the cluster but standard in the documents");
		assertThat(plan.settingsChanges()).containsExactly("setting 'index.refresh_interval' of index template '"
				+ name + "' is 1s in the cluster but 5s in the documents");
		assertThat(plan.toString()).startsWith("Index '" + name + "' (template '" + name + "'): changes");
		assertThatExceptionOfType(IndexConflictException.class).isThrownBy(() -> manager.update(List.of(v2)))
			.satisfies((ex) -> assertThat(ex.isValidation()).isFalse())
			.satisfies((ex) -> assertThat(ex.differences()).containsExactly("index '" + name
					+ "' maps field 'title' as {type=text} but [] define it as {type=keyword}"));
		assertThatExceptionOfType(IndexConflictException.class).isThrownBy(() -> manager.validate(List.of(v2)))
			.satisfies((ex) -> assertThat(ex.isValidation()).isTrue());
	}

}
