package io.github.esdsl.persistence;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk indexing on the real node.
 */
@WithElasticsearch
class BulkIT {

	@Test
	void fiftyThousandDocumentsWithOneRejectedByTheMappingReportIt(ElasticsearchEndpoint node) {
		String index = Nodes.uniqueIndex("bulk");
		try (Connection connection = Nodes.connect(node)) {
			DocumentOperations operations = new DocumentOperations(connection).on(index);
			operations.init(Article.class);
			Stream<Object> items = IntStream.range(0, 50_000).mapToObj((i) -> (i == 43_210)
					? BulkAction.raw("index", Map.of("_id", "bad"), Map.of("title", "Bad", "likes", "many"))
					: new Article(String.valueOf(i), "Title " + i, "author" + (i % 7), i));
			BulkResult result = operations.bulk(items, BulkOptions.defaults().concurrency(2));
			assertThat(result.total()).isEqualTo(50_000);
			assertThat(result.succeeded()).isEqualTo(49_999);
			assertThat(result.requests()).isEqualTo(50);
			assertThat(result.failures()).singleElement().satisfies((failure) -> {
				assertThat(failure.position()).isEqualTo(43_210);
				assertThat(failure.opType()).isEqualTo("index");
				assertThat(failure.index()).isEqualTo(index);
				assertThat(failure.id()).isEqualTo("bad");
				assertThat(failure.status()).isEqualTo(400);
				assertThat(failure.type()).isEqualTo("document_parsing_exception");
				assertThat(failure.reason()).contains("[likes]");
			});
			operations.indices().refresh(index);
			Map<String, Object> count = connection
				.perform(io.github.esdsl.connection.RawRequest.get("/" + index + "/_count"))
				.bodyAsMap();
			assertThat(count.get("count")).isEqualTo(49_999);
			assertThat(operations.get(Article.class, "49999").orElseThrow().document().title).isEqualTo("Title 49999");
		}
	}

	@Test
	void updateAndDeleteActionsApplyAndAMissingDocumentIsReported(ElasticsearchEndpoint node) {
		String index = Nodes.uniqueIndex("bulk-ops");
		try (Connection connection = Nodes.connect(node)) {
			DocumentOperations operations = new DocumentOperations(connection).on(index);
			operations.init(Article.class);
			operations.bulk(List.of(new Article("1", "One", "a", 1), new Article("2", "Two", "b", 2)),
					BulkOptions.defaults());
			BulkResult result = operations.bulk(List.of(BulkAction.update(Article.class, "1",
					Update.doc(Map.of("likes", 10))), BulkAction.delete(Article.class, "2"),
					BulkAction.update(Article.class, "3", Update.doc(Map.of("likes", 1))),
					BulkAction.create(new Article("1", "Again", "c", 0))),
					BulkOptions.defaults().refresh(Refresh.TRUE));
			assertThat(result.succeeded()).isEqualTo(2);
			assertThat(result.failures()).extracting(BulkFailure::position, BulkFailure::status, BulkFailure::type)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 404, "document_missing_exception"),
						org.assertj.core.groups.Tuple.tuple(3L, 409, "version_conflict_engine_exception"));
			assertThat(operations.get(Article.class, "1").orElseThrow().document().likes).isEqualTo(10);
			assertThat(operations.exists(Article.class, "2")).isFalse();
		}
	}

}
