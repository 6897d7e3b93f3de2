package io.github.esdsl.index.management;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsChangesTest {

	private static final Map<String, Object> CURRENT = Map.of("number_of_shards", "1", "number_of_replicas", "1",
			"refresh_interval", "1s", "sort", Map.of("field", "date"), "uuid", "abc");

	@Test
	void equalValuesInAnotherJsonTypeAreNoChange() {
		SettingsChanges changes = SettingsChanges.between(Map.of("number_of_shards", 1, "number_of_replicas", 1),
				Map.of("index", CURRENT));
		assertThat(changes.isEmpty()).isTrue();
	}

	@Test
	void dynamicAndStaticChangesAreSplitWithFlatKeys() {
		SettingsChanges changes = SettingsChanges.between(Map.of("number_of_shards", 2, "number_of_replicas", 0,
				"index.refresh_interval", "-1", "sort", Map.of("field", "title")), CURRENT);
		assertThat(changes.dynamic()).containsExactly(Map.entry("index.number_of_replicas", "0"),
				Map.entry("index.refresh_interval", "-1"));
		assertThat(changes.describeStatic()).containsExactly("index.number_of_shards: 1 -> 2",
				"index.sort.field: date -> title");
	}

	@Test
	void analysisIsLeftToTheClosedIndexPath() {
		SettingsChanges changes = SettingsChanges.between(
				Map.of("analysis", Map.of("analyzer", Map.of("a", Map.of("type", "standard")))), CURRENT);
		assertThat(changes.isEmpty()).isTrue();
	}

}
