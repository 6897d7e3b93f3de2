package io.github.esdsl.faceted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.aggs.A;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Id;
import io.github.esdsl.search.Hit;
import io.github.esdsl.search.Total;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Reading facet values and hits from canned search response bodies.
 */
class FacetedResponseTest {

	private static final String BODY = "{'took':3,'timed_out':false,"
			+ "'hits':{'total':{'value':3,'relation':'eq'},'hits':["
			+ "{'_index':'blog','_id':'1','_score':1.0,'_source':{'title':'Python web'}},"
			+ "{'_index':'blog','_id':'2','_score':0.5,'_source':{'title':'Django'}}]},"
			+ "'aggregations':{"
			+ "'_filter_tags':{'doc_count':3,'tags':{'doc_count_error_upper_bound':0,'sum_other_doc_count':0,'buckets':["
			+ "{'key':'python','doc_count':2},{'key':'django','doc_count':1}]}},"
			+ "'_filter_public':{'doc_count':3,'public':{'buckets':[{'key':1,'key_as_string':'true','doc_count':2},"
			+ "{'key':0,'key_as_string':'false','doc_count':1}]}},"
			+ "'_filter_published':{'doc_count':3,'published':{'buckets':["
			+ "{'key_as_string':'2014-03-01T00:00:00.000Z','key':1393632000000,'doc_count':1},"
			+ "{'key_as_string':'2014-04-01T00:00:00.000Z','key':1396310400000,'doc_count':0}]}},"
			+ "'_filter_rating':{'doc_count':3,'rating':{'buckets':[{'key':10.0,'doc_count':1},{'key':12.0,'doc_count':2}]}},"
			+ "'_filter_comments':{'doc_count':3,'comments':{'buckets':["
			+ "{'key':'few','to':2.0,'doc_count':1},{'key':'lots','from':2.0,'doc_count':2}]}},"
			+ "'_filter_colors':{'doc_count':3,'colors':{'doc_count':5,'inner':{'buckets':["
			+ "{'key':'red','doc_count':3},{'key':'blue','doc_count':2}]}}},"
			+ "'_filter_files':{'doc_count':3,'files':{'buckets':["
			+ "{'key':'a.py','doc_count':4,'metric':{'value':1399038439000.0}},"
			+ "{'key':'b.py','doc_count':9,'metric':{'value':null}}]}}}}";

	@Document(index = "blog")
	static final class Post {

		@Id
		String id;

		String title;

	}

	private final FacetedSearch<Map<String, Object>> blog = FacetedSearch.builder("blog")
		.facet("tags", new TermsFacet("tags"))
		.facet("public", new TermsFacet("is_public"))
		.facet("published", new DateHistogramFacet("published", "month").keys(DateHistogramFacet.DateKeys.LOCAL_DATE))
		.facet("rating", new HistogramFacet("rating", 2))
		.facet("comments", new RangeFacet("comments", List.of(RangeFacet.range("few", null, 2), RangeFacet.range("lots", 2, null))))
		.facet("colors", new NestedFacet("variants", new TermsFacet("variants.color")))
		.facet("files", new TermsFacet("files").metric(A.max("committed_date")))
		.build();

	private final FacetedRequest request = FacetedRequest.query("python")
		.filter("tags", "python")
		.filter("public", "true")
		.filter("published", LocalDate.of(2014, 4, 1))
		.filter("rating", 10)
		.filter("comments", "lots")
		.filter("colors", "blue", "red")
		.filter("files", "b.py");

	@Test
	void facetsListEveryBucketWithCountAndSelection() {
		FacetedResponse<Map<String, Object>> response = this.blog.response(this.request, Bodies.map(BODY));
		assertThat(response.facets()).containsOnlyKeys("tags", "public", "published", "rating", "comments", "colors",
				"files");
		assertThat(response.facet("tags")).containsExactly(new FacetValue("python", 2, true),
				new FacetValue("django", 1, false));
		assertThat(response.facet("public")).containsExactly(new FacetValue(true, 2, true),
				new FacetValue(false, 1, false));
		assertThat(response.facet("published")).containsExactly(new FacetValue(LocalDate.of(2014, 3, 1), 1, false),
				new FacetValue(LocalDate.of(2014, 4, 1), 0, true));
		assertThat(response.facet("rating")).containsExactly(new FacetValue(10.0, 1, true),
				new FacetValue(12.0, 2, false));
		assertThat(response.facet("comments")).containsExactly(new FacetValue("few", 1, false),
				new FacetValue("lots", 2, true));
		assertThat(response.facet("colors")).containsExactly(new FacetValue("red", 3, true),
				new FacetValue("blue", 2, true));
	}

	@Test
	void metricFacetsCarryTheMetricBesideTheCount() {
		FacetedResponse<Map<String, Object>> response = this.blog.response(this.request, Bodies.map(BODY));
		assertThat(response.facet("files")).containsExactly(new FacetValue("a.py", 4, false, 1399038439000.0),
				new FacetValue("b.py", 9, true, null));
	}

	@Test
	void dateKeysAreInstantsByDefaultAndSelectedByInstant() {
		FacetedSearch<Map<String, Object>> search = FacetedSearch.builder()
			.facet("published", new DateHistogramFacet("published", "month"))
			.build();
		String body = "{'hits':{'total':{'value':0,'relation':'eq'},'hits':[]},'aggregations':{'_filter_published':"
				+ "{'published':{'buckets':[{'key':1393632000000,'doc_count':1}]}}}}";
		FacetedResponse<Map<String, Object>> byInstant = search
			.response(FacetedRequest.all().filter("published", Instant.parse("2014-03-01T00:00:00Z")), Bodies.map(body));
		assertThat(byInstant.facet("published"))
			.containsExactly(new FacetValue(Instant.parse("2014-03-01T00:00:00Z"), 1, true));
		FacetedResponse<Map<String, Object>> byText = search
			.response(FacetedRequest.all().filter("published", "2014-03-01"), Bodies.map(body));
		assertThat(byText.facet("published").get(0).selected()).isTrue();
		FacetedResponse<Map<String, Object>> other = search
			.response(FacetedRequest.all().filter("published", "2014-03-02"), Bodies.map(body));
		assertThat(other.facet("published").get(0).selected()).isFalse();
	}

	@Test
	void hitsAreSourceMapsWithTheTotalAndQueryText() {
		FacetedResponse<Map<String, Object>> response = this.blog.response(this.request, Bodies.map(BODY));
		assertThat(response.documents()).containsExactly(Map.of("title", "Python web"), Map.of("title", "Django"));
		assertThat(response).containsExactly(Map.of("title", "Python web"), Map.of("title", "Django"));
		assertThat(response.hits()).extracting(Hit::id).containsExactly("1", "2");
		assertThat(response.hits()).extracting(Hit::score).containsExactly(1.0, 0.5);
		assertThat(response.total()).isEqualTo(new Total(3, "eq"));
		assertThat(response.queryText()).isEqualTo("python");
		assertThat(response.request()).isSameAs(this.request);
		assertThat(response.aggregations().names()).contains("_filter_tags", "_filter_files");
	}

	@Test
	void hitsAreDocumentsWithTheirIds() {
		FacetedSearch<Post> posts = FacetedSearch.builder(Post.class).facet("tags", new TermsFacet("tags")).build();
		String body = "{'hits':{'total':{'value':1,'relation':'eq'},'hits':[{'_id':'7','_source':{'title':'Hello'}}]},"
				+ "'aggregations':{'_filter_tags':{'tags':{'buckets':[]}}}}";
		FacetedResponse<Post> response = posts.response(FacetedRequest.all(), Bodies.map(body));
		assertThat(response.documents()).singleElement().satisfies((post) -> {
			assertThat(post.id).isEqualTo("7");
			assertThat(post.title).isEqualTo("Hello");
		});
		assertThat(response.facet("tags")).isEmpty();
	}

	@Test
	void missingOrMalformedAggregationsSayWhich() {
		String noAggs = "{'hits':{'total':{'value':0,'relation':'eq'},'hits':[]}}";
		assertThatIllegalArgumentException().isThrownBy(() -> this.blog.response(this.request, Bodies.map(noAggs)))
			.withMessage("The response has no aggregation '_filter_tags' for facet 'tags'; "
					+ "was the search built by this FacetedSearch?");
		FacetedSearch<Map<String, Object>> tags = FacetedSearch.builder().facet("tags", new TermsFacet("tags")).build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> tags.response(FacetedRequest.all(),
					Bodies.map("{'hits':{'hits':[]},'aggregations':{'_filter_tags':{'tags':{'buckets':{'a':{}}}}}}")))
			.withMessageContaining("must have a 'buckets' list");
		assertThatIllegalArgumentException().isThrownBy(() -> this.blog.response(this.request, Bodies.map(BODY)).facet("nope"))
			.withMessageContaining("No facet 'nope'");
	}

}
