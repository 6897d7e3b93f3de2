package io.github.esdsl.connection;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.hc.core5.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Response bodies are received into the array esdsl keeps: every byte arrives, whether the
 * response announces its length or is chunked, small, empty or larger than the first buffer.
 */
class ResponseBodyConsumerTest {

	private static byte[] body(int size) {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) ('a' + (i * 7) % 26);
		}
		return bytes;
	}

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 0, 1, 8191, 8192, 8193, 300_000 })
	void aBodyWithItsLengthArrivesWhole(int size) {
		byte[] expected = body(size);
		try (TestServer server = TestServer.start((exchange, request) -> TestServer.send(exchange, 200, "application/json",
				expected)); Connection connection = Connection.create(ConnectionSettings.of(server.uri()))) {
			RawResponse response = connection.perform(RawRequest.get("/idx/_search"));
			assertThat(response.body()).isEqualTo(expected);
		}
	}

	@ParameterizedTest(name = "{0} bytes")
	@ValueSource(ints = { 1, 8193, 300_000 })
	void aChunkedBodyArrivesWhole(int size) {
		byte[] expected = body(size);
		try (TestServer server = TestServer.start((exchange, request) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				// in pieces, so the client receives several
				for (int from = 0; from < size; from += 1000) {
					out.write(expected, from, Math.min(1000, size - from));
					out.flush();
				}
			}
		}); Connection connection = Connection.create(ConnectionSettings.of(server.uri()))) {
			RawResponse response = connection.perform(RawRequest.get("/idx/_search"));
			assertThat(response.body()).isEqualTo(expected);
		}
	}

	@Test
	void aReceivedBodyIsHandedOverWithoutACopyWhenItFillsItsArray() {
		byte[] exact = "{\"took\":1}".getBytes(StandardCharsets.UTF_8);
		ResponseBodyConsumer.Body whole = new ResponseBodyConsumer.Body(exact, exact.length, ContentType.APPLICATION_JSON, null);
		assertThat(whole.bytes()).isSameAs(exact);
		byte[] larger = Arrays.copyOf(exact, 64);
		ResponseBodyConsumer.Body part = new ResponseBodyConsumer.Body(larger, exact.length, ContentType.APPLICATION_JSON, null);
		assertThat(part.bytes()).isEqualTo(exact).isNotSameAs(larger);
		assertThat(part.getContentLength()).isEqualTo(exact.length);
	}

}
