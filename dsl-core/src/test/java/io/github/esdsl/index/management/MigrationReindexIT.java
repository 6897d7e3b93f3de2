package io.github.esdsl.index.management;

import java.util.Map;
import java.util.stream.IntStream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.index.Index;
import io.github.esdsl.index.management.MigrationDocuments.PostV1;
import io.github.esdsl.index.management.MigrationDocuments.PostV2;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.persistence.Refresh;
import io.github.esdsl.test.ElasticsearchCapabilities;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server-side copy ({@code _reindex} task) on a real cluster. Needs a full distribution (the
 * embedded node has no {@code reindex} module): skipped with that reason otherwise, for example
 * unless {@code ESDSL_TEST_ELASTICSEARCH} points at one.
 */
@WithElasticsearch
class MigrationReindexIT {

	@Test
	void migrationCopiesWithAReindexTaskOnAFullDistribution(ElasticsearchEndpoint node) {
		ElasticsearchCapabilities.of(node).assumeFullDistribution();
		try (Connection connection = MigrationNodes.connect(node)) {
			String alias = "migration-reindex";
			MigrationNodes.clean(connection, alias);
			Migrator migrator = new Migrator(connection).copyMethod(Migrator.CopyMethod.REINDEX);
			migrator.migrate(Index.of(PostV1.class).clone(alias));
			new DocumentOperations(connection).on(alias + "-write")
				.bulk(IntStream.range(0, 3000).mapToObj((i) -> new PostV1("p-" + i, "post number " + i, 1)),
						BulkOptions.defaults().refresh(Refresh.TRUE));
			MigrationResult result = migrator.migrate(Index.of(PostV2.class).clone(alias));
			assertThat(result.state().copyMethod()).isEqualTo("reindex");
			assertThat(result.state().copied()).isEqualTo(3000);
			assertThat(MigrationNodes.count(connection, alias)).isEqualTo(3000);
			assertThat(MigrationNodes.titleMapping(connection, alias + "-000002"))
				.isEqualTo(Map.of("type", "keyword", "fields", Map.of("text", Map.of("type", "text"))));
		}
	}

}
