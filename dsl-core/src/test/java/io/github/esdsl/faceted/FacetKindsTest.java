package io.github.esdsl.faceted;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.aggs.A;
import io.github.esdsl.search.Search;

import static io.github.esdsl.faceted.Bodies.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The aggregation and filters of every facet kind, as Python's {@code get_aggregation()},
 * {@code add_filter()} and {@code build_search()} produce them.
 */
class FacetKindsTest {

	@Test
	void termsFacetAggregatesTheFieldWithItsOptions() {
		assertJson(new TermsFacet("tags", Map.of("size", 20)).aggregation(), "{'terms':{'field':'tags','size':20}}");
	}

	@Test
	void termsFacetFiltersAllValuesWithOneTermsQuery() {
		assertJson(new TermsFacet("tags").filter(List.of("python", "django")).orElseThrow(),
				"{'terms':{'tags':['python','django']}}");
		assertThat(new TermsFacet("tags").filter(List.of())).isEmpty();
	}

	@Test
	void metricIsASubAggregationSortedDescendingByDefault() {
		assertJson(new TermsFacet("files").metric(A.max("committed_date")).aggregation(),
				"{'terms':{'field':'files','order':{'metric':'desc'}},'aggs':{'metric':{'max':{'field':'committed_date'}}}}");
	}

	@Test
	void metricSortAscendingOrdersByMetricAscending() {
		assertJson(new TermsFacet("files").metric(A.avg("lines"), MetricSort.ASC).aggregation(),
				"{'terms':{'field':'files','order':{'metric':'asc'}},'aggs':{'metric':{'avg':{'field':'lines'}}}}");
	}

	@Test
	void metricSortByDocCountLeavesOrderOutLikePythonFalse() {
		assertJson(new TermsFacet("files").metric(A.max("committed_date"), MetricSort.DOC_COUNT).aggregation(),
				"{'terms':{'field':'files'},'aggs':{'metric':{'max':{'field':'committed_date'}}}}");
	}

	@Test
	void metricOnHistogramFacetsToo() {
		assertJson(new HistogramFacet("rating", 2).metric(A.sum("sales")).aggregation(),
				"{'histogram':{'field':'rating','interval':2,'order':{'metric':'desc'}},'aggs':{'metric':{'sum':{'field':'sales'}}}}");
		assertJson(new DateHistogramFacet("day", "1d").metric(A.max("price"), MetricSort.ASC).aggregation(),
				"{'date_histogram':{'field':'day','calendar_interval':'1d','min_doc_count':0,'order':{'metric':'asc'}},"
						+ "'aggs':{'metric':{'max':{'field':'price'}}}}");
	}

	@Test
	void multiValueOrBucketMetricsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TermsFacet("files").metric(A.stats("lines")))
			.withMessageContaining("single-value metric aggregation").withMessageContaining("'stats'");
		assertThatIllegalArgumentException().isThrownBy(() -> new TermsFacet("files").metric(A.terms("x")))
			.withMessageContaining("'terms'");
	}

	@Test
	void metricCopiesLeaveTheOriginalFacetUnchanged() {
		TermsFacet plain = new TermsFacet("files");
		plain.metric(A.max("committed_date"));
		assertJson(plain.aggregation(), "{'terms':{'field':'files'}}");
	}

	@Test
	void histogramFacetFiltersFromTheValueToTheNextBucket() {
		HistogramFacet rating = new HistogramFacet("rating", Map.of("interval", 2));
		assertJson(rating.aggregation(), "{'histogram':{'field':'rating','interval':2}}");
		assertJson(rating.filter(List.of(10)).orElseThrow(), "{'range':{'rating':{'gte':10,'lt':12}}}");
		assertJson(rating.filter(List.of("10")).orElseThrow(), "{'range':{'rating':{'gte':10,'lt':12}}}");
		assertJson(new HistogramFacet("price", 2.5).filter(List.of(10.0)).orElseThrow(),
				"{'range':{'price':{'gte':10.0,'lt':12.5}}}");
	}

	@Test
	void severalValuesOfOneFacetCombineWithShould() {
		assertJson(new HistogramFacet("rating", 2).filter(List.of(10, 14)).orElseThrow(),
				"{'bool':{'should':[{'range':{'rating':{'gte':10,'lt':12}}},{'range':{'rating':{'gte':14,'lt':16}}}]}}");
	}

	@Test
	void histogramFacetNeedsAPositiveInterval() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HistogramFacet("rating", Map.of()))
			.withMessageContaining("'rating'").withMessageContaining("'interval'");
		assertThatIllegalArgumentException().isThrownBy(() -> new HistogramFacet("rating", 0))
			.withMessageContaining("positive");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new HistogramFacet("rating", 2).filter(List.of("ten")))
			.withMessageContaining("String 'ten'");
	}

	@Test
	void rangeFacetHasNamedUnkeyedRangesWithOpenEnds() {
		RangeFacet comments = new RangeFacet("comment_count",
				List.of(RangeFacet.range("few", null, 2), RangeFacet.range("some", 2, 10), RangeFacet.range("lots", 10, null)));
		assertJson(comments.aggregation(), "{'range':{'field':'comment_count','ranges':["
				+ "{'key':'few','to':2},{'key':'some','from':2,'to':10},{'key':'lots','from':10}],'keyed':false}}");
		assertJson(comments.filter(List.of("few")).orElseThrow(), "{'range':{'comment_count':{'lt':2}}}");
		assertJson(comments.filter(List.of("some")).orElseThrow(), "{'range':{'comment_count':{'gte':2,'lt':10}}}");
		assertJson(comments.filter(List.of("lots")).orElseThrow(), "{'range':{'comment_count':{'gte':10}}}");
	}

	@Test
	void rangeFacetRefusesUnknownAndDuplicateNames() {
		RangeFacet comments = new RangeFacet("comment_count", List.of(RangeFacet.range("few", null, 2)));
		assertThatIllegalArgumentException().isThrownBy(() -> comments.filter(List.of("many")))
			.withMessage("Range facet on 'comment_count' has no range named 'many'; known ranges: [few]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RangeFacet("c", List.of(RangeFacet.range("a", null, 2), RangeFacet.range("a", 2, null))))
			.withMessageContaining("two ranges named 'a'");
		assertThatIllegalArgumentException().isThrownBy(() -> new RangeFacet("c", List.of()))
			.withMessageContaining("at least one range");
	}

	@Test
	void nestedFacetWrapsTheInnerAggregationAndFilter() {
		NestedFacet comments = new NestedFacet("comments",
				new DateHistogramFacet("comments.created_at", Map.of("calendar_interval", "month")));
		assertJson(comments.aggregation(), "{'nested':{'path':'comments'},'aggs':{'inner':"
				+ "{'date_histogram':{'field':'comments.created_at','calendar_interval':'month','min_doc_count':0}}}}");
		assertJson(comments.filter(List.of("2018-01-01T00:00:00")).orElseThrow(),
				"{'nested':{'path':'comments','query':{'range':{'comments.created_at':"
						+ "{'gte':'2018-01-01T00:00:00','lt':'2018-02-01T00:00:00'}}}}}");
		assertThat(comments.filter(List.of())).isEmpty();
	}

	@Test
	void nestedTermsFacetFiltersWithOneTermsQueryInside() {
		NestedFacet colors = new NestedFacet("variants", new TermsFacet("variants.color"));
		assertJson(colors.filter(List.of("red", "blue")).orElseThrow(),
				"{'nested':{'path':'variants','query':{'terms':{'variants.color':['red','blue']}}}}");
	}

	@Test
	void facetsNeedAFieldAndRefuseOptionsTheySetThemselves() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TermsFacet(" "))
			.withMessageContaining("needs the field");
		assertThatIllegalArgumentException().isThrownBy(() -> new TermsFacet("tags", Map.of("field", "other")))
			.withMessageContaining("Option 'field'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RangeFacet("c", List.of(RangeFacet.range("a", 1, 2)), Map.of("keyed", true)))
			.withMessageContaining("Option 'keyed'");
		assertThatIllegalArgumentException().isThrownBy(() -> new NestedFacet("variants", null))
			.withMessageContaining("variants.color");
	}

	@Test
	void everyKindFilteredOnSeveralFacetsBuildsPythonsShape() {
		FacetedSearch<Map<String, Object>> shop = FacetedSearch.builder("shop")
			.facet("tags", new TermsFacet("tags"))
			.facet("rating", new HistogramFacet("rating", 2))
			.facet("comments", new RangeFacet("comments", List.of(RangeFacet.range("few", null, 2))))
			.build();
		Search<Map<String, Object>> search = shop
			.build(FacetedRequest.all().filter("rating", 10, 14).filter("tags", "python"));
		String ratings = "[{'range':{'rating':{'gte':10,'lt':12}}},{'range':{'rating':{'gte':14,'lt':16}}}]";
		String both = "{'bool':{'must':[{'terms':{'tags':['python']}}],'should':" + ratings + ",'minimum_should_match':1}}";
		assertJson(search, "{'post_filter':" + both + ",'aggs':{"
				+ "'_filter_tags':{'filter':{'bool':{'should':" + ratings + "}},'aggs':{'tags':{'terms':{'field':'tags'}}}},"
				+ "'_filter_rating':{'filter':{'terms':{'tags':['python']}},"
				+ "'aggs':{'rating':{'histogram':{'field':'rating','interval':2}}}},"
				+ "'_filter_comments':{'filter':" + both + ",'aggs':{'comments':{'range':{'field':'comments',"
				+ "'ranges':[{'key':'few','to':2}],'keyed':false}}}}}}");
	}

}
