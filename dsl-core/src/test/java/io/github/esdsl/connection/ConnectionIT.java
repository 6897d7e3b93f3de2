package io.github.esdsl.connection;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A connection against a real Elasticsearch 8 node, with {@code compatible-with=8}.
 */
@WithElasticsearch
class ConnectionIT {

	private static ElasticsearchEndpoint endpoint;

	private static Connection connection;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		endpoint = node;
		connection = Connection.create(settings(node).build());
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	static ConnectionSettings.Builder settings(ElasticsearchEndpoint node) {
		ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(node.uris()).compatibility(8);
		if (node.username().isPresent()) {
			settings.basicAuth(node.username().get(), node.password().orElseThrow());
		}
		node.caCertificate().ifPresent(settings::caCertificate);
		return settings;
	}

	private static String newIndex(String name) {
		return "connection-it-" + name + "-" + System.nanoTime();
	}

	@Test
	void indexGetRefreshAndSearchRoundTrip() {
		String index = newIndex("round-trip");
		Client client = connection.client();
		Map<String, Object> indexed = client.index(index, "1",
				Map.of("author", "kimchy", "text", "Elasticsearch: cool. bonsai cool."));
		assertThat(indexed).containsEntry("result", "created").containsEntry("_id", "1");
		assertThat(client.get(index, "1")).hasValueSatisfying((doc) -> assertThat(doc.get("_source"))
			.isEqualTo(Map.of("author", "kimchy", "text", "Elasticsearch: cool. bonsai cool.")));
		client.indices().refresh(index);
		RawResponse response = connection.perform(RawRequest.post(RawRequest.pathOf(index, "_search"))
			.body(Map.of("query", Map.of("match", Map.of("text", "bonsai")))));
		assertThat(response.header("Content-Type")).contains("compatible-with=8");
		Map<String, Object> hits = child(response.bodyAsMap(), "hits");
		assertThat(child(hits, "total")).containsEntry("value", 1);
		assertThat((List<?>) hits.get("hits")).singleElement()
			.satisfies((hit) -> assertThat(cast(hit)).containsEntry("_id", "1"));
	}

	@Test
	void missingIndexIsANotFoundExceptionNamingIt() {
		String index = newIndex("missing");
		NotFoundException ex = catchThrowableOfType(NotFoundException.class,
				() -> connection.perform(RawRequest.post(RawRequest.pathOf(index, "_search")).body(Map.of())));
		assertThat(ex.status()).isEqualTo(404);
		assertThat(ex.errorType()).isEqualTo("index_not_found_exception");
		assertThat(ex.reason()).isEqualTo("no such index [" + index + "]");
		assertThat(ex.index()).isEqualTo(index);
		assertThat(ex.method()).isEqualTo("POST");
		assertThat(ex.path()).isEqualTo("/" + index + "/_search");
		assertThat(ex.host()).isEqualTo(endpoint.uri().toString());
	}

	@Test
	void getOfAMissingDocumentIsEmptyAndOfAMissingIndexFails() {
		String index = newIndex("get");
		connection.client().indices().create(index, null);
		assertThat(connection.client().get(index, "nope")).isEmpty();
		NotFoundException ex = catchThrowableOfType(NotFoundException.class,
				() -> connection.client().get(index + "-absent", "1"));
		assertThat(ex.errorType()).isEqualTo("index_not_found_exception");
	}

	@Test
	void createIfAbsentIsIdempotent() {
		String index = newIndex("create");
		Map<String, Object> body = Map.of("mappings",
				Map.of("properties", Map.of("foo", Map.of("type", "text"), "bar", Map.of("type", "keyword"))));
		assertThat(connection.client().indices().createIfAbsent(index, body)).isTrue();
		assertThat(connection.client().indices().createIfAbsent(index, body)).isFalse();
		assertThat(connection.client().indices().exists(index)).isTrue();
		Map<String, Object> mapping = child(child(connection.client().indices().getMapping(index), index), "mappings");
		assertThat(child(mapping, "properties")).containsEntry("bar", Map.of("type", "keyword"));
		BadRequestException again = catchThrowableOfType(BadRequestException.class,
				() -> connection.client().indices().create(index, body));
		assertThat(again.errorType()).isEqualTo("resource_already_exists_exception");
		assertThat(again.index()).isEqualTo(index);
		assertThat(connection.client().indices().deleteIfExists(index)).isTrue();
		assertThat(connection.client().indices().deleteIfExists(index)).isFalse();
	}

	@Test
	void partialUpdateAddsAndChangesFields() {
		String index = newIndex("update");
		connection.client().index(index, "doc_id", Map.of("name", "Jane", "age", 30), Map.of("refresh", true));
		Map<String, Object> updated = connection.client().update(index, "doc_id", Map.of("name", "John", "city", "Oslo"));
		assertThat(updated).containsEntry("result", "updated");
		assertThat(connection.client().get(index, "doc_id")).hasValueSatisfying((doc) -> assertThat(doc.get("_source"))
			.isEqualTo(Map.of("name", "John", "age", 30, "city", "Oslo")));
	}

	@Test
	void creatingAnExistingDocumentIsAConflict() {
		String index = newIndex("conflict");
		connection.client().index(index, "1", Map.of("a", 1));
		ConflictException ex = catchThrowableOfType(ConflictException.class,
				() -> connection.client().index(index, "1", Map.of("a", 2), Map.of("op_type", "create")));
		assertThat(ex.errorType()).isEqualTo("version_conflict_engine_exception");
		assertThat(ex.index()).isEqualTo(index);
	}

	@Test
	void invalidQueryIsABadRequest() {
		String index = newIndex("bad");
		connection.client().indices().create(index, null);
		BadRequestException ex = catchThrowableOfType(BadRequestException.class, () -> connection.perform(
				RawRequest.post(RawRequest.pathOf(index, "_search")).body(Map.of("query", Map.of("no_such_query", Map.of())))));
		assertThat(ex.status()).isEqualTo(400);
		assertThat(ex.errorType()).isNotBlank();
		assertThat(ex.reason()).contains("no_such_query");
	}

	@Test
	void ndjsonBulkAndMultiSearch() {
		String index = newIndex("bulk");
		RawResponse bulk = connection.perform(RawRequest.post("/_bulk").param("refresh", true).ndjson(List.of(
				Map.of("index", Map.of("_index", index, "_id", "1")), Map.of("title", "one"),
				Map.of("index", Map.of("_index", index, "_id", "2")), Map.of("title", "two"))));
		assertThat(bulk.bodyAsMap()).containsEntry("errors", false);
		RawResponse msearch = connection.perform(RawRequest.post("/_msearch").ndjson(List.of(
				Map.of("index", index), Map.of("query", Map.of("match", Map.of("title", "one"))),
				Map.of("index", index), Map.of("query", Map.of("match_all", Map.of())))));
		List<?> responses = (List<?>) msearch.bodyAsMap().get("responses");
		assertThat(responses).hasSize(2);
		assertThat(child(child(cast(responses.get(0)), "hits"), "total")).containsEntry("value", 1);
		assertThat(child(child(cast(responses.get(1)), "hits"), "total")).containsEntry("value", 2);
	}

	@Test
	void manyConcurrentAsyncSearches() throws Exception {
		String index = newIndex("async");
		connection.client().index(index, "1", Map.of("n", 1), Map.of("refresh", true));
		List<CompletableFuture<RawResponse>> futures = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			futures.add(connection.performAsync(RawRequest.post(RawRequest.pathOf(index, "_search"))
				.body(Map.of("query", Map.of("term", Map.of("n", 1))))));
		}
		CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
		assertThat(futures).allSatisfy((future) -> assertThat(
				child(child(future.join().bodyAsMap(), "hits"), "total")).containsEntry("value", 1));
	}

	@Test
	void compressionWorksBothWays() {
		String index = newIndex("gzip");
		try (Connection compressed = Connection.create(settings(endpoint).compression(true).build())) {
			compressed.client().index(index, "1", Map.of("text", "x".repeat(10_000)), Map.of("refresh", true));
			assertThat(compressed.client().get(index, "1")).hasValueSatisfying(
					(doc) -> assertThat(child(doc, "_source")).containsEntry("text", "x".repeat(10_000)));
		}
	}

	@Test
	void sniffOnStartFindsTheNode() {
		try (Connection sniffing = Connection.create(settings(endpoint).sniffOnStart(true).build())) {
			assertThat(sniffing.nodes()).singleElement()
				.satisfies((uri) -> assertThat(uri.getPort()).isEqualTo(endpoint.uri().getPort()));
			assertThat(sniffing.client().clusterHealth()).containsKey("status");
		}
	}

	@Test
	void clusterHealthAnswers() {
		Map<String, Object> health = connection.client().clusterHealth(Map.of("wait_for_status", "yellow",
				"timeout", "30s"));
		assertThat(health.get("status")).isIn("green", "yellow");
		assertThat(connection.nodes()).containsExactlyElementsOf(endpoint.uris().stream()
			.map((uri) -> URI.create(uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()))
			.toList());
	}

	@Test
	@WithElasticsearch(fullDistribution = true)
	void updateByQueryRunsOnAFullDistribution() {
		String index = newIndex("ubq");
		connection.client().index(index, "1", Map.of("name", "John", "age", 20), Map.of("refresh", true));
		Map<String, Object> result = connection.client().updateByQuery(index,
				Map.of("script", Map.of("source", "ctx._source.age=23", "lang", "painless"), "query",
						Map.of("match", Map.of("name", "John"))),
				Map.of("refresh", true));
		assertThat(result).containsEntry("updated", 1);
		assertThat(connection.client().get(index, "1"))
			.hasValueSatisfying((doc) -> assertThat(child(doc, "_source")).containsEntry("age", 23));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> child(Map<String, Object> map, String key) {
		return (Map<String, Object>) map.get(key);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Object value) {
		return (Map<String, Object>) value;
	}

}
