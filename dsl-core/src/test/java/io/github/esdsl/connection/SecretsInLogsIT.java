package io.github.esdsl.connection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.esdsl.persistence.BulkAction;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.BulkResult;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.persistence.Refresh;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A representative workload with every logger of the JVM at TRACE (the HTTP client's header and
 * wire logs included): basic auth, API keys in both forms, a bearer token, secret custom and
 * per-request headers, sniffing, bulk, search, wrong credentials, a TLS failure, fail-over and
 * 503 retries. Afterwards no password, key or token, raw or encoded, may appear in the log. The
 * log is kept in {@code target/secret-scan/connection-workload.log} for inspection.
 */
@WithElasticsearch(secured = true)
class SecretsInLogsIT {

	private static final Logger logger = LoggerFactory.getLogger(SecretsInLogsIT.class);

	private static final String CUSTOM_SECRET = "custom-header-secret-7f3a9c";

	private static final String REQUEST_SECRET = "request-header-secret-91be4d";

	private static final String WRONG_PASSWORD = "wrong-password-5d8e2b";

	private static final String API_KEY_ID = "VuaCfGcBCdbkQm-e5aOx";

	private static final String API_KEY_SECRET = "ui2lp2axTNmsyakw9tvNnw";

	private static final String BEARER_TOKEN = "dGhpcyBpcyBub3QgYSByZWFsIHRva2VuIGJ1dCBhbG1vc3Q";

	private static ElasticsearchEndpoint endpoint;

	@BeforeAll
	static void secured(ElasticsearchEndpoint node) {
		endpoint = node;
	}

	@Test
	void noSecretIsLoggedAtAnyLevel() {
		Path file = Path.of("target", "secret-scan", "connection-workload.log");
		List<String> leaks;
		try (LogCapture capture = LogCapture.everythingTo(file)) {
			runWorkload();
			leaks = capture.linesContaining(secrets());
			assertThat(capture.text()).as("the capture should hold the HTTP client's debug output")
				.contains("org.apache.hc.client5")
				.contains("security_exception")
				.contains("org.apache.hc.client5.http.headers - ")
				.contains("Authorization: ******")
				.doesNotContain("org.apache.hc.client5.http.wire - ");
		}
		assertThat(leaks).as("secrets in " + file.toAbsolutePath()).isEmpty();
	}

	private static void runWorkload() {
		String index = "secrets-in-logs-" + System.nanoTime();
		try (Connection connection = Connection.create(basic().sniffOnStart(true).sniffOnConnectionFailure(true)
			.header("X-Custom-Token", CUSTOM_SECRET)
			.build())) {
			BulkResult bulk = new DocumentOperations(connection).bulk(IntStream.range(0, 20)
				.mapToObj((i) -> BulkAction.raw("index", Map.of("_index", index, "_id", "d" + i), Map.of("n", i)))
				.toList(), BulkOptions.defaults().refresh(Refresh.TRUE));
			assertThat(bulk.succeeded()).isEqualTo(20);
			assertThat(connection.client().search(index, Map.of("size", 1))).containsKey("hits");
			assertThat(connection.perform(RawRequest.get("/_security/_authenticate")
				.header("X-Request-Token", "Basic " + encoded("nobody", REQUEST_SECRET))).status())
				.isEqualTo(200);
		}
		// the embedded node cannot create API keys or tokens (no security index without analysis-common):
		// well-formed invented ones travel the same way and are refused with a 401
		logFailure(secured().apiKey(encoded(API_KEY_ID, API_KEY_SECRET)));
		logFailure(secured().apiKey(API_KEY_ID, API_KEY_SECRET));
		logFailure(secured().bearerToken(BEARER_TOKEN));
		logFailure(secured().basicAuth(endpoint.username().orElseThrow(), WRONG_PASSWORD));
		logFailure(ConnectionSettings.builder().hosts(endpoint.uris()).maxRetries(0)
			.basicAuth(endpoint.username().orElseThrow(), endpoint.password().orElseThrow()));
		String deadHost = "https://127.0.0.1:" + TestServer.deadPort();
		try (Connection failingOver = Connection.create(basic().hosts(deadHost, endpoint.uri().toString())
			.sniffOnConnectionFailure(true)
			.maxRetries(2)
			.build())) {
			for (int i = 0; i < 4; i++) {
				assertThat(failingOver.client().clusterHealth()).containsKey("status");
			}
		}
		AtomicInteger calls = new AtomicInteger();
		try (TestServer flaky = TestServer.start((exchange, request) -> TestServer.json(exchange,
				(calls.incrementAndGet() % 2 == 1) ? 503 : 200, "{\"ok\":true}"));
				Connection plain = Connection.create(ConnectionSettings.builder().hosts(flaky.uri())
					.basicAuth(endpoint.username().orElseThrow(), endpoint.password().orElseThrow())
					.build())) {
			assertThat(plain.perform(RawRequest.get("/")).status()).isEqualTo(200);
			assertThat(flaky.lastRequest().header("Authorization")).startsWith("Basic ");
		}
	}

	private static void logFailure(ConnectionSettings.Builder settings) {
		try (Connection connection = Connection.create(settings.maxRetries(0).build())) {
			Throwable failure = catchThrowable(() -> connection.client().clusterHealth());
			assertThat(failure).isInstanceOf(TransportException.class);
			logger.error("Request failed as expected with {}", connection.settings(), failure);
		}
	}

	private static ConnectionSettings.Builder secured() {
		return ConnectionSettings.builder().hosts(endpoint.uris()).caCertificate(endpoint.caCertificate().orElseThrow())
			.compatibility(8);
	}

	private static ConnectionSettings.Builder basic() {
		return secured().basicAuth(endpoint.username().orElseThrow(), endpoint.password().orElseThrow());
	}

	/**
	 * Every secret of the workload in each form it could take on the wire or in a message.
	 */
	static Map<String, String> secrets() {
		String user = endpoint.username().orElseThrow();
		String password = endpoint.password().orElseThrow();
		Map<String, String> secrets = new LinkedHashMap<>();
		secrets.put("password", password);
		secrets.put("basic auth header", encoded(user, password));
		secrets.put("wrong password", WRONG_PASSWORD);
		secrets.put("wrong basic auth header", encoded(user, WRONG_PASSWORD));
		secrets.put("API key secret", API_KEY_SECRET);
		secrets.put("encoded API key", encoded(API_KEY_ID, API_KEY_SECRET));
		secrets.put("bearer token", BEARER_TOKEN);
		secrets.put("custom secret header", CUSTOM_SECRET);
		secrets.put("per-request secret header", REQUEST_SECRET);
		secrets.put("per-request encoded secret", encoded("nobody", REQUEST_SECRET));
		List<String> empty = new ArrayList<>();
		secrets.forEach((label, value) -> {
			if (value == null || value.length() < 8) {
				empty.add(label);
			}
		});
		assertThat(empty).as("secrets too short to search for").isEmpty();
		return secrets;
	}

	private static String encoded(String id, String secret) {
		return Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
