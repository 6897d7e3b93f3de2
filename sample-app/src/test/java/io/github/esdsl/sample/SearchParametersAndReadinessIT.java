package io.github.esdsl.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad search parameters answer 400 naming the parameter and its valid values; the page and the
 * readiness health show the indexing progress. Against the sample app on the real node.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sample.embedded-elasticsearch.data=target/sample-it-elasticsearch", "sample.data.limit=5000" })
@ExtendWith(OutputCaptureExtension.class)
class SearchParametersAndReadinessIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private IndexingProgress progress;

	@Test
	void unknownSizeAnswers400WithTheValidSizesAndNoStackTrace(CapturedOutput output) throws Exception {
		int logged = output.length();
		HttpResponse<String> response = send("/api/search?q=x&size=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Json.parseMap(response.body())).isEqualTo(Map.of("status", 400, "parameter", "size", "value", "abc",
				"validValues", List.of("tiny", "small", "medium", "large", "huge"), "message",
				"Parameter 'size' cannot be 'abc'; valid values are tiny, small, medium, large, huge"));
		assertThat(output.toString().substring(logged)).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	@SuppressWarnings("unchecked")
	void unknownSectionAnswers400WithTheSectionsInTheIndex() throws Exception {
		HttpResponse<String> response = send("/api/search?q=x&section=gamez");
		assertThat(response.statusCode()).isEqualTo(400);
		Map<String, Object> body = Json.parseMap(response.body());
		assertThat(body).containsEntry("parameter", "section").containsEntry("value", "gamez");
		assertThat((List<String>) body.get("validValues")).contains("games", "libs", "editors").isSorted();
		assertThat(send("/api/search?q=x&section=games").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownSortAndNonNumericPageAnswer400() throws Exception {
		HttpResponse<String> sort = send("/api/search?q=x&sort=popularity");
		assertThat(sort.statusCode()).isEqualTo(400);
		assertThat(Json.parseMap(sort.body())).containsEntry("parameter", "sort")
			.containsEntry("validValues", List.of("relevance", "name", "size"));
		HttpResponse<String> page = send("/api/search?q=x&page=two");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(Json.parseMap(page.body())).containsEntry("parameter", "page")
			.containsEntry("value", "two")
			.containsEntry("validValues", List.of("a whole number from 1 to 1000"));
	}

	@Test
	void readinessIsUpWithTheIndexedPackagesOnceTheyAreIn() throws Exception {
		HttpResponse<String> readiness = send("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(Json.toJson(Json.parseMap(readiness.body()).get("components"))).isEqualTo(
				"{\"packageIndex\":{\"details\":{\"state\":\"done\",\"indexed\":5000,\"expected\":5000},"
						+ "\"status\":\"UP\"},\"readinessState\":{\"status\":\"UP\"}}");
		assertThat(send("/").body()).doesNotContain("id=\"indexing\"");
	}

	@Test
	void whileIndexingThePageShowsTheProgressAndReadinessIsOutOfService() throws Exception {
		try {
			this.progress.start(63_666);
			this.progress.advance(15_000);
			String page = send("/?q=editor").body();
			assertThat(page).contains("<meta http-equiv=\"refresh\" content=\"5\">")
				.contains("<strong id=\"indexed\">15,000</strong>")
				.contains("<span id=\"expected\">63,666</span>")
				.contains("(<span id=\"percent\">23</span> %)");
			HttpResponse<String> readiness = send("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"OUT_OF_SERVICE\"")
				.contains("\"indexed\":15000")
				.contains("\"state\":\"indexing\"");
		}
		finally {
			this.progress.finish(5000);
		}
	}

	private HttpResponse<String> send(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
