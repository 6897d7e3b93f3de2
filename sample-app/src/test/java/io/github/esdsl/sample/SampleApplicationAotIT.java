package io.github.esdsl.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.EmbeddedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application processed ahead of time by the build ({@code process-aot}) and started
 * in AOT mode, as {@code java -Dspring.aot.enabled=true}, in a JVM of its own on this JVM's
 * embedded node: searches with facets and suggestions, and the health endpoint.
 */
class SampleApplicationAotIT {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private static final HttpClient http = HttpClient.newHttpClient();

	private static Process application;

	private static Path log;

	private static int port;

	@BeforeAll
	static void startInAotMode() throws Exception {
		assertThat(SampleApplicationAotIT.class.getResource("SampleApplication__ApplicationContextInitializer.class"))
			.as("the build's process-aot output").isNotNull();
		ElasticsearchEndpoint endpoint = EmbeddedElasticsearch.endpoint();
		port = freePort();
		log = Files.createDirectories(Path.of("target")).resolve("sample-aot.log");
		application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dspring.aot.enabled=true", "-cp", System.getProperty("java.class.path"),
				SampleApplication.class.getName(), "--server.port=" + port,
				"--elasticsearch.dsl.connections.default.hosts=" + endpoint.urisAsString(),
				"--elasticsearch.dsl.connections.default.compatibility=8", "--sample.data.limit=5000")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		awaitHealth();
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (application != null) {
			application.destroy();
			application.waitFor();
		}
	}

	@Test
	void applicationRunsFromTheAheadOfTimeGeneratedCode() throws IOException {
		assertThat(Files.readString(log)).contains("Starting AOT-processed SampleApplication");
	}

	@Test
	@SuppressWarnings("unchecked")
	void searchReturnsHitsAndFacetsFromTheNode() throws Exception {
		Map<String, Object> result = Json.parseMap(get("/api/search?q=library&section=libs"));
		assertThat((int) result.get("total")).isPositive();
		assertThat((List<Map<String, Object>>) result.get("hits")).isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit).containsEntry("section", "libs"));
		Map<String, Object> sections = ((List<Map<String, Object>>) result.get("facets")).get(0);
		assertThat(sections).containsEntry("name", "section");
		assertThat((List<Map<String, Object>>) sections.get("values"))
			.anySatisfy((value) -> assertThat(value).containsEntry("key", "libs")
				.containsEntry("count", result.get("total"))
				.containsEntry("selected", true));
	}

	@Test
	void suggestionsStartWithThePrefix() throws Exception {
		List<?> names = (List<?>) Json.parse(get("/api/suggest?prefix=lib"));
		assertThat(names).isNotEmpty().allSatisfy((name) -> assertThat((String) name).startsWith("lib"));
	}

	@Test
	void healthShowsTheCluster() throws Exception {
		assertThat(get("/actuator/health")).contains("\"status\":\"UP\"").contains("\"elasticsearchDsl\"");
	}

	private static String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static void awaitHealth() throws Exception {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!application.isAlive()) {
				throw new IllegalStateException("The AOT-mode application exited with " + application.exitValue()
						+ "; its output is in " + log.toAbsolutePath() + ":\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				String output = Files.readString(log);
				if (response.statusCode() == 200 && (output.contains(" packages into ") || output.contains("not indexing"))) {
					return;
				}
			}
			catch (IOException notYetListening) {
				// starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("The AOT-mode application did not become healthy within " + STARTUP
				+ "; its output is in " + log.toAbsolutePath());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
