package io.github.esdsl.index.management;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MappingComparisonTest {

	private static final Map<String, Object> WANTED = Map.of("properties",
			Map.of("title", Map.of("type", "text", "fields", Map.of("raw", Map.of("type", "keyword"))), "author",
					Map.of("properties", Map.of("name", Map.of("type", "keyword"), "age", Map.of("type", "integer"))),
					"tags", Map.of("type", "keyword", "ignore_above", 256)));

	@Test
	void sameMappingHasNoDifferences() {
		MappingComparison comparison = MappingComparison.of(WANTED, Map.of("_doc", WANTED));
		assertThat(comparison.conflicts()).isEmpty();
		assertThat(comparison.missing()).isEmpty();
		assertThat(comparison.isSame()).isTrue();
	}

	@Test
	void scalarsCompareAsText() {
		Map<String, Object> found = Map.of("properties", Map.of("tags", Map.of("type", "keyword", "ignore_above", "256")));
		assertThat(MappingComparison.of(Map.of("properties", Map.of("tags", Map.of("type", "keyword", "ignore_above", 256))),
				found).isSame()).isTrue();
	}

	@Test
	void differentTypeIsAConflictWithBothDefinitions() {
		Map<String, Object> found = Map.of("properties", Map.of("title", Map.of("type", "keyword")));
		Map<String, Object[]> conflicts = MappingComparison.of(WANTED, found).conflicts();
		assertThat(conflicts).containsOnlyKeys("title");
		assertThat(conflicts.get("title")).containsExactly(Map.of("type", "text"), Map.of("type", "keyword"));
	}

	@Test
	void defaultsTheClusterAddsAreNoConflict() {
		Map<String, Object> wanted = Map.of("properties", Map.of("name", Map.of("type", "completion")));
		Map<String, Object> found = Map.of("properties", Map.of("name", Map.of("type", "completion", "analyzer", "simple",
				"max_input_length", 50, "preserve_separators", true, "preserve_position_increments", true)));
		assertThat(MappingComparison.of(wanted, found).conflicts()).isEmpty();
	}

	@Test
	void aDeclaredOptionWithAnotherValueIsAConflict() {
		Map<String, Object> wanted = Map.of("properties", Map.of("name", Map.of("type", "completion", "analyzer", "standard")));
		Map<String, Object> found = Map.of("properties", Map.of("name", Map.of("type", "completion", "analyzer", "simple",
				"max_input_length", 50)));
		assertThat(MappingComparison.of(wanted, found).conflicts()).containsOnlyKeys("name");
	}

	@Test
	void missingFieldsAreReportedOnceAtTheirTopMostPath() {
		Map<String, Object> found = Map.of("properties", Map.of("title", Map.of("type", "text")));
		assertThat(MappingComparison.of(WANTED, found).missing()).containsOnlyKeys("author", "tags", "title.raw");
	}

	@Test
	void objectFieldsWithoutTypeAreObjects() {
		Map<String, Object> found = Map.of("properties",
				Map.of("author", Map.of("type", "object", "properties", Map.of("name", Map.of("type", "keyword")))));
		MappingComparison comparison = MappingComparison.of(WANTED, found);
		assertThat(comparison.conflicts()).isEmpty();
		assertThat(comparison.missing()).containsOnlyKeys("author.age", "tags", "title");
	}

	@Test
	void settingsAreFlattenedUnderIndex() {
		assertThat(MappingComparison.flatSettings(Map.of("number_of_shards", 1, "index",
				Map.of("refresh_interval", "1s"), "analysis", Map.of("analyzer", Map.of("a", Map.of("filter", List.of("lowercase")))))))
			.containsExactly(Map.entry("index.analysis.analyzer.a.filter", List.of("lowercase")),
					Map.entry("index.number_of_shards", "1"), Map.entry("index.refresh_interval", "1s"));
	}

	@Test
	void templateNamesLoseWildcards() {
		assertThat(IndexPlan.templateName("logs-*")).isEqualTo("logs");
		assertThat(IndexPlan.templateName("blog")).isEqualTo("blog");
		assertThat(IndexPlan.templateName("*")).startsWith("esdsl-");
	}

}
