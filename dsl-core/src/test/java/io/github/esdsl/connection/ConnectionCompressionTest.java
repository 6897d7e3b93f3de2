package io.github.esdsl.connection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Gzip request bodies and compressed responses.
 */
class ConnectionCompressionTest {

	@Test
	void compressionGzipsTheBodyAndReadsGzippedResponses() throws IOException {
		byte[] answer = gzip("{\"hits\":{\"total\":{\"value\":3}}}");
		try (TestServer server = TestServer.start((exchange, request) -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			TestServer.send(exchange, 200, "application/json", answer);
		}); Connection connection = Connection.create(
				ConnectionSettings.builder().hosts(server.uri()).compression(true).build())) {
			RawResponse response = connection.perform(RawRequest.post("/idx/_search").body(Map.of("size", 3)));
			TestServer.Recorded request = server.lastRequest();
			assertThat(request.header("Content-Encoding")).isEqualTo("gzip");
			assertThat(request.header("Accept-Encoding")).isEqualTo("gzip");
			assertThat(request.gunzippedBody()).isEqualTo("{\"size\":3}");
			assertThat(response.bodyAsString()).isEqualTo("{\"hits\":{\"total\":{\"value\":3}}}");
			assertThat(response.header("Content-Encoding")).isNull();
		}
	}

	@Test
	void withoutCompressionBodiesAreSentPlain() {
		try (TestServer server = TestServer.startOk();
				Connection connection = Connection.create(ConnectionSettings.of(server.uri()))) {
			connection.perform(RawRequest.post("/idx/_search").body(Map.of("size", 3)));
			assertThat(server.lastRequest().header("Content-Encoding")).isNull();
			assertThat(server.lastRequest().header("Accept-Encoding")).isNull();
			assertThat(server.lastRequest().bodyText()).isEqualTo("{\"size\":3}");
		}
	}

	@Test
	void sizeLimitAppliesToTheDecompressedBody() throws IOException {
		byte[] bomb = gzip("{\"v\":\"" + "0".repeat(200_000) + "\"}");
		assertThat(bomb.length).isLessThan(1000);
		try (TestServer server = TestServer.start((exchange, request) -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			TestServer.send(exchange, 200, "application/json", bomb);
		}); Connection connection = Connection.create(ConnectionSettings.builder().hosts(server.uri())
			.compression(true).maxResponseSize(10_000).build())) {
			ResponseTooLargeException ex = catchThrowableOfType(ResponseTooLargeException.class,
					() -> connection.perform(RawRequest.get("/")));
			assertThat(ex.limit()).isEqualTo(10_000);
		}
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

}
