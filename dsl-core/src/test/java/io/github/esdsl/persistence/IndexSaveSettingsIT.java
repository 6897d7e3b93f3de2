package io.github.esdsl.persistence;

import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.index.Index;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@link IndexOperations#save(Index)} on an existing index of the real node: dynamic settings are
 * applied, static ones are refused by name before anything is sent.
 */
@WithElasticsearch
class IndexSaveSettingsIT {

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
	void saveAppliesChangedDynamicSettingsToTheExistingIndex() {
		String name = Nodes.uniqueIndex("save-settings");
		indices.save(Index.of(Article.class).clone(name).settings(Map.of("number_of_replicas", 0)));
		indices.save(Index.of(Article.class).clone(name).settings(Map.of("number_of_replicas", 0,
				"refresh_interval", "5s", "max_result_window", 20000)));
		Map<String, Object> settings = indices.getSettings(name);
		assertThat(settings).containsEntry("refresh_interval", "5s").containsEntry("max_result_window", "20000")
			.containsEntry("number_of_replicas", "0");
	}

	@Test
	void saveNamesStaticSettingsThatNeedANewIndexAndChangesNothing() {
		String name = Nodes.uniqueIndex("save-static");
		indices.save(Index.named(name).settings(Map.of("number_of_shards", 1, "number_of_replicas", 0)));
		assertThatIllegalStateException()
			.isThrownBy(() -> indices.save(Index.named(name).settings(Map.of("number_of_shards", 3,
					"number_of_replicas", 0, "refresh_interval", "7s"))))
			.withMessage("Cannot change the static settings [index.number_of_shards: 1 -> 3] of the existing index '"
					+ name + "': they only take effect in a new index (create one and copy the documents, for example "
					+ "with io.github.esdsl.index.management.Migrator); nothing was changed");
		assertThat(indices.getSettings(name)).doesNotContainKey("refresh_interval");
	}

}
