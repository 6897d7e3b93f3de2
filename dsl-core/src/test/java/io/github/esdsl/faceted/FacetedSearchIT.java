package io.github.esdsl.faceted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.esdsl.aggs.A;
import io.github.esdsl.connection.Client;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.query.Q;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faceted searches against a real node with a small seeded data set of commits: counts,
 * selected flags and hits, for every facet kind.
 */
@WithElasticsearch
class FacetedSearchIT {

	private static final String INDEX = "faceted-it-" + System.nanoTime();

	private static Connection connection;

	private static Client client;

	private static ConnectionSettings connectionSettings;

	static final class Commit {

		List<String> files;

		String description;

		Integer deletions;

	}

	private static final FacetedSearch<Map<String, Object>> COMMITS = FacetedSearch.builder(INDEX)
		.fields("description")
		.facet("files", new TermsFacet("files"))
		.facet("frequency",
				new DateHistogramFacet("authored_date", "month").keys(DateHistogramFacet.DateKeys.LOCAL_DATE))
		.facet("deletions", new RangeFacet("deletions",
				List.of(RangeFacet.range("ok", null, 1), RangeFacet.range("good", 1, 5), RangeFacet.range("better", 5, null))))
		.facet("public", new TermsFacet("is_public"))
		.facet("rating", new HistogramFacet("rating", 5))
		.facet("comments", new NestedFacet("comments",
				new DateHistogramFacet("comments.created_at", "month").keys(DateHistogramFacet.DateKeys.LOCAL_DATE)))
		.build();

	@BeforeAll
	static void seed(ElasticsearchEndpoint node) {
		ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(node.uris());
		if (node.username().isPresent()) {
			settings.basicAuth(node.username().get(), node.password().orElseThrow());
		}
		node.caCertificate().ifPresent(settings::caCertificate);
		connectionSettings = settings.build();
		connection = Connection.create(connectionSettings);
		client = connection.client();
		client.indices().create(INDEX, Map.of("mappings", Map.of("properties", Map.of(
				"files", Map.of("type", "keyword"), "description", Map.of("type", "text"),
				"authored_date", Map.of("type", "date"), "deletions", Map.of("type", "integer"),
				"is_public", Map.of("type", "boolean"), "rating", Map.of("type", "integer"),
				"comments", Map.of("type", "nested", "properties", Map.of("created_at", Map.of("type", "date")))))));
		commit("1", List.of("a.py", "b.py"), "fix search bug", "2014-03-03T10:00:00Z", 0, true, 3,
				List.of(Map.of("created_at", "2018-01-05T00:00:00Z")));
		commit("2", List.of("a.py"), "add faceted search", "2014-03-03T12:00:00Z", 3, true, 5, List.of());
		commit("3", List.of("b.py", "c.py"), "search docs", "2014-03-05T08:00:00Z", 7, false, 8,
				List.of(Map.of("created_at", "2018-02-10T00:00:00Z")));
		commit("4", List.of("a.py"), "refactor", "2014-04-20T08:00:00Z", 1, true, 9, List.of());
		commit("5", List.of("c.py"), "search speed", "2014-04-22T08:00:00Z", 10, false, 2, List.of());
		commit("6", List.of("a.py", "c.py"), "cleanup", "2014-05-01T08:00:00Z", 5, true, 4, List.of());
		client.indices().refresh(INDEX);
	}

	private static void commit(String id, List<String> files, String description, String date, int deletions,
			boolean isPublic, int rating, List<Map<String, Object>> comments) {
		client.index(INDEX, id, Map.of("files", files, "description", description, "authored_date", date, "deletions",
				deletions, "is_public", isPublic, "rating", rating, "comments", comments));
	}

	@AfterAll
	static void cleanUp() {
		if (connection != null) {
			client.indices().deleteIfExists(INDEX);
			connection.close();
		}
	}

	private static <T> FacetedResponse<T> run(FacetedSearch<T> search, FacetedRequest request) {
		return search.execute(request, connection);
	}

	@Test
	void emptySearchFindsEverythingAndCountsEveryFacet() {
		FacetedResponse<Map<String, Object>> response = run(COMMITS, FacetedRequest.all());
		assertThat(response.total().value()).isEqualTo(6);
		assertThat(response.facet("files")).containsExactly(new FacetValue("a.py", 4, false),
				new FacetValue("c.py", 3, false), new FacetValue("b.py", 2, false));
		assertThat(response.facet("frequency")).containsExactly(new FacetValue(LocalDate.of(2014, 3, 1), 3, false),
				new FacetValue(LocalDate.of(2014, 4, 1), 2, false), new FacetValue(LocalDate.of(2014, 5, 1), 1, false));
		assertThat(response.facet("deletions")).containsExactly(new FacetValue("ok", 1, false),
				new FacetValue("good", 2, false), new FacetValue("better", 3, false));
		assertThat(response.facet("public")).containsExactly(new FacetValue(true, 4, false),
				new FacetValue(false, 2, false));
		assertThat(response.facet("rating")).containsExactly(new FacetValue(0.0, 3, false),
				new FacetValue(5.0, 3, false));
		assertThat(response.facet("comments")).containsExactly(new FacetValue(LocalDate.of(2018, 1, 1), 1, false),
				new FacetValue(LocalDate.of(2018, 2, 1), 1, false));
	}

	@Test
	void termFilterIsShownAsSelectedAndFiltersHitsAndOtherFacets() {
		FacetedResponse<Map<String, Object>> response = run(COMMITS, FacetedRequest.all().filter("files", "c.py"));
		assertThat(response.total().value()).isEqualTo(3);
		assertThat(response.documents()).extracting((hit) -> hit.get("description"))
			.containsExactlyInAnyOrder("search docs", "search speed", "cleanup");
		assertThat(response.facet("files")).containsExactly(new FacetValue("a.py", 4, false),
				new FacetValue("c.py", 3, true), new FacetValue("b.py", 2, false));
		assertThat(response.facet("frequency")).containsExactly(new FacetValue(LocalDate.of(2014, 3, 1), 1, false),
				new FacetValue(LocalDate.of(2014, 4, 1), 1, false), new FacetValue(LocalDate.of(2014, 5, 1), 1, false));
		assertThat(response.facet("deletions")).containsExactly(new FacetValue("ok", 0, false),
				new FacetValue("good", 0, false), new FacetValue("better", 3, false));
		assertThat(response.facet("public")).containsExactly(new FacetValue(false, 2, false),
				new FacetValue(true, 1, false));
	}

	@Test
	void filtersOnTwoFacetsNarrowEachOthersCounts() {
		FacetedResponse<Map<String, Object>> response = run(COMMITS,
				FacetedRequest.all().filter("deletions", "better").filter("files", "a.py"));
		assertThat(response.total().value()).isEqualTo(1);
		assertThat(response.documents()).extracting((hit) -> hit.get("description")).containsExactly("cleanup");
		assertThat(response.facet("files")).containsExactly(new FacetValue("c.py", 3, false),
				new FacetValue("a.py", 1, true), new FacetValue("b.py", 1, false));
		assertThat(response.facet("deletions")).containsExactly(new FacetValue("ok", 1, false),
				new FacetValue("good", 2, false), new FacetValue("better", 1, true));
	}

	@Test
	void severalValuesOfOneFacetMatchAnyOfThem() {
		FacetedResponse<Map<String, Object>> response = run(COMMITS,
				FacetedRequest.all().filter("deletions", "ok", "good").filter("rating", 5));
		assertThat(response.documents()).extracting((hit) -> hit.get("description"))
			.containsExactlyInAnyOrder("add faceted search", "refactor");
		assertThat(response.facet("rating")).containsExactly(new FacetValue(0.0, 1, false),
				new FacetValue(5.0, 2, true));
		assertThat(response.facet("deletions")).extracting(FacetValue::selected).containsExactly(true, true, false);
	}

	@Test
	void dateAndBooleanFiltersSelectTheirBuckets() {
		FacetedResponse<Map<String, Object>> response = run(COMMITS,
				FacetedRequest.all().filter("frequency", LocalDate.of(2014, 4, 1)).filter("public", "false"));
		assertThat(response.documents()).extracting((hit) -> hit.get("description")).containsExactly("search speed");
		// min_doc_count 0 fills gaps between the first and last bucket only: May (public, no false) is gone
		assertThat(response.facet("frequency")).containsExactly(new FacetValue(LocalDate.of(2014, 3, 1), 1, false),
				new FacetValue(LocalDate.of(2014, 4, 1), 1, true));
		// April has one public and one private commit; equal counts are ordered by key (false is 0)
		assertThat(response.facet("public")).containsExactly(new FacetValue(false, 1, true),
				new FacetValue(true, 1, false));
	}

	@Test
	void nestedFacetFiltersOnNestedDocuments() {
		FacetedResponse<Map<String, Object>> response = run(COMMITS,
				FacetedRequest.all().filter("comments", LocalDate.of(2018, 2, 1)));
		assertThat(response.documents()).extracting((hit) -> hit.get("description")).containsExactly("search docs");
		assertThat(response.facet("comments")).containsExactly(new FacetValue(LocalDate.of(2018, 1, 1), 1, false),
				new FacetValue(LocalDate.of(2018, 2, 1), 1, true));
	}

	@Test
	void queryTextSearchesTheFields() {
		FacetedResponse<Map<String, Object>> response = run(COMMITS, FacetedRequest.query("search").sort("deletions"));
		assertThat(response.documents()).extracting((hit) -> hit.get("description"))
			.containsExactly("fix search bug", "add faceted search", "search docs", "search speed");
		assertThat(response.hits().get(0).highlight("description")).containsExactly("fix <em>search</em> bug");
		assertThat(response.facet("files")).containsExactly(new FacetValue("a.py", 2, false),
				new FacetValue("b.py", 2, false), new FacetValue("c.py", 2, false));
	}

	@Test
	void metricFacetSortsByTheMetricDescending() {
		FacetedSearch<Map<String, Object>> search = FacetedSearch.builder(INDEX)
			.facet("files", new TermsFacet("files").metric(A.max("rating")))
			.build();
		FacetedResponse<Map<String, Object>> response = run(search, FacetedRequest.all());
		assertThat(response.facet("files")).containsExactly(new FacetValue("a.py", 4, false, 9.0),
				new FacetValue("b.py", 2, false, 8.0), new FacetValue("c.py", 3, false, 8.0));
		FacetedSearch<Map<String, Object>> ascending = FacetedSearch.builder(INDEX)
			.facet("files", new TermsFacet("files").metric(A.max("rating"), MetricSort.ASC))
			.build();
		assertThat(run(ascending, FacetedRequest.all()).facet("files")).extracting(FacetValue::metric)
			.containsExactly(8.0, 8.0, 9.0);
	}

	@Test
	void rawBodyOfASearchReadsLikeExecute() {
		FacetedRequest request = FacetedRequest.all().filter("files", "b.py");
		FacetedResponse<Map<String, Object>> read = COMMITS.response(request, client.search(INDEX, COMMITS.build(request)));
		assertThat(read.facets()).isEqualTo(run(COMMITS, request).facets());
		assertThat(read.total().value()).isEqualTo(2);
	}

	@Test
	void baseSearchHookAndPagesAndDocumentHitsThroughTheGlobalAlias() {
		String alias = "faceted-it-" + System.nanoTime();
		Connections.global().create(alias, connectionSettings);
		FacetedSearch<Commit> publicOnly = FacetedSearch.builder(INDEX)
			.using(alias)
			.docType(Commit.class)
			.facet("files", new TermsFacet("files"))
			.baseSearch((search) -> search.filter(Q.term("is_public", true)))
			.build();
		FacetedResponse<Commit> response;
		try {
			response = publicOnly.execute(FacetedRequest.all().sort("deletions").slice(0, 2));
		}
		finally {
			Connections.global().remove(alias);
		}
		assertThat(response.total().value()).isEqualTo(4);
		assertThat(response.documents()).extracting((commit) -> commit.description)
			.containsExactly("fix search bug", "refactor");
		assertThat(response.documents().get(1).files).containsExactly("a.py");
		assertThat(response.facet("files")).containsExactly(new FacetValue("a.py", 4, false),
				new FacetValue("b.py", 1, false), new FacetValue("c.py", 1, false));
	}

}
