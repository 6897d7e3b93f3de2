package io.github.esdsl.search;

import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Bool;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.Bodies.assertBody;
import static io.github.esdsl.search.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cases of the Python DSL's {@code test_search.py}, in Java.
 */
class PythonSearchCasesTest {

	@Test
	void searchStartsWithNoQuery() {
		assertThat(Search.of().query()).isEmpty();
	}

	@Test
	void searchQueryCombinesQuery() {
		Search<?> s = Search.of();
		Search<?> s2 = s.query("match", Map.of("f", 42));
		assertThat(s2.query()).contains(Q.match("f", 42));
		assertThat(s.query()).isEmpty();
		Search<?> s3 = s2.query("match", Map.of("f", 43));
		assertThat(s2.query()).contains(Q.match("f", 42));
		assertThat(s3.query()).contains(Q.bool(Map.of("must", List.of(Q.match("f", 42), Q.match("f", 43)))));
	}

	@Test
	void queryCanBeAssignedTo() {
		Query q = Q.match("title", "python");
		assertThat(Search.of().withQuery(q).query()).containsSame(q);
	}

	@Test
	void queryCanBeWrapped() {
		Search<?> s = Search.of().query("match", Map.of("title", "python"));
		s = s.withQuery(Q.of("function_score",
				Map.of("query", s.query().orElseThrow(), "field_value_factor", Map.of("field", "rating"))));
		assertBody(s, "{'query':{'function_score':{'functions':[{'field_value_factor':{'field':'rating'}}],"
				+ "'query':{'match':{'title':'python'}}}}}");
	}

	@Test
	void usingReturnsACopy() {
		Search<?> s = Search.of().using("one");
		Search<?> s2 = s.using("two");
		assertThat(s.alias()).isEqualTo("one");
		assertThat(s2.alias()).isEqualTo("two");
	}

	@Test
	void queryIsReadable() {
		assertThat(Search.of().query("match_all", Map.of()).query().orElseThrow().toMap())
			.isEqualTo(Map.of("match_all", Map.of()));
	}

	@Test
	void sourceIsKeptOnCopy() {
		Search<?> s = Search.of().source(false);
		assertThat(s.query("match_all", Map.of()).toMap()).containsEntry("_source", false);
		assertBody(Search.of().source(List.of()), "{'_source':[]}");
		Search<?> s3 = Search.of().source(List.of("some", "fields"));
		assertBody(s3.sort("x"), "{'sort':['x'],'_source':['some','fields']}");
	}

	@Test
	void equalSearchesAreEqualButNotTheSame() {
		Search<?> s1 = Search.of().source(List.of("some", "fields"));
		Search<?> s2 = Search.of().source(List.of("some", "fields"));
		assertThat(s1).isEqualTo(s2).isNotSameAs(s2).hasSameHashCodeAs(s2);
		assertThat(s1).isNotEqualTo(s1.index("i")).isNotEqualTo(s1.params(Map.of("routing", "1")));
	}

	@Test
	void aggsAllowTwoMetrics() {
		Search<?> s = Search.of().aggs((aggs) -> aggs.metric("a", A.max("a")).metric("b", A.max("b")));
		assertBody(s, "{'aggs':{'a':{'max':{'field':'a'}},'b':{'max':{'field':'b'}}}}");
	}

	@Test
	void aggsAreCopiedOnChange() {
		Search<?> s = Search.of().query("match_all", Map.of())
			.aggs((aggs) -> aggs.bucket("per_tag", A.terms("f")).metric("max_score", A.max("score")));
		Search<?> s2 = s.query("match_all", Map.of())
			.aggs((aggs) -> aggs.bucket("per_month", A.dateHistogram("date", Map.of("interval", "month"))));
		Search<?> s3 = s2.query("match_all", Map.of())
			.aggs((aggs) -> aggs.get("per_month").metric("max_score", A.max("score")));
		Search<?> s4 = s3.aggs((aggs) -> aggs.metric("max_score", A.max("score")));
		String perTag = "'per_tag':{'terms':{'field':'f'},'aggs':{'max_score':{'max':{'field':'score'}}}}";
		assertBody(s, "{'query':{'match_all':{}},'aggs':{" + perTag + "}}");
		assertBody(s2, "{'query':{'match_all':{}},'aggs':{" + perTag
				+ ",'per_month':{'date_histogram':{'field':'date','interval':'month'}}}}");
		String perMonth = "'per_month':{'date_histogram':{'field':'date','interval':'month'},"
				+ "'aggs':{'max_score':{'max':{'field':'score'}}}}";
		assertBody(s3, "{'query':{'match_all':{}},'aggs':{" + perTag + "," + perMonth + "}}");
		assertBody(s4, "{'query':{'match_all':{}},'aggs':{" + perTag + "," + perMonth
				+ ",'max_score':{'max':{'field':'score'}}}}");
	}

	@Test
	void indexAddsAndNoArgumentsClears() {
		Search<?> s = Search.of("i");
		assertThat(s.indices()).containsExactly("i");
		s = s.index("i2");
		assertThat(s.indices()).containsExactly("i", "i2");
		s = s.index("i3");
		assertThat(s.indices()).containsExactly("i", "i2", "i3");
		s = s.index();
		assertThat(s.indices()).isEmpty();
		s = Search.of("i", "i2");
		assertThat(s.indices()).containsExactly("i", "i2");
		Search<?> s2 = s.index("i3");
		assertThat(s.indices()).containsExactly("i", "i2");
		assertThat(s2.indices()).containsExactly("i", "i2", "i3");
	}

	@Test
	void docTypeChangesTheHitType() {
		record MyDocument(String title) {
		}
		Search<MyDocument> s = Search.of().docType(MyDocument.class);
		assertThat(s.documentType()).isEqualTo(MyDocument.class);
		assertThat(Search.of().documentType()).isEqualTo(Map.class);
	}

	@Test
	void knnNeedsExactlyOneOfVectorAndBuilder() {
		Search<?> s = Search.of();
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.knn("field", 5, 100, null))
			.withMessageContaining("needs one of query_vector and query_vector_builder");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> s.knn("field", 5, 100, List.of(1, 2, 3), Map.of("query_vector_builder", Map.of())))
			.withMessageContaining("only one of query_vector and query_vector_builder");
	}

	@Test
	void knnOnceIsAnObjectTwiceAList() {
		Search<?> s = Search.of().knn("field", 5, 100, List.of(1, 2, 3));
		assertBody(s, "{'knn':{'field':'field','k':5,'num_candidates':100,'query_vector':[1,2,3]}}");
		s = s.knn("name", 4, 40, null, Map.of("boost", 0.8, "query_vector_builder",
				Map.of("text_embedding", Map.of("model_id", "foo", "model_text", "search text")), "inner_hits",
				Map.of("size", 1)));
		assertBody(s, "{'knn':[{'field':'field','k':5,'num_candidates':100,'query_vector':[1,2,3]},"
				+ "{'field':'name','k':4,'num_candidates':40,'query_vector_builder':{'text_embedding':"
				+ "{'model_id':'foo','model_text':'search text'}},'boost':0.8,'inner_hits':{'size':1}}]}");
		assertThat(s.toJson()).contains(Bodies.json("'num_candidates':40,'query_vector_builder':{"))
			.endsWith(Bodies.json("}},'boost':0.8,'inner_hits':{'size':1}}]}"));
	}

	@Test
	void knnFilterAndSimilarity() {
		Search<?> s = Search.of().knn("embedding", 5, 10, List.of(0.5, 1.5),
				Map.of("filter", Q.term("category", "blog"), "similarity", 0.7));
		assertThat(s.toJson()).isEqualTo(Bodies.json("{'knn':{'field':'embedding','k':5,'num_candidates':10,"
				+ "'query_vector':[0.5,1.5],'filter':{'term':{'category':'blog'}},'similarity':0.7}}"));
	}

	@Test
	void rank() {
		assertBody(Search.of().rank(Map.of()), "{}");
		Search<?> s = Search.of().rank(Map.of("rrf", Map.of()));
		assertBody(s, "{'rank':{'rrf':{}}}");
		assertBody(s.rank(Map.of("rrf", Map.of("window_size", 50, "rank_constant", 20))),
				"{'rank':{'rrf':{'window_size':50,'rank_constant':20}}}");
		assertBody(s.rank(null), "{}");
	}

	@Test
	void sort() {
		Search<?> s = Search.of().sort("fielda", "-fieldb");
		assertBody(s, "{'sort':['fielda',{'fieldb':{'order':'desc'}}]}");
		assertThat(s.sort()).isEqualTo(Search.of());
	}

	@Test
	void sortByScore() {
		assertBody(Search.of().sort("_score"), "{'sort':['_score']}");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.of().sort("-_score"))
			.withMessageContaining("'-_score' is not allowed");
	}

	@Test
	void collapse() {
		Map<String, Object> innerHits = Map.of("name", "most_recent", "size", 5, "sort",
				List.of(Map.of("@timestamp", "desc")));
		Search<?> s = Search.of()
			.collapse("user.id", Map.of("inner_hits", innerHits, "max_concurrent_group_searches", 4));
		assertBody(s, "{'collapse':{'field':'user.id','inner_hits':{'name':'most_recent','size':5,"
				+ "'sort':[{'@timestamp':'desc'}]},'max_concurrent_group_searches':4}}");
		assertThat(s.collapse()).isEqualTo(Search.of());
	}

	@Test
	void slice() {
		Search<?> s = Search.of();
		assertBody(s.slice(3, 10), "{'from':3,'size':7}");
		assertBody(s.sliceTo(5), "{'size':5}");
		assertBody(s.slice(3), "{'from':3}");
		assertBody(s.slice(0, 0), "{'from':0,'size':0}");
		assertBody(s.slice(20, 0), "{'from':20,'size':0}");
		assertBody(s.slice(10).sliceTo(5), "{'from':10,'size':5}");
		assertBody(s.sliceTo(5).slice(10), "{'from':10,'size':0}");
		assertBody(s.sliceTo(10).sliceTo(40), "{'size':10}");
		assertBody(s.sliceTo(40).sliceTo(10), "{'size':10}");
		assertBody(s.sliceTo(40).sliceTo(80), "{'size':40}");
		assertBody(s.sliceTo(5).slice(10).slice(2), "{'from':12,'size':0}");
		assertBody(s.slice(10).sliceTo(5).slice(5), "{'from':15,'size':0}");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.slice(-1))
			.withMessageContaining("negative slicing");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.slice(4, -1));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.slice(-3, -2));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.sliceTo(-2));
	}

	@Test
	void singleIndex() {
		Search<?> s = Search.of();
		assertBody(s.at(3), "{'from':3,'size':1}");
		assertBody(s.at(3).at(0), "{'from':3,'size':1}");
		assertBody(s.at(3).at(5), "{'from':8,'size':0}");
		assertBody(s.slice(3, 10).at(1), "{'from':4,'size':1}");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.at(-3))
			.withMessageContaining("negative indexing");
	}

	@Test
	void searchToMap() {
		Search<?> s = Search.of();
		assertBody(s, "{}");
		s = s.query("match", Map.of("f", 42));
		assertBody(s, "{'query':{'match':{'f':42}}}");
		s = s.aggs((aggs) -> aggs.bucket("per_tag", A.terms("f")).metric("max_score", A.max("score")));
		assertBody(s, "{'aggs':{'per_tag':{'terms':{'field':'f'},'aggs':{'max_score':{'max':{'field':'score'}}}}},"
				+ "'query':{'match':{'f':42}}}");
		Search<?> sized = Search.of().extra(Map.of("size", 5));
		assertBody(sized, "{'size':5}");
		assertBody(sized.extra(Map.of("from", 42)), "{'size':5,'from':42}");
		assertBody(Search.of().size(5).from(42), "{'size':5,'from':42}");
	}

	@Test
	void complexExample() {
		Search<?> s = Search.of()
			.query("match", Map.of("title", "python"))
			.query(Q.match("title", "ruby").not())
			.filter(Q.term("category", "meetup").or(Q.term("category", "conference")))
			.collapse("user_id")
			.postFilter("terms", Map.of("tags", List.of("prague", "czech")))
			.scriptFields(Map.of("more_attendees", "doc['attendees'].value + 42"))
			.aggs((aggs) -> aggs.bucket("per_country", A.terms("country")).metric("avg_attendees", A.avg("attendees")));
		s = s.withQuery(((Bool) s.query().orElseThrow()).withMinimumShouldMatch(2));
		s = s.highlightOptions(Map.of("order", "score")).highlight(List.of("title", "body"), Map.of("fragment_size", 50));
		assertBody(s, "{'query':{'bool':{'filter':[{'bool':{'should':[{'term':{'category':'meetup'}},"
				+ "{'term':{'category':'conference'}}]}}],'must':[{'match':{'title':'python'}}],"
				+ "'must_not':[{'match':{'title':'ruby'}}],'minimum_should_match':2}},"
				+ "'post_filter':{'terms':{'tags':['prague','czech']}},"
				+ "'aggs':{'per_country':{'terms':{'field':'country'},'aggs':{'avg_attendees':{'avg':{'field':'attendees'}}}}},"
				+ "'collapse':{'field':'user_id'},"
				+ "'highlight':{'order':'score','fields':{'title':{'fragment_size':50},'body':{'fragment_size':50}}},"
				+ "'script_fields':{'more_attendees':{'script':'doc[`attendees`].value + 42'}}}");
	}

	@Test
	void reverse() {
		String body = "{'query':{'bool':{'filter':[{'bool':{'should':[{'term':{'category':'meetup'}},"
				+ "{'term':{'category':'conference'}}]}}],'must':[{'bool':{'must':[{'match':{'title':'python'}}],"
				+ "'must_not':[{'match':{'title':'ruby'}}],'minimum_should_match':2}}]}},"
				+ "'post_filter':{'bool':{'must':[{'terms':{'tags':['prague','czech']}}]}},"
				+ "'aggs':{'per_country':{'terms':{'field':'country'},'aggs':{'avg_attendees':{'avg':{'field':'attendees'}}}}},"
				+ "'sort':['title',{'category':{'order':'desc'}},'_score'],'size':5,"
				+ "'highlight':{'order':'score','fields':{'title':{'fragment_size':50}}},"
				+ "'suggest':{'my-title-suggestions-1':{'text':'devloping distibutd saerch engies','term':{'size':3,'field':'title'}}},"
				+ "'script_fields':{'more_attendees':{'script':'doc[`attendees`].value + 42'}}}";
		Map<String, Object> d = map(body);
		Map<String, Object> d2 = map(body);
		Search<?> s = Search.fromMap(d);
		assertThat(d).isEqualTo(d2);
		assertThat(s.toMap()).isEqualTo(d);
		assertThat(s.query().orElseThrow()).isInstanceOf(Bool.class);
		assertBody(s.slice(1), body.replace("'size':5", "'from':1,'size':4"));
	}

	@Test
	void queryWithCodeLikeTypedQueries() {
		Search<?> s = Search.of()
			.query(Q.match("title", Map.of("query", "python")))
			.query(Q.match("title", Map.of("query", "ruby")).not())
			.query(Q.knn("title", List.of(1.0, 2.0, 3.0),
					Map.of("num_candidates", 10, "k", 3, "filter", Q.range("year", Map.of("gt", "2004")))))
			.filter(Q.term("category", Map.of("value", "meetup")).or(Q.term("category", Map.of("value", "conference"))))
			.collapse("user_id")
			.postFilter(Q.terms("tags", List.of("prague", "czech")))
			.scriptFields(Map.of("more_attendees", "doc['attendees'].value + 42"));
		assertBody(s, "{'query':{'bool':{'filter':[{'bool':{'should':[{'term':{'category':{'value':'meetup'}}},"
				+ "{'term':{'category':{'value':'conference'}}}]}}],'must':[{'match':{'title':{'query':'python'}}},"
				+ "{'knn':{'field':'title','filter':[{'range':{'year':{'gt':'2004'}}}],'k':3,'num_candidates':10,"
				+ "'query_vector':[1.0,2.0,3.0]}}],'must_not':[{'match':{'title':{'query':'ruby'}}}]}},"
				+ "'post_filter':{'terms':{'tags':['prague','czech']}},'collapse':{'field':'user_id'},"
				+ "'script_fields':{'more_attendees':{'script':'doc[`attendees`].value + 42'}}}");
	}

	@Test
	void fromMapDoesNotNeedQuery() {
		assertBody(Search.fromMap(Map.of("size", 5)), "{'size':5}");
	}

	@Test
	void paramsAreKeptForTheRequest() {
		Search<?> s = Search.of().params(Map.of("routing", "42"));
		assertThat(s.params()).isEqualTo(Map.of("routing", "42"));
		assertBody(s, "{}");
		assertThat(s.params(Map.of("preference", "local")).params()).containsOnlyKeys("routing", "preference");
	}

	@Test
	void source() {
		assertBody(Search.of().source(), "{}");
		assertBody(Search.of().source(List.of("foo.bar.*"), List.of("foo.one")),
				"{'_source':{'includes':['foo.bar.*'],'excludes':['foo.one']}}");
		assertBody(Search.of().source(false), "{'_source':false}");
		assertBody(Search.of().source(List.of("foo.bar.*"), List.of("foo.one")).source(List.of("f1", "f2")),
				"{'_source':['f1','f2']}");
	}

	@Test
	void sourceOnCopy() {
		assertBody(Search.of().sourceIncludes("foo.bar.*").sourceExcludes("foo.one").filter("term", Map.of("title", "python")),
				"{'_source':{'includes':['foo.bar.*'],'excludes':['foo.one']},"
				+ "'query':{'bool':{'filter':[{'term':{'title':'python'}}]}}}");
		assertBody(Search.of().source(false).filter("term", Map.of("title", "python")),
				"{'_source':false,'query':{'bool':{'filter':[{'term':{'title':'python'}}]}}}");
	}

	@Test
	void sourceOnClear() {
		assertBody(Search.of().sourceIncludes("foo.bar.*").source(null, null), "{}");
		assertBody(Search.of().sourceIncludes("foo.bar.*").sourceIncludes(), "{}");
	}

	@Test
	void suggestKeepsAGlobalTextAsGiven() {
		// Python copies the global text into each suggester; Elasticsearch applies it the same
		// way, and keeping it makes toMap() equal to the parsed input
		String body = "{'suggest':{'text':'the amsterdma meetpu','my-suggest-1':{'term':{'field':'title'}},"
				+ "'my-suggest-2':{'text':'other','term':{'field':'body'}}}}";
		assertBody(Search.fromMap(map(body)), body);
	}

	@Test
	void suggest() {
		Search<?> s = Search.of().suggest("my_suggestion", "pyhton", Map.of("term", Map.of("field", "title")));
		assertBody(s, "{'suggest':{'my_suggestion':{'term':{'field':'title'},'text':'pyhton'}}}");
	}

	@Test
	void exclude() {
		assertBody(Search.of().exclude("match", Map.of("title", "python")),
				"{'query':{'bool':{'filter':[{'bool':{'must_not':[{'match':{'title':'python'}}]}}]}}}");
	}

	@Test
	void deleteByQueryBodyAndIndex() {
		Search<?> s = Search.of("i").query("match", Map.of("lang", "java"));
		assertThat(s.indices()).containsExactly("i");
		assertBody(s, "{'query':{'match':{'lang':'java'}}}");
	}

	@Test
	void updateFromMap() {
		Search<?> s = Search.of()
			.updateFromMap(map("{'indices_boost':[{'important-documents':2}]}"))
			.updateFromMap(map("{'_source':['id','name']}"))
			.updateFromMap(map("{'collapse':{'field':'user_id'}}"));
		assertBody(s, "{'indices_boost':[{'important-documents':2}],'_source':['id','name'],'collapse':{'field':'user_id'}}");
	}

	@Test
	void rescoreQueryInExtra() {
		Query positive = Q.of("function_score", Map.of("query", Q.term("tags", "a"), "script_score",
				Map.of("script", "_score * 1")));
		Query negative = Q.of("function_score", Map.of("query", Q.term("tags", "b"), "script_score",
				Map.of("script", "_score * -100")));
		Search<?> s = Search.of("index-name").query(positive)
			.extra(Map.of("rescore", Map.of("window_size", 100, "query", Map.of("rescore_query", negative))));
		assertBody(s, "{'query':{'function_score':{'query':{'term':{'tags':'a'}},"
				+ "'functions':[{'script_score':{'script':'_score * 1'}}]}},"
				+ "'rescore':{'window_size':100,'query':{'rescore_query':{'function_score':{'query':{'term':{'tags':'b'}},"
				+ "'functions':[{'script_score':{'script':'_score * -100'}}]}}}}}");
	}

	@Test
	void emptySearch() {
		Search<?> s = EmptySearch.of("index-name").query("match", Map.of("lang", "java"))
			.aggs((aggs) -> aggs.bucket("versions", A.terms("version")));
		assertThat(s).isInstanceOf(EmptySearch.class);
		assertThat(((EmptySearch<?>) s).count()).isZero();
		assertBody(s, "{'query':{'match':{'lang':'java'}},'aggs':{'versions':{'terms':{'field':'version'}}}}");
	}

	@Test
	void suggestCompletionUsesPrefix() {
		Search<?> s = Search.of().suggest("my_suggestion", "pyhton", Map.of("completion", Map.of("field", "title")));
		assertBody(s, "{'suggest':{'my_suggestion':{'completion':{'field':'title'},'prefix':'pyhton'}}}");
	}

	@Test
	void suggestRegexQuery() {
		Search<?> s = Search.of().suggestRegex("my_suggestion", "py[thon|py]", Map.of("completion", Map.of("field", "title")));
		assertBody(s, "{'suggest':{'my_suggestion':{'completion':{'field':'title'},'regex':'py[thon|py]'}}}");
	}

	@Test
	void suggestMustPassTextOrRegex() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Search.of().suggest("my_suggestion", null, Map.of("term", Map.of("field", "title"))))
			.withMessageContaining("needs a text");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Suggestions.add(Map.of(), "my_suggestion", null, null, Map.of()));
	}

	@Test
	void suggestCanOnlyPassTextOrRegex() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Suggestions.add(Map.of(), "my_suggestion", "python", "py[hton|py]",
					Map.of("completion", Map.of("field", "title"))))
			.withMessageContaining("either a text or a regex");
	}

	@Test
	void suggestRegexMustBeWithCompletion() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Search.of().suggestRegex("my_suggestion", "py[thon|py]", Map.of()))
			.withMessageContaining("only a completion suggester");
	}

}
