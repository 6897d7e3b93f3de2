package io.github.esdsl.search;

import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.Bodies.assertBody;
import static io.github.esdsl.search.Bodies.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the "Search DSL" section of the Python how-to guide, with the JSON the
 * Python DSL produces for it.
 */
class SearchGuideTest {

	@Test
	void searchWithClientAndMatchQuery() {
		Search<?> s = Search.of().using("default").query(Q.match("title", "python"));
		assertBody(s, "{'query':{'match':{'title':'python'}}}");
		assertThat(s.alias()).isEqualTo("default");
	}

	@Test
	void usingLaterKeepsTheBodyAndChangesTheAlias() {
		Search<?> s = Search.of().query(Q.match("title", "python"));
		Search<?> s2 = s.using("analytics");
		assertThat(s2.alias()).isEqualTo("analytics");
		assertThat(s.alias()).isEqualTo("default");
		assertThat(s2.toJson()).isEqualTo(s.toJson());
	}

	@Test
	void deleteByQuerySearchCarriesIndexAndParamsOutsideTheBody() {
		Search<?> s = Search.of("i").query("match", Map.of("title", "python"));
		s = s.params(Map.of("ignore_unavailable", false, "wait_for_completion", true));
		assertBody(s, "{'query':{'match':{'title':'python'}}}");
		assertThat(s.indices()).containsExactly("i");
		assertThat(s.params()).containsExactlyInAnyOrderEntriesOf(
				Map.of("ignore_unavailable", false, "wait_for_completion", true));
	}

	@Test
	void queryObjectAndQueryByNameGiveTheSameBody() {
		Query q = Q.of("multi_match", Map.of("query", "python django", "fields", List.of("title", "body")));
		Search<?> byObject = Search.of().query(q);
		Search<?> byName = Search.of()
			.query("multi_match", Map.of("query", "python django", "fields", List.of("title", "body")));
		Search<?> byRaw = Search.of().query(Q.fromMap(Bodies.map(
				"{'multi_match':{'query':'python django','fields':['title','body']}}")));
		String expected = "{'query':{'multi_match':{'query':'python django','fields':['title','body']}}}";
		assertBody(byObject, expected);
		assertBody(byName, expected);
		assertBody(byRaw, expected);
	}

	@Test
	void matchWithOptionsInSearch() {
		Search<?> s = Search.of().query(Q.match("title", Map.of("query", "web framework", "type", "phrase")));
		assertBody(s, "{'query':{'match':{'title':{'query':'web framework','type':'phrase'}}}}");
	}

	@Test
	void assigningAQueryReplacesPreviousQueries() {
		Search<?> s = Search.of().query(Q.term("category", "old"));
		s = s.withQuery(Q.bool(Map.of("must", List.of(Q.match("title", "python"), Q.match("body", "best")))));
		assertBody(s, "{'query':{'bool':{'must':[{'match':{'title':'python'}},{'match':{'body':'best'}}]}}}");
	}

	@Test
	void dottedFieldsAreGivenAsTheyAreSpelt() {
		Search<?> s = Search.of()
			.filter("term", Map.of("category.keyword", "Python"))
			.query("match", Map.of("address.city", "prague"));
		assertBody(s, "{'query':{'bool':{'filter':[{'term':{'category.keyword':'Python'}}],"
				+ "'must':[{'match':{'address.city':'prague'}}]}}}");
	}

	@Test
	void queryCombinationInSearch() {
		assertBody(Search.of().query(Q.match("title", "python").or(Q.match("title", "django"))),
				"{'query':{'bool':{'should':[{'match':{'title':'python'}},{'match':{'title':'django'}}]}}}");
		assertBody(Search.of().query(Q.match("title", "python").and(Q.match("title", "django"))),
				"{'query':{'bool':{'must':[{'match':{'title':'python'}},{'match':{'title':'django'}}]}}}");
		assertBody(Search.of().query(Q.match("title", "python").not()),
				"{'query':{'bool':{'must_not':[{'match':{'title':'python'}}]}}}");
	}

	@Test
	void repeatedQueryCallsCombineWithAnd() {
		Search<?> s = Search.of().query(Q.match("title", "python")).query(Q.match("title", "django"));
		assertBody(s, "{'query':{'bool':{'must':[{'match':{'title':'python'}},{'match':{'title':'django'}}]}}}");
	}

	@Test
	void preciseBoolQuery() {
		Query q = Q.bool(Map.of("must", List.of(Q.match("title", "python")), "should",
				List.of(Q.match("body", "web"), Q.match("body", "django")), "minimum_should_match", 1));
		assertBody(Search.of().query(q), "{'query':{'bool':{'must':[{'match':{'title':'python'}}],"
				+ "'should':[{'match':{'body':'web'}},{'match':{'body':'django'}}],'minimum_should_match':1}}}");
	}

	@Test
	void filterPutsTheQueryIntoBoolFilter() {
		Search<?> s = Search.of().filter(Q.terms("tags", List.of("search", "python")));
		Search<?> same = Search.of().query(Q.bool(Map.of("filter", List.of(Q.terms("tags", List.of("search", "python"))))));
		assertBody(s, "{'query':{'bool':{'filter':[{'terms':{'tags':['search','python']}}]}}}");
		assertThat(s).isEqualTo(same);
	}

	@Test
	void postFilterIsItsOwnPart() {
		Search<?> s = Search.of().postFilter(Q.terms("tags", List.of("search", "python")));
		assertBody(s, "{'post_filter':{'terms':{'tags':['search','python']}}}");
	}

	@Test
	void excludePutsTheNegatedQueryIntoBoolFilter() {
		Search<?> s = Search.of().exclude(Q.terms("tags", List.of("search", "python")));
		Search<?> same = Search.of()
			.query(Q.bool(Map.of("filter", List.of(Q.terms("tags", List.of("search", "python")).not()))));
		assertBody(s, "{'query':{'bool':{'filter':[{'bool':{'must_not':[{'terms':{'tags':['search','python']}}]}}]}}}");
		assertThat(s).isEqualTo(same);
	}

	@Test
	void aggsBucketOnSearch() {
		Search<?> s = Search.of().aggs((aggs) -> aggs.bucket("category_terms", A.terms("category")));
		assertBody(s, "{'aggs':{'category_terms':{'terms':{'field':'category'}}}}");
	}

	@Test
	void aggsChainingBucketMetricPipelineBucket() {
		Search<?> s = Search.of().aggs((aggs) -> aggs
			.bucket("articles_per_day", A.dateHistogram("publish_date", Map.of("interval", "day")))
			.metric("clicks_per_day", A.sum("clicks"))
			.pipeline("moving_click_average", A.movingAvg("clicks_per_day"))
			.bucket("tags_per_day", A.terms("tags")));
		assertBody(s, "{'aggs':{'articles_per_day':{'date_histogram':{'interval':'day','field':'publish_date'},"
				+ "'aggs':{'clicks_per_day':{'sum':{'field':'clicks'}},"
				+ "'moving_click_average':{'moving_avg':{'buckets_path':'clicks_per_day'}},"
				+ "'tags_per_day':{'terms':{'field':'tags'}}}}}}");
	}

	@Test
	void existingBucketIsReachedByName() {
		Search<?> s = Search.of().aggs((aggs) -> aggs.bucket("per_category", A.terms("category")));
		s = s.aggs((aggs) -> aggs.get("per_category").metric("clicks_per_category", A.sum("clicks")));
		s = s.aggs((aggs) -> aggs.get("per_category").bucket("tags_per_category", A.terms("tags")));
		assertBody(s, "{'aggs':{'per_category':{'terms':{'field':'category'},'aggs':{"
				+ "'clicks_per_category':{'sum':{'field':'clicks'}},'tags_per_category':{'terms':{'field':'tags'}}}}}}");
	}

	@Test
	void aggsOnSearchLeaveTheOriginalUnchanged() {
		Search<?> s = Search.of();
		Search<?> s2 = s.aggs((aggs) -> aggs.bucket("per_category", A.terms("category")));
		assertThat(s.toMap()).isEmpty();
		assertThat(s2.aggs()).containsOnlyKeys("per_category");
	}

	@Test
	void knnSearch() {
		List<Double> vector = List.of(0.1, 0.2, 0.3);
		Search<?> s = Search.of().knn("embedding", 5, 10, vector);
		assertBody(s, "{'knn':{'field':'embedding','k':5,'num_candidates':10,'query_vector':[0.1,0.2,0.3]}}");
	}

	@Test
	void knnCalledTwiceGivesAList() {
		Search<?> s = Search.of().knn("embedding", 5, 10, List.of(1, 2)).knn("title_vector", 3, 30, List.of(3, 4));
		assertBody(s, "{'knn':[{'field':'embedding','k':5,'num_candidates':10,'query_vector':[1,2]},"
				+ "{'field':'title_vector','k':3,'num_candidates':30,'query_vector':[3,4]}]}");
	}

	@Test
	void sortByStringDescendingAndMap() {
		Search<?> s = Search.of().sort("category", "-title", Map.of("lines", Map.of("order", "asc", "mode", "avg")));
		assertBody(s, "{'sort':['category',{'title':{'order':'desc'}},{'lines':{'order':'asc','mode':'avg'}}]}");
		assertBody(s.sort(), "{}");
	}

	@Test
	void pagination() {
		Search<?> s = Search.of();
		assertBody(s.slice(10, 20), "{'from':10,'size':10}");
		assertBody(s.sliceTo(20), "{'size':20}");
		assertBody(s.slice(10), "{'from':10}");
		assertBody(s.slice(10, 20).slice(2), "{'from':12,'size':8}");
	}

	@Test
	void highlightOptionsAndFields() {
		Search<?> s = Search.of().highlightOptions(Map.of("order", "score"));
		assertBody(s, "{}");
		assertBody(s.highlight("title"), "{'highlight':{'fields':{'title':{}},'order':'score'}}");
		assertBody(s.highlight("title", Map.of("fragment_size", 50)),
				"{'highlight':{'fields':{'title':{'fragment_size':50}},'order':'score'}}");
	}

	@Test
	void termSuggestion() {
		Search<?> s = Search.of().suggest("my_suggestion", "pyhton", Map.of("term", Map.of("field", "title")));
		assertBody(s, "{'suggest':{'my_suggestion':{'text':'pyhton','term':{'field':'title'}}}}");
	}

	@Test
	void collapseOnField() {
		Search<?> s = Search.of().query(Q.match("message", "GET /search")).collapse("user_id");
		assertBody(s, "{'query':{'match':{'message':'GET /search'}},'collapse':{'field':'user_id'}}");
	}

	@Test
	void collapseWithInnerHitsAndConcurrency() {
		Map<String, Object> innerHits = Map.of("name", "recent_search", "size", 5, "sort",
				List.of(Map.of("@timestamp", "desc")));
		Search<?> s = Search.of()
			.query(Q.match("message", "GET /search"))
			.collapse("user_id", Map.of("inner_hits", innerHits, "max_concurrent_group_searches", 4));
		assertBody(s, "{'query':{'match':{'message':'GET /search'}},'collapse':{'field':'user_id',"
				+ "'inner_hits':{'name':'recent_search','size':5,'sort':[{'@timestamp':'desc'}]},"
				+ "'max_concurrent_group_searches':4}}");
		assertThat(s.toJson()).contains(json("'collapse':{'field':'user_id','inner_hits':"));
	}

	@Test
	void moreLikeThisQueryWithSourceExclude() {
		String myText = "I want to find something similar";
		Search<?> s = Search.of()
			.query(Q.moreLikeThis(myText, Map.of("fields", List.of("text", "title"))))
			.source(Map.of("exclude", List.of("text")));
		assertBody(s, "{'query':{'more_like_this':{'like':'I want to find something similar','fields':['text','title']}},"
				+ "'_source':{'exclude':['text']}}");
	}

	@Test
	void extraPropertiesAndParams() {
		Search<?> s = Search.of().extra(Map.of("explain", true));
		assertBody(s, "{'explain':true}");
		Search<?> routed = s.params(Map.of("routing", "42"));
		assertBody(routed, "{'explain':true}");
		assertThat(routed.params()).isEqualTo(Map.of("routing", "42"));
	}

	@Test
	void sourceFiltering() {
		Search<?> s = Search.of();
		assertBody(s.source("title", "body"), "{'_source':['title','body']}");
		assertBody(s.source(false), "{'_source':false}");
		assertBody(s.source(List.of("title"), List.of("user.*")), "{'_source':{'includes':['title'],'excludes':['user.*']}}");
		assertBody(s.source(List.of("title"), List.of("user.*")).source(), "{}");
	}

	@Test
	void fromMapParsesTheQuery() {
		Search<?> s = Search.fromMap(Bodies.map("{'query':{'match':{'title':'python'}}}"));
		assertThat(s.query()).contains(Q.match("title", "python"));
		assertBody(s, "{'query':{'match':{'title':'python'}}}");
	}

	@Test
	void updateFromMapReturnsANewSearch() {
		Search<?> s = Search.of("i");
		Search<?> updated = s.updateFromMap(Bodies.map("{'query':{'match':{'title':'python'}},'size':42}"));
		assertBody(updated, "{'query':{'match':{'title':'python'}},'size':42}");
		assertThat(updated.indices()).containsExactly("i");
		assertBody(s, "{}");
	}

}
