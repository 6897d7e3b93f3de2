package io.github.esdsl.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.embedded-elasticsearch.data=target/sample-it-elasticsearch")
class SampleApplicationIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void frontPageReportsTheEmbeddedClusterAsGreen() throws Exception {
		assertThat(get("/")).contains("<strong id=\"status\">green</strong>");
	}

	@Test
	void clusterApiAnswersWithTheClusterHealth() throws Exception {
		assertThat(get("/api/cluster")).contains("\"cluster_name\":\"esdsl\"").contains("\"number_of_nodes\":1");
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
