package io.github.esdsl.faceted;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;

import static io.github.esdsl.faceted.Bodies.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cases of Python's {@code test_faceted_search.py} ({@code BlogSearch}), with the same
 * expected bodies.
 */
class FacetedSearchPythonCasesTest {

	private static final String AGGS_UNFILTERED = "'aggs':{"
			+ "'_filter_category':{'filter':{'match_all':{}},'aggs':{'category':{'terms':{'field':'category.raw'}}}},"
			+ "'_filter_tags':{'filter':{'match_all':{}},'aggs':{'tags':{'terms':{'field':'tags'}}}}}";

	private static final String QUERY = "'query':{'multi_match':{'fields':['title^5','body'],'query':'python search'}}";

	private static final String HIGHLIGHT = "'highlight':{'fields':{'body':{},'title':{}}}";

	private final FacetedSearch<Map<String, Object>> blog = FacetedSearch.builder()
		.fields("title^5", "body")
		.facet("category", new TermsFacet("category.raw"))
		.facet("tags", new TermsFacet("tags"))
		.build();

	@Test
	void queryIsCreatedProperly() {
		Search<Map<String, Object>> search = this.blog.build("python search", null, null);
		assertJson(search, "{" + AGGS_UNFILTERED + "," + QUERY + "," + HIGHLIGHT + "}");
	}

	@Test
	void queryIsCreatedProperlyWithSort() {
		Search<Map<String, Object>> search = this.blog.build("python search", Map.of(), List.of("category", "-title"));
		assertJson(search, "{" + AGGS_UNFILTERED + "," + QUERY + "," + HIGHLIGHT
				+ ",'sort':['category',{'title':{'order':'desc'}}]}");
	}

	@Test
	void filterIsAppliedToSearchButNotRelevantFacet() {
		Search<Map<String, Object>> search = this.blog.build("python search", Map.of("category", List.of("elastic")),
				null);
		assertJson(search, "{'aggs':{"
				+ "'_filter_tags':{'filter':{'terms':{'category.raw':['elastic']}},'aggs':{'tags':{'terms':{'field':'tags'}}}},"
				+ "'_filter_category':{'filter':{'match_all':{}},'aggs':{'category':{'terms':{'field':'category.raw'}}}}},"
				+ "'post_filter':{'terms':{'category.raw':['elastic']}}," + QUERY + "," + HIGHLIGHT + "}");
	}

	@Test
	void filtersAreAppliedToSearchAndRelevantFacets() {
		Search<Map<String, Object>> search = this.blog.build(FacetedRequest.query("python search")
			.filter("category", "elastic")
			.filter("tags", "python", "django"));
		assertJson(search, "{'aggs':{"
				+ "'_filter_tags':{'filter':{'terms':{'category.raw':['elastic']}},'aggs':{'tags':{'terms':{'field':'tags'}}}},"
				+ "'_filter_category':{'filter':{'terms':{'tags':['python','django']}},"
				+ "'aggs':{'category':{'terms':{'field':'category.raw'}}}}},"
				+ "'post_filter':{'bool':{'must':[{'terms':{'category.raw':['elastic']}},{'terms':{'tags':['python','django']}}]}},"
				+ QUERY + "," + HIGHLIGHT + "}");
	}

	@Test
	void postFilterListsFacetFiltersInRequestOrder() {
		Search<Map<String, Object>> search = this.blog.build(FacetedRequest.query("python search")
			.filter("tags", "python")
			.filter("category", "elastic"));
		assertJson(search.postFilter().orElseThrow(),
				"{'bool':{'must':[{'terms':{'tags':['python']}},{'terms':{'category.raw':['elastic']}}]}}");
	}

	@Test
	void paramsAreAddedThroughTheBaseSearch() {
		FacetedSearch<Map<String, Object>> routed = FacetedSearch.builder()
			.facet("tags", new TermsFacet("tags"))
			.baseSearch((search) -> search.params(Map.of("routing", "42")))
			.build();
		assertThat(this.blog.build(FacetedRequest.all()).params()).isEmpty();
		assertThat(routed.build(FacetedRequest.all()).params()).isEqualTo(Map.of("routing", "42"));
	}

	@Test
	void noQueryTextMeansNoQueryLikePython() {
		Search<Map<String, Object>> search = this.blog.build(FacetedRequest.all());
		assertJson(search, "{" + AGGS_UNFILTERED + "," + HIGHLIGHT + "}");
	}

	@Test
	void emptyQueryTextAddsNoQuery() {
		assertThat(this.blog.build("", null, null).query()).isEmpty();
	}

	@Test
	void withoutFieldsTheMultiMatchHasOnlyTheTextAndNothingIsHighlighted() {
		FacetedSearch<Map<String, Object>> bare = FacetedSearch.builder("blog").facet("tags", new TermsFacet("tags"))
			.build();
		assertJson(bare.build("python", null, null), "{'query':{'multi_match':{'query':'python'}},"
				+ "'aggs':{'_filter_tags':{'filter':{'match_all':{}},'aggs':{'tags':{'terms':{'field':'tags'}}}}}}");
		assertThat(bare.build("python", null, null).indices()).containsExactly("blog");
	}

	@Test
	void guideExampleBuildsTheDocumentedSearch() {
		FacetedSearch<Map<String, Object>> blog = FacetedSearch.builder("blog")
			.fields("tags", "title", "body")
			.facet("tags", new TermsFacet("tags"))
			.facet("publishing_frequency", new DateHistogramFacet("published_from", Map.of("interval", "month")))
			.baseSearch((search) -> search.filter(Q.range("publish_from", Map.of("lte", "now/h"))))
			.build();
		Search<Map<String, Object>> search = blog.build("python web",
				Map.of("publishing_frequency", List.of(LocalDate.of(2015, 6, 1))), null);
		String june = "{'range':{'published_from':{'gte':'2015-06-01','lt':'2015-07-01'}}}";
		assertJson(search, "{'query':{'bool':{'filter':[{'range':{'publish_from':{'lte':'now/h'}}}],"
				+ "'must':[{'multi_match':{'query':'python web','fields':['tags','title','body']}}]}},"
				+ "'post_filter':" + june + ",'highlight':{'fields':{'tags':{},'title':{},'body':{}}},'aggs':{"
				+ "'_filter_tags':{'filter':" + june + ",'aggs':{'tags':{'terms':{'field':'tags'}}}},"
				+ "'_filter_publishing_frequency':{'filter':{'match_all':{}},'aggs':{'publishing_frequency':"
				+ "{'date_histogram':{'field':'published_from','interval':'month','min_doc_count':0}}}}}}");
	}

}
