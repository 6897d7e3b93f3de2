package io.github.esdsl.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;
import io.github.esdsl.test.EmbeddedElasticsearch;
import io.github.esdsl.test.spring.AutoConfigureEmbeddedElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "sample.data.limit=5000")
@AutoConfigureEmbeddedElasticsearch
class SampleApplicationIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void indexHoldsTheFirst5000Packages() throws Exception {
		assertThat(get("/api/search")).containsEntry("total", 5000);
	}

	@Test
	void frontPageShowsHighlightedHitsAndFacets() throws Exception {
		String page = getText("/?q=game");
		assertThat(page).contains("<em>game</em>").contains("id=\"facet-section\"").contains("data-key=\"games\"")
			.contains("more like this");
	}

	@Test
	@SuppressWarnings("unchecked")
	void apiFacetCountsAddUpToTheTotal() throws Exception {
		Map<String, Object> result = get("/api/search?q=library");
		int total = (int) result.get("total");
		assertThat(total).isGreaterThan(10);
		assertThat((List<?>) result.get("hits")).hasSize(10);
		for (Map<String, Object> facet : (List<Map<String, Object>>) result.get("facets")) {
			if (!facet.get("name").equals("section")) {
				int sum = ((List<Map<String, Object>>) facet.get("values")).stream()
					.mapToInt((value) -> (int) value.get("count"))
					.sum();
				if (facet.get("name").equals("size")) {
					// the few packages without an installed size fall in no range
					assertThat(sum).as("size").isLessThanOrEqualTo(total).isGreaterThan(total * 95 / 100);
				}
				else {
					assertThat(sum).as((String) facet.get("name")).isEqualTo(total);
				}
			}
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void selectingASectionNarrowsTheResults() throws Exception {
		int all = (int) get("/api/search?q=library").get("total");
		Map<String, Object> libs = get("/api/search?q=library&section=libs");
		assertThat((int) libs.get("total")).isLessThan(all).isPositive();
		for (Map<String, Object> hit : (List<Map<String, Object>>) libs.get("hits")) {
			assertThat(hit).containsEntry("section", "libs");
		}
		Map<String, Object> sections = ((List<Map<String, Object>>) libs.get("facets")).get(0);
		assertThat(sections).containsEntry("name", "section");
		List<Map<String, Object>> values = (List<Map<String, Object>>) sections.get("values");
		assertThat(values).as("the other sections stay selectable").hasSizeGreaterThan(1)
			.anySatisfy((value) -> assertThat(value).containsEntry("key", "libs")
				.containsEntry("count", libs.get("total"))
				.containsEntry("selected", true));
	}

	@Test
	void suggestionsStartWithThePrefix() throws Exception {
		List<?> names = (List<?>) Json.parse(getText("/api/suggest?prefix=lib"));
		assertThat(names).isNotEmpty().allSatisfy((name) -> assertThat((String) name).startsWith("lib"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void moreLikeThisFindsOtherPackages() throws Exception {
		Map<String, Object> result = get("/api/search?like=0ad");
		assertThat((List<Map<String, Object>>) result.get("hits")).isNotEmpty()
			.noneSatisfy((hit) -> assertThat(hit).containsEntry("name", "0ad"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void pageableControllerParameterPagesAndSortsThePackages() throws Exception {
		Map<String, Object> page = get("/api/packages?page=2&size=3&sort=name,desc");
		assertThat(page).containsEntry("number", 2).containsEntry("size", 3).containsEntry("totalElements", 5000)
			.containsEntry("totalPages", 1667);
		List<String> names = ((List<Map<String, Object>>) page.get("content")).stream()
			.map((hit) -> (String) hit.get("name"))
			.toList();
		Map<String, Object> first = get("/api/packages?page=0&size=9&sort=name,desc");
		List<String> firstNine = ((List<Map<String, Object>>) first.get("content")).stream()
			.map((hit) -> (String) hit.get("name"))
			.toList();
		assertThat(names).hasSize(3).isEqualTo(firstNine.subList(6, 9));
		assertThat(firstNine).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	@SuppressWarnings("unchecked")
	void facetedPageCarriesTheFacetsWithThePage() throws Exception {
		Map<String, Object> page = get("/api/packages/by-section?q=library&section=libs&size=4");
		assertThat(page).containsEntry("number", 0).containsEntry("size", 4);
		int total = (int) page.get("totalElements");
		assertThat(total).isPositive();
		assertThat((List<Map<String, Object>>) page.get("content")).hasSize(4)
			.allSatisfy((hit) -> assertThat(hit).containsEntry("section", "libs"));
		List<Map<String, Object>> sections = (List<Map<String, Object>>) ((Map<String, Object>) page.get("facets"))
			.get("section");
		assertThat(sections).hasSizeGreaterThan(1)
			.anySatisfy((value) -> assertThat(value).containsEntry("key", "libs")
				.containsEntry("count", total)
				.containsEntry("selected", true));
	}

	@Test
	void healthShowsTheCluster() throws Exception {
		assertThat(getText("/actuator/health")).contains("\"status\":\"UP\"").contains("\"elasticsearchDsl\"");
	}

	@Test
	void clusterApiAnswersWithTheClusterHealth() throws Exception {
		assertThat(getText("/api/cluster"))
			.contains("\"cluster_name\":\"" + EmbeddedElasticsearch.shared().clusterName() + "\"")
			.contains("\"number_of_nodes\":1");
	}

	private Map<String, Object> get(String path) throws IOException, InterruptedException {
		return Json.parseMap(getText(path));
	}

	private String getText(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
