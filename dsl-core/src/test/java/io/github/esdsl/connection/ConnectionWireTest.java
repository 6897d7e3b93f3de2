package io.github.esdsl.connection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a connection puts on the wire: headers, paths, parameters and bodies.
 */
class ConnectionWireTest {

	private TestServer server;

	@BeforeEach
	void startServer() {
		this.server = TestServer.startOk();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	private RawResponse perform(ConnectionSettings.Builder settings, RawRequest request) {
		try (Connection connection = Connection.create(settings.hosts(this.server.uri()).build())) {
			return connection.perform(request);
		}
	}

	@Test
	void compatibilityEightSetsAcceptAndContentType() {
		perform(ConnectionSettings.builder().compatibility(8), RawRequest.post("/idx/_search").body(Map.of("size", 0)));
		TestServer.Recorded request = this.server.lastRequest();
		assertThat(request.header("Accept")).isEqualTo("application/vnd.elasticsearch+json; compatible-with=8");
		assertThat(request.header("Content-Type")).isEqualTo("application/vnd.elasticsearch+json; compatible-with=8");
		assertThat(request.bodyText()).isEqualTo("{\"size\":0}");
	}

	@Test
	void compatibilityNineOnNdjsonUsesTheNdjsonMediaType() {
		perform(ConnectionSettings.builder().compatibility(9),
				RawRequest.post("/_msearch").ndjson(List.of(Map.of("index", "a"), Map.of("size", 1))));
		TestServer.Recorded request = this.server.lastRequest();
		assertThat(request.header("Accept")).isEqualTo("application/vnd.elasticsearch+json; compatible-with=9");
		assertThat(request.header("Content-Type"))
			.isEqualTo("application/vnd.elasticsearch+x-ndjson; compatible-with=9");
		assertThat(request.bodyText()).isEqualTo("{\"index\":\"a\"}\n{\"size\":1}\n");
	}

	@Test
	void withoutCompatibilityPlainJsonIsSent() {
		perform(ConnectionSettings.builder(), RawRequest.put("/idx").body("{\"settings\":{}}"));
		TestServer.Recorded request = this.server.lastRequest();
		assertThat(request.header("Accept")).isEqualTo("application/json");
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.bodyText()).isEqualTo("{\"settings\":{}}");
	}

	@Test
	void requestWithoutBodyHasNoContentType() {
		perform(ConnectionSettings.builder().compatibility(8), RawRequest.get("/_cluster/health"));
		assertThat(this.server.lastRequest().header("Content-Type")).isNull();
		assertThat(this.server.lastRequest().method()).isEqualTo("GET");
	}

	@Test
	void basicAuthIsSentPreemptively() {
		perform(ConnectionSettings.builder().basicAuth("elastic", "s3cret!"), RawRequest.get("/"));
		String expected = "Basic " + Base64.getEncoder().encodeToString("elastic:s3cret!".getBytes(StandardCharsets.UTF_8));
		assertThat(this.server.lastRequest().header("Authorization")).isEqualTo(expected);
		assertThat(this.server.requests()).hasSize(1);
	}

	@Test
	void apiKeyIsSentAsApiKeyAuthorization() {
		perform(ConnectionSettings.builder().apiKey("id1", "key1"), RawRequest.get("/"));
		assertThat(this.server.lastRequest().header("Authorization"))
			.isEqualTo("ApiKey " + Base64.getEncoder().encodeToString("id1:key1".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void bearerTokenIsSentAsBearerAuthorization() {
		perform(ConnectionSettings.builder().bearerToken("tok-123"), RawRequest.get("/"));
		assertThat(this.server.lastRequest().header("Authorization")).isEqualTo("Bearer tok-123");
	}

	@Test
	void customHeadersAreSentAndRequestHeadersWin() {
		perform(ConnectionSettings.builder().header("X-Opaque-Id", "conn").header("X-Tenant", "t1"),
				RawRequest.get("/").header("X-Opaque-Id", "req-7"));
		TestServer.Recorded request = this.server.lastRequest();
		assertThat(request.header("X-Opaque-Id")).isEqualTo("req-7");
		assertThat(request.header("X-Tenant")).isEqualTo("t1");
		assertThat(request.header("User-Agent")).startsWith("esdsl/");
		assertThat(request.header("X-Elastic-Client-Meta")).isNull();
	}

	@Test
	void pathPrefixGoesBeforeEveryPath() {
		perform(ConnectionSettings.builder().pathPrefix("proxy/es/"), RawRequest.get("/idx/_count"));
		assertThat(this.server.lastRequest().uri()).isEqualTo("/proxy/es/idx/_count");
	}

	@Test
	void paramsAreEncodedInOrder() {
		perform(ConnectionSettings.builder(),
				RawRequest.get("/idx/_search")
					.param("q", "title:\"a b\" +c&d=é")
					.param("routing", List.of("u1", "u2"))
					.param("refresh", true)
					.param("timeout", java.time.Duration.ofMillis(1500))
					.param("dropped", "x")
					.param("dropped", null));
		assertThat(this.server.lastRequest().uri()).isEqualTo(
				"/idx/_search?q=title%3A%22a%20b%22%20%2Bc%26d%3D%C3%A9&routing=u1,u2&refresh=true&timeout=1500ms");
	}

	@Test
	void encodedPathSegmentsReachTheServerUnchanged() {
		perform(ConnectionSettings.builder(), RawRequest.get(RawRequest.pathOf("logs-*,other", "_doc", "a/b c+é?")));
		assertThat(this.server.lastRequest().uri()).isEqualTo("/logs-*,other/_doc/a%2Fb%20c%2B%C3%A9%3F");
	}

	@Test
	void headRequestSendsNoBodyAndReadsStatus() {
		RawResponse response = perform(ConnectionSettings.builder(), RawRequest.head("/idx"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(this.server.lastRequest().method()).isEqualTo("HEAD");
	}

	@Test
	void responseCarriesStatusHeadersHostAndBody() {
		RawResponse response = perform(ConnectionSettings.builder(), RawRequest.get("/"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.isSuccess()).isTrue();
		assertThat(response.host()).isEqualTo(this.server.uri());
		assertThat(response.header("content-type")).isEqualTo("application/json");
		assertThat(response.bodyAsString()).isEqualTo("{\"ok\":true}");
		assertThat(response.bodyAsMap()).isEqualTo(Map.of("ok", true));
		assertThat(response.duration()).isPositive();
	}

}
