package io.github.esdsl.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.index.Index;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guide's "time-based indices governed by a template" workflow on the real node.
 */
@WithElasticsearch
class TemplateWorkflowIT {

	@Test
	void documentsWrittenToDailyIndicesGetTheTemplatesMapping(ElasticsearchEndpoint node) {
		String prefix = Nodes.uniqueIndex("logs");
		LogLine.prefix = prefix;
		try (Connection connection = Nodes.connect(node)) {
			DocumentOperations operations = new DocumentOperations(connection);
			IndexOperations indices = operations.indices();
			indices.save(Index.of(LogLine.class).clone(prefix + "-*").asComposableTemplate(prefix, 100));

			operations.save(new LogLine("info", "first", Instant.parse("2024-05-01T10:00:00Z")));
			operations.save(new LogLine("warn", "second", Instant.parse("2024-05-02T08:00:00Z")));
			LogLine now = new LogLine("error", "no timestamp", null);
			DocumentHit<LogLine> saved = operations.save(now);
			assertThat(now.timestamp).isNotNull();
			assertThat(saved.meta().index()).isEqualTo(now.writeIndex());

			for (String day : List.of("20240501", "20240502")) {
				Map<String, Object> properties = indices.getMapping(prefix + "-" + day).properties();
				assertThat(properties.get("level")).isEqualTo(Map.of("type", "keyword"));
				assertThat(properties.get("content")).isEqualTo(Map.of("type", "text"));
				assertThat(properties.get("timestamp")).isEqualTo(Map.of("type", "date"));
			}
			indices.refresh(prefix + "-*");
			List<DocumentHit<LogLine>> warnings = operations.on(prefix + "-*").search(LogLine.class,
					Map.of("query", Map.of("term", Map.of("level", "warn"))));
			assertThat(warnings).singleElement().satisfies((hit) -> {
				assertThat(hit.meta().index()).isEqualTo(prefix + "-20240502");
				assertThat(hit.document().content).isEqualTo("second");
				assertThat(hit.document().timestamp).isEqualTo(Instant.parse("2024-05-02T08:00:00Z"));
			});
			BulkResult bulk = operations.bulk(List.of(new LogLine("info", "bulk", Instant.parse("2024-05-03T00:00:00Z"))),
					BulkOptions.defaults().refresh(Refresh.TRUE));
			assertThat(bulk.failures()).isEmpty();
			assertThat(indices.getMapping(prefix + "-20240503").properties().get("level"))
				.isEqualTo(Map.of("type", "keyword"));
		}
	}

}
