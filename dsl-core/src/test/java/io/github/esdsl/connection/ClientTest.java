package io.github.esdsl.connection;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The raw client basics against an in-process server answering with Elasticsearch's documented
 * bodies.
 */
class ClientTest {

	private TestServer server;

	private Connection connection;

	private volatile int status = 200;

	private volatile String answer = "{}";

	@BeforeEach
	void start() {
		this.server = TestServer.start((exchange, request) -> TestServer.json(exchange, this.status, this.answer));
		this.connection = Connection.create(ConnectionSettings.builder().hosts(this.server.uri()).compatibility(8).build());
	}

	@AfterEach
	void stop() {
		this.connection.close();
		this.server.close();
	}

	private void answer(int status, String body) {
		this.status = status;
		this.answer = body;
	}

	@Test
	void indexWithIdPutsTheDocument() {
		answer(201, "{\"_index\":\"test-index\",\"_id\":\"1\",\"_version\":1,\"result\":\"created\"}");
		Map<String, Object> result = this.connection.client().index("test-index", "1",
				Map.of("author", "kimchy"), Map.of("refresh", true));
		assertThat(result).containsEntry("result", "created");
		TestServer.Recorded request = this.server.lastRequest();
		assertThat(request.method()).isEqualTo("PUT");
		assertThat(request.uri()).isEqualTo("/test-index/_doc/1?refresh=true");
		assertThat(request.bodyText()).isEqualTo("{\"author\":\"kimchy\"}");
	}

	@Test
	void indexWithoutIdPostsTheDocument() {
		this.connection.client().index("test-index", null, "{\"a\":1}");
		assertThat(this.server.lastRequest().method()).isEqualTo("POST");
		assertThat(this.server.lastRequest().uri()).isEqualTo("/test-index/_doc");
	}

	@Test
	void getReturnsTheDocumentOrEmpty() {
		answer(200, "{\"_index\":\"i\",\"_id\":\"a/1\",\"found\":true,\"_source\":{\"x\":1}}");
		assertThat(this.connection.client().get("i", "a/1")).hasValueSatisfying(
				(doc) -> assertThat(doc).containsEntry("_source", Map.of("x", 1)));
		assertThat(this.server.lastRequest().uri()).isEqualTo("/i/_doc/a%2F1");
		answer(404, "{\"_index\":\"i\",\"_id\":\"2\",\"found\":false}");
		assertThat(this.connection.client().get("i", "2")).isEmpty();
	}

	@Test
	void getOnAMissingIndexFails() {
		answer(404, "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [i]\","
				+ "\"index\":\"i\"},\"status\":404}");
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.connection.client().get("i", "1"))
			.satisfies((ex) -> assertThat(ex.index()).isEqualTo("i"));
	}

	@Test
	void updateSendsAPartialDocument() {
		this.connection.client().update("i", "7", Map.of("name", "John"), Map.of("retry_on_conflict", 3));
		TestServer.Recorded request = this.server.lastRequest();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.uri()).isEqualTo("/i/_update/7?retry_on_conflict=3");
		assertThat(request.bodyText()).isEqualTo("{\"doc\":{\"name\":\"John\"}}");
	}

	@Test
	void updateByQuerySendsTheBodyAsGiven() {
		answer(200, "{\"took\":5,\"updated\":2,\"version_conflicts\":0,\"failures\":[]}");
		String body = "{\"script\":{\"source\":\"ctx._source.age=23\",\"lang\":\"painless\"},"
				+ "\"query\":{\"match\":{\"name\":\"John\"}}}";
		Map<String, Object> result = this.connection.client().updateByQuery("i", body, Map.of("conflicts", "proceed"));
		assertThat(result).containsEntry("updated", 2);
		assertThat(this.server.lastRequest().uri()).isEqualTo("/i/_update_by_query?conflicts=proceed");
		assertThat(this.server.lastRequest().bodyText()).isEqualTo(body);
	}

	@Test
	void createIfAbsentSkipsAnExistingIndex() {
		answer(200, "");
		assertThat(this.connection.client().indices().createIfAbsent("i", Map.of("mappings", Map.of()))).isFalse();
		assertThat(this.server.requests()).extracting(TestServer.Recorded::method).containsExactly("HEAD");
	}

	@Test
	void createIfAbsentCreatesAMissingIndex() {
		this.server.close();
		this.server = TestServer.start((exchange, request) -> {
			if (request.method().equals("HEAD")) {
				TestServer.json(exchange, 404, "");
			}
			else {
				TestServer.json(exchange, 200, "{\"acknowledged\":true,\"index\":\"i\"}");
			}
		});
		this.connection.close();
		this.connection = Connection.create(ConnectionSettings.of(this.server.uri()));
		Map<String, Object> mapping = Map.of("mappings", Map.of("properties", Map.of("foo", Map.of("type", "text"))));
		assertThat(this.connection.client().indices().createIfAbsent("i", mapping)).isTrue();
		assertThat(this.server.lastRequest().method()).isEqualTo("PUT");
		assertThat(this.server.lastRequest().bodyText())
			.isEqualTo("{\"mappings\":{\"properties\":{\"foo\":{\"type\":\"text\"}}}}");
	}

	@Test
	void createIfAbsentLosingARaceIsNotAnError() {
		this.server.close();
		this.server = TestServer.start((exchange, request) -> {
			if (request.method().equals("HEAD")) {
				TestServer.json(exchange, 404, "");
			}
			else {
				TestServer.json(exchange, 400, "{\"error\":{\"type\":\"resource_already_exists_exception\","
						+ "\"reason\":\"index [i/abc] already exists\",\"index\":\"i\"},\"status\":400}");
			}
		});
		this.connection.close();
		this.connection = Connection.create(ConnectionSettings.of(this.server.uri()));
		assertThat(this.connection.client().indices().createIfAbsent("i", null)).isFalse();
	}

	@Test
	void existsRefreshDeleteAndHealth() {
		answer(404, "");
		assertThat(this.connection.client().indices().exists("a", "b")).isFalse();
		assertThat(this.server.lastRequest().uri()).isEqualTo("/a,b");
		assertThat(this.connection.client().indices().deleteIfExists("a")).isFalse();
		answer(200, "{\"_shards\":{\"total\":2}}");
		this.connection.client().indices().refresh("a", "b");
		assertThat(this.server.lastRequest().uri()).isEqualTo("/a,b/_refresh");
		this.connection.client().indices().refresh();
		assertThat(this.server.lastRequest().uri()).isEqualTo("/_refresh");
		this.connection.client().indices().delete("a");
		assertThat(this.server.lastRequest().method()).isEqualTo("DELETE");
		answer(200, "{\"status\":\"green\"}");
		assertThat(this.connection.client().clusterHealth(Map.of("wait_for_status", "yellow")))
			.containsEntry("status", "green");
		assertThat(this.server.lastRequest().uri()).isEqualTo("/_cluster/health?wait_for_status=yellow");
	}

}
