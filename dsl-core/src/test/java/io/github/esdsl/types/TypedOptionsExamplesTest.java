package io.github.esdsl.types;

import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import io.github.esdsl.search.UpdateByQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The typed options as a user writes them: the examples of the API contract and one per search
 * part, each with its exact JSON and the same JSON as the {@code Map} form.
 */
class TypedOptionsExamplesTest {

	private static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	private static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

	@Test
	void matchWithEnumOperatorAndFuzziness() {
		assertThat(Q.match("title", "python web", (o) -> o.operator(Operator.AND).fuzziness("AUTO")).toJson())
			.isEqualTo(json("{'match':{'title':{'query':'python web','operator':'and','fuzziness':'AUTO'}}}"))
			.isEqualTo(Q.match("title", "python web", map("operator", "and", "fuzziness", "AUTO")).toJson());
	}

	@Test
	void fuzzinessAndMinimumShouldMatchTakeEachUnionMember() {
		assertThat(Q.match("title", "python", (o) -> o.fuzziness(2).minimumShouldMatch("75%")).toJson())
			.isEqualTo(json("{'match':{'title':{'query':'python','fuzziness':2,'minimum_should_match':'75%'}}}"));
		assertThat(Q.match("title", "python", (o) -> o.minimumShouldMatch(2)).toJson())
			.isEqualTo(json("{'match':{'title':{'query':'python','minimum_should_match':2}}}"));
	}

	@Test
	void matchWithoutAnyOptionIsTheShortForm() {
		assertThat(Q.match("title", "python", (o) -> o).toJson()).isEqualTo(json("{'match':{'title':'python'}}"));
	}

	@Test
	void rangeWithTypedConditions() {
		assertThat(Q.range("published", (r) -> r.gte("now-1y/d").lt("now")).toJson())
			.isEqualTo(json("{'range':{'published':{'gte':'now-1y/d','lt':'now'}}}"))
			.isEqualTo(Q.range("published", map("gte", "now-1y/d", "lt", "now")).toJson());
		assertThat(Q.range("lines", (r) -> r.gt(10).lte(20.5)).toJson())
			.isEqualTo(json("{'range':{'lines':{'gt':10,'lte':20.5}}}"));
	}

	@Test
	void multiMatchWithTypeAndTieBreaker() {
		assertThat(Q.multiMatch("python", List.of("title^2", "body"),
				(o) -> o.type(TextQueryType.BEST_FIELDS).tieBreaker(0.3)).toJson())
			.isEqualTo(json("{'multi_match':{'query':'python','fields':['title^2','body'],'type':'best_fields',"
					+ "'tie_breaker':0.3}}"));
	}

	@Test
	void boolFromTypedClauses() {
		assertThat(Q.bool((b) -> b.must(Q.match("title", "python")).filter(List.of(Q.term("published", true)))
			.minimumShouldMatch(1)).toJson())
			.isEqualTo(json("{'bool':{'must':[{'match':{'title':'python'}}],'filter':[{'term':{'published':true}}],"
					+ "'minimum_should_match':1}}"));
	}

	@Test
	void nestedOptionsAreBuiltByLambdas() {
		assertThat(Q.nested("comments", Q.match("comments.author", "ann"),
				(o) -> o.scoreMode(ChildScoreMode.MAX).innerHits((h) -> h.size(3).name("top"))).toJson())
			.isEqualTo(json("{'nested':{'path':'comments','query':{'match':{'comments.author':'ann'}},"
					+ "'score_mode':'max','inner_hits':{'size':3,'name':'top'}}}"));
	}

	@Test
	void termsAndDateHistogramAggregations() {
		assertThat(A.terms("tags", (t) -> t.size(10).minDocCount(2)).toJson())
			.isEqualTo(json("{'terms':{'field':'tags','size':10,'min_doc_count':2}}"))
			.isEqualTo(A.terms("tags", map("size", 10, "min_doc_count", 2)).toJson());
		assertThat(A.dateHistogram("published", (d) -> d.calendarInterval(CalendarInterval.MONTH).format("yyyy-MM"))
			.toJson())
			.isEqualTo(json("{'date_histogram':{'field':'published','calendar_interval':'month','format':'yyyy-MM'}}"));
	}

	@Test
	void enumConstantsInARawMapAreSentAsTheirWireValue() {
		assertThat(Q.match("title", "python", map("operator", Operator.AND)).toJson())
			.isEqualTo(json("{'match':{'title':{'query':'python','operator':'and'}}}"));
	}

	@Test
	void unknownParametersPassThroughParam() {
		assertThat(Q.match("title", "python", (o) -> o.param("future_option", List.of(1, 2))).toJson())
			.isEqualTo(json("{'match':{'title':{'query':'python','future_option':[1,2]}}}"));
	}

	@Test
	void nullOptionValuesAndNullLambdasNameTheParameter() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.match("title", "python", (o) -> o.analyzer(null)))
			.withMessageContaining("'analyzer' of match must not be null");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> A.terms("tags", (java.util.function.UnaryOperator<io.github.esdsl.aggs.TermsAggOptions>) null))
			.withMessageContaining("options lambda of terms must not be null");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.match("title", "python", (o) -> null))
			.withMessageContaining("options lambda of match returned null");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.match("title", null, (o) -> o.boost(2)))
			.withMessageContaining("'query' of match must not be null");
	}

	@Test
	void fieldReferencesWorkWhereverAFieldNameDoes() {
		io.github.esdsl.document.FieldRef title = () -> "title.raw";
		assertThat(Q.match(title, "python", (o) -> o.boost(2)).toJson())
			.isEqualTo(Q.match("title.raw", "python", map("boost", 2)).toJson());
		assertThat(A.terms(title, (t) -> t.size(5)).toJson())
			.isEqualTo(json("{'terms':{'field':'title.raw','size':5}}"));
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.term((io.github.esdsl.document.FieldRef) null, "x"))
			.withMessageContaining("field of term must be a field reference, not null");
	}

	@Test
	void highlightAndHighlightOptions() {
		Search<?> typed = Search.of("blog")
			.highlightOptions((h) -> h.order(HighlighterOrder.SCORE).preTags(List.of("<b>")))
			.highlight("title", (h) -> h.fragmentSize(150).numberOfFragments(3));
		Search<?> raw = Search.of("blog")
			.highlightOptions(map("order", "score", "pre_tags", List.of("<b>")))
			.highlight("title", map("fragment_size", 150, "number_of_fragments", 3));
		assertThat(typed.toJson()).isEqualTo(raw.toJson())
			.contains(json("'fields':{'title':{'fragment_size':150,'number_of_fragments':3}}"));
	}

	@Test
	void collapseWithInnerHits() {
		assertThat(Search.of("blog").collapse("author", (c) -> c.innerHits((i) -> i.name("latest").size(3))
			.maxConcurrentGroupSearches(4)).toJson())
			.isEqualTo(Search.of("blog").collapse("author", map("inner_hits", map("name", "latest", "size", 3),
					"max_concurrent_group_searches", 4)).toJson())
			.contains(json("'collapse':{'field':'author','inner_hits':{'name':'latest','size':3},"
					+ "'max_concurrent_group_searches':4}"));
		assertThat(Search.of("blog").collapse("author", (c) -> c.innerHits(List.of(new InnerHitsOptions().name("a"),
				new InnerHitsOptions().name("b").size(1)))).toJson())
			.contains(json("'inner_hits':[{'name':'a'},{'name':'b','size':1}]"));
	}

	@Test
	void suggesters() {
		assertThat(Search.of("blog").suggestTerm("fix", "pyhton", (t) -> t.field("title").suggestMode(SuggestMode.POPULAR))
			.toJson())
			.isEqualTo(Search.of("blog").suggest("fix", "pyhton", map("term", map("field", "title",
					"suggest_mode", "popular"))).toJson());
		assertThat(Search.of("blog").suggestPhrase("p", "pyhton web", (p) -> p.field("title").size(2)).toJson())
			.isEqualTo(Search.of("blog").suggest("p", "pyhton web", map("phrase", map("field", "title",
					"size", 2))).toJson());
		assertThat(Search.of("blog").suggestCompletion("c", "pyt", (c) -> c.field("suggest").skipDuplicates(true))
			.toJson())
			.isEqualTo(Search.of("blog").suggest("c", "pyt", map("completion", map("field", "suggest",
					"skip_duplicates", true))).toJson())
			.contains("\"prefix\":\"pyt\"");
	}

	@Test
	void knnSortSourceRescorePitScriptsAndRuntimeMappings() {
		Search<?> typed = Search.of("blog")
			.knn("embedding", 5, 50, List.of(0.1, 0.2), (k) -> k.similarity(0.8).boost(2))
			.sort("price", (s) -> s.order(SortOrder.DESC).mode(SortMode.AVG))
			.source((f) -> f.includes(List.of("title")).excludes(List.of("body")))
			.rescore((r) -> r.windowSize(50).query((q) -> q.rescoreQuery(Q.matchPhrase("title", "python"))))
			.pit((p) -> p.id("abc").keepAlive("1m"))
			.scriptField("double", (s) -> s.source("doc['lines'].value * 2").lang(ScriptLanguage.PAINLESS))
			.runtimeMapping("day", (r) -> r.type(RuntimeFieldType.KEYWORD).script((s) -> s.source("emit(1)")))
			.runtimeMapping("n", (r) -> r.type(RuntimeFieldType.LONG));
		Search<?> raw = Search.of("blog")
			.knn("embedding", 5, 50, List.of(0.1, 0.2), map("similarity", 0.8, "boost", 2))
			.sort(map("price", map("order", "desc", "mode", "avg")))
			.source(map("includes", List.of("title"), "excludes", List.of("body")))
			.extra("rescore", map("window_size", 50, "query", map("rescore_query",
					map("match_phrase", map("title", "python")))))
			.extra("pit", map("id", "abc", "keep_alive", "1m"))
			.scriptFields(map("double", map("script", map("source", "doc['lines'].value * 2",
					"lang", "painless"))))
			.extra("runtime_mappings", map("day", map("type", "keyword", "script", map("source", "emit(1)")),
					"n", map("type", "long")));
		assertThat(typed.toMap()).isEqualTo(raw.toMap());
		assertThat(typed.toJson()).contains(json("'sort':[{'price':{'order':'desc','mode':'avg'}}]"))
			.contains(json("'runtime_mappings':{'day':{'type':'keyword','script':{'source':'emit(1)'}},"
					+ "'n':{'type':'long'}}"));
	}

	@Test
	void updateByQueryScript() {
		assertThat(UpdateByQuery.of("blog").script((s) -> s.source("ctx._source.likes++").lang(ScriptLanguage.PAINLESS))
			.toJson())
			.isEqualTo(UpdateByQuery.of("blog").script(map("source", "ctx._source.likes++", "lang", "painless"))
				.toJson());
	}

}
