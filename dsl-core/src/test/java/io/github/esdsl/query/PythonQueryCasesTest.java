package io.github.esdsl.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The cases of the Python DSL's {@code test_query.py}, ported one by one (Python's
 * {@code Match(f=1)} is {@code Q.match("f", 1)}; equality is by value, as Python's
 * {@code to_dict()} comparison).
 */
class PythonQueryCasesTest {

	private static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	private static Bool bool(Object... keyValues) {
		return Q.bool(map(keyValues));
	}

	private static Query match(Object value) {
		return Q.match("f", value);
	}

	private static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

	@Test
	void emptyQIsMatchAll() {
		assertThat(Q.of("match_all", Map.of())).isEqualTo(Q.matchAll());
		assertThat(Q.fromMap(Map.of("match_all", Map.of()))).isEqualTo(Q.matchAll());
	}

	@Test
	void combinedFieldsToMap() {
		assertThat(Q.combinedFields("this is a test", List.of("name", "body", "description"), Map.of("operator", "and"))
			.toJson()).isEqualTo(json(
					"{'combined_fields':{'query':'this is a test','fields':['name','body','description'],'operator':'and'}}"));
		assertThat(Q.combinedFields("this is a test", List.of("name", "body^2"), Map.of("operator", "or")).toJson())
			.isEqualTo(json("{'combined_fields':{'query':'this is a test','fields':['name','body^2'],'operator':'or'}}"));
	}

	@Test
	void matchToMap() {
		assertThat(Q.match("f", "value").toMap()).isEqualTo(Map.of("match", Map.of("f", "value")));
		assertThat(Q.of("match", map("f", "value", "boost", 2)).toJson()).isEqualTo(json("{'match':{'f':'value','boost':2}}"));
	}

	@Test
	void fuzzyPrefixAndTermToMap() {
		assertThat(Q.fuzzy("f", "value").toJson()).isEqualTo(json("{'fuzzy':{'f':'value'}}"));
		assertThat(Q.prefix("f", "value").toJson()).isEqualTo(json("{'prefix':{'f':'value'}}"));
		assertThat(Q.term("_type", "article").toJson()).isEqualTo(json("{'term':{'_type':'article'}}"));
	}

	@Test
	void termsToMap() {
		assertThat(Q.terms("_type", List.of("article", "section")).toJson())
			.isEqualTo(json("{'terms':{'_type':['article','section']}}"));
		assertThat(Q.of("terms", map("_type", new String[] { "article", "section" }, "boost", 1.1)).toJson())
			.isEqualTo(json("{'terms':{'_type':['article','section'],'boost':1.1}}"));
		assertThat(Q.of("terms", map("_type", "article", "boost", 1.1)).toJson())
			.isEqualTo(json("{'terms':{'_type':'article','boost':1.1}}"));
		assertThat(Q.of("terms", map("_id", map("index", "my-other-index", "id", "my-id"), "boost", 1.1)).toJson())
			.isEqualTo(json("{'terms':{'_id':{'index':'my-other-index','id':'my-id'},'boost':1.1}}"));
	}

	@Test
	void boolToMapDropsEmptyClauses() {
		assertThat(bool("must", List.of(match("value")), "should", List.of()).toJson())
			.isEqualTo(json("{'bool':{'must':[{'match':{'f':'value'}}]}}"));
	}

	@Test
	void disMaxToMap() {
		assertThat(Q.disMax(Q.term("_type", "article")).toJson())
			.isEqualTo(json("{'dis_max':{'queries':[{'term':{'_type':'article'}}]}}"));
	}

	@Test
	void boolFromMapWithSingleMustNotIssue318() {
		Query query = Q.fromMap(Map.of("bool", Map.of("must_not", Map.of("match", Map.of("field", "value")))));
		assertThat(query).isEqualTo(Q.match("field", "value").not());
	}

	@Test
	void toStringIsJson() {
		assertThat(bool("must", List.of(match("value")), "should", List.of()).toString())
			.isEqualTo(json("{'bool':{'must':[{'match':{'f':'value'}}]}}"));
	}

	@Test
	void equalQueriesAreEqualButDistinct() {
		Bool one = bool("must", List.of(Q.match("x", 42)), "should", List.of(Q.match("g", "v2")), "must_not",
				List.of(Q.match("title", "value")));
		Bool two = bool("must", List.of(Q.match("x", 42)), "should", List.of(Q.match("g", "v2")), "must_not",
				List.of(Q.match("title", "value")));
		assertThat(one).isEqualTo(two).isNotSameAs(two);
	}

	@Test
	void boolConvertsItsArgumentsToQueries() {
		Bool query = bool("must", List.of(Map.of("match", Map.of("f", "value"))));
		assertThat(query.must()).containsExactly(match("value"));
	}

	@Test
	void twoQueriesMakeABool() {
		Query q1 = match("value1");
		Query q2 = Q.of("match", map("message", map("query", "this is a test", "opeartor", "and")));
		assertThat(q1.and(q2)).isInstanceOf(Bool.class);
		assertThat(((Bool) q1.and(q2)).must()).containsExactly(q1, q2);
	}

	@Test
	void otherAndBoolAppendsOtherToMust() {
		Query q1 = match("value1");
		Bool empty = Q.bool();
		assertThat(((Bool) q1.and(empty)).must()).containsExactly(q1);
		assertThat(((Bool) empty.and(q1)).must()).containsExactly(q1);
		assertThat(empty.must()).isEmpty();
	}

	@Test
	void boolAndOtherSetsMinimumShouldMatchIfNeeded() {
		Query q1 = Q.term("category", 1);
		Bool q2 = bool("should", List.of(Q.term("name", "aaa"), Q.term("name", "bbb")));
		assertThat(q1.and(q2)).isEqualTo(bool("must", List.of(q1), "should",
				List.of(Q.term("name", "aaa"), Q.term("name", "bbb")), "minimum_should_match", 1));
	}

	@Test
	void boolsWithDifferentMinimumShouldMatchAreNotCombined() {
		Bool q1 = bool("minimum_should_match", 2, "should", terms("aa"));
		Bool q2 = bool("minimum_should_match", 3, "should", terms("bb"));
		Bool q3 = bool("minimum_should_match", 4, "should", terms("cc"));
		assertThat(q1.or(q2)).isEqualTo(bool("should", List.of(q1, q2)));
		assertThat(q1.or(q2).or(q3)).isEqualTo(bool("should", List.of(q1, q2, q3)));
	}

	private static List<Query> terms(String prefix) {
		return List.of(Q.term("field", prefix + "1"), Q.term("field", prefix + "2"), Q.term("field", prefix + "3"),
				Q.term("field", prefix + "4"));
	}

	@Test
	void queryAndQueryCreatesBool() {
		Query q1 = Q.match("f", 42);
		Query q2 = Q.match("g", 47);
		assertThat(q1.and(q2)).isEqualTo(bool("must", List.of(q1, q2)));
	}

	@Test
	void matchAllAndQueryEqualsOther() {
		assertThat(Q.match("f", 42).and(Q.matchAll())).isEqualTo(Q.match("f", 42));
		assertThat(Q.matchAll().and(Q.match("f", 42))).isEqualTo(Q.match("f", 42));
	}

	@Test
	void notMatchAllIsMatchNoneAndBack() {
		assertThat(Q.matchAll().not()).isEqualTo(Q.matchNone());
		assertThat(Q.matchNone().not()).isEqualTo(Q.matchAll());
	}

	@Test
	void invertEmptyBoolIsMatchNone() {
		assertThat(Q.bool().not()).isEqualTo(Q.matchNone());
	}

	@Test
	void matchNoneOrQueryEqualsQueryAndMatchNoneAndQueryIsMatchNone() {
		assertThat(Q.match("f", 42).or(Q.matchNone())).isEqualTo(Q.match("f", 42));
		assertThat(Q.match("f", 42).and(Q.matchNone())).isEqualTo(Q.matchNone());
	}

	@Test
	void boolAndBool() {
		Query qt1 = match(1);
		Query qt2 = match(2);
		Query qt3 = match(3);
		assertThat(bool("must", List.of(qt1), "should", List.of(qt2)).and(bool("must_not", List.of(qt3))))
			.isEqualTo(bool("must", List.of(qt1), "must_not", List.of(qt3), "should", List.of(qt2),
					"minimum_should_match", 0));
		assertThat(bool("must", List.of(qt1), "should", List.of(qt1, qt2)).and(bool("should", List.of(qt3))))
			.isEqualTo(bool("must", List.of(qt1, qt3), "should", List.of(qt1, qt2), "minimum_should_match", 0));
	}

	@Test
	void boolAndBoolWithMinimumShouldMatch() {
		Query qt1 = match(1);
		Query qt2 = match(2);
		Bool q1 = bool("minimum_should_match", 1, "should", List.of(qt1));
		Bool q2 = bool("minimum_should_match", 1, "should", List.of(qt2));
		assertThat(q1.and(q2)).isEqualTo(bool("must", List.of(qt1, qt2)));
		assertThat(q1.and(q2).toJson()).isEqualTo(json("{'bool':{'must':[{'match':{'f':1}},{'match':{'f':2}}]}}"));
	}

	@Test
	void negativeMinimumShouldMatchCannotBeCombined() {
		Bool q1 = bool("minimum_should_match", -2, "should", List.of(match(1)));
		Bool q2 = bool("minimum_should_match", 1, "should", List.of(match(2)));
		assertThatIllegalArgumentException().isThrownBy(() -> q1.and(q2));
		assertThatIllegalArgumentException().isThrownBy(() -> q2.and(q1));
	}

	@Test
	void percentageMinimumShouldMatchCannotBeCombined() {
		Bool q1 = bool("minimum_should_match", "50%", "should", List.of(match(1)));
		Bool q2 = bool("minimum_should_match", 1, "should", List.of(match(2)));
		assertThatIllegalArgumentException().isThrownBy(() -> q1.and(q2));
		assertThatIllegalArgumentException().isThrownBy(() -> q2.and(q1));
	}

	@Test
	void invertedQueryBecomesBoolWithMustNot() {
		assertThat(Q.match("f", 42).not()).isEqualTo(bool("must_not", List.of(Q.match("f", 42))));
	}

	@Test
	void invertedQueryWithMustNotBecomesShould() {
		assertThat(bool("must_not", List.of(match(1), match(2))).not()).isEqualTo(bool("should", List.of(match(1), match(2))));
	}

	@Test
	void invertedQueryWithMustAndMustNot() {
		Bool query = bool("must", List.of(match(3), match(4)), "must_not", List.of(match(1), match(2)));
		assertThat(query.not()).isEqualTo(bool("should", List.of(bool("must_not", List.of(match(3))),
				bool("must_not", List.of(match(4))), match(1), match(2))));
	}

	@Test
	void doubleInvertReturnsOriginalQuery() {
		assertThat(Q.match("f", 42).not().not()).isEqualTo(Q.match("f", 42));
	}

	@Test
	void boolQueryGetsInvertedInternally() {
		Bool query = bool("must_not", List.of(Q.match("f", 42)), "must", List.of(Q.match("g", "v")));
		assertThat(query.not())
			.isEqualTo(bool("should", List.of(bool("must_not", List.of(Q.match("g", "v"))), Q.match("f", 42))));
	}

	@Test
	void matchAllOrSomethingIsMatchAll() {
		assertThat(Q.matchAll().or(Q.match("f", 42))).isEqualTo(Q.matchAll());
		assertThat(Q.match("f", 42).or(Q.matchAll())).isEqualTo(Q.matchAll());
	}

	@Test
	void orProducesBoolWithShould() {
		Query q1 = Q.match("f", 42);
		Query q2 = Q.match("g", "v");
		assertThat(q1.or(q2)).isEqualTo(bool("should", List.of(q1, q2)));
	}

	@Test
	void orWithNegatedQueryPutsTheBoolFirstIssue37() {
		assertThat(Q.match("f", 42).or(Q.match("f", 47).not()))
			.isEqualTo(bool("should", List.of(bool("must_not", List.of(Q.match("f", 47))), Q.match("f", 42))));
	}

	@Test
	void orOfTwoNegatedQueriesIssue96() {
		assertThat(Q.match("f", 42).not().or(Q.match("f", 47).not())).isEqualTo(bool("should",
				List.of(bool("must_not", List.of(Q.match("f", 42))), bool("must_not", List.of(Q.match("f", 47))))));
	}

	@Test
	void orAppendsAnotherQueryToShouldOnlyBool() {
		Bool qb = bool("should", List.of(match("v"), match("v2")));
		Query q = Q.match("g", 42);
		assertThat(q.or(qb)).isEqualTo(bool("should", List.of(match("v"), match("v2"), q)));
	}

	@Test
	void orOfShouldOnlyBoolsConcatenates() {
		Bool q1 = bool("should", List.of(match(1), match(2)));
		Bool q2 = bool("should", List.of(match(3), match(4)));
		assertThat(q1.or(q2)).isEqualTo(bool("should", List.of(match(1), match(2), match(3), match(4))));
	}

	@Test
	void orOfTwoBoolsAppendsOneToTheShouldOnlyOne() {
		Bool q1 = bool("should", List.of(match("v")));
		Bool q2 = bool("must", List.of(match("v")));
		assertThat(q1.or(q2)).isEqualTo(bool("should", List.of(match("v"), bool("must", List.of(match("v"))))));
		assertThat(q2.or(q1)).isEqualTo(bool("should", List.of(match("v"), bool("must", List.of(match("v"))))));
	}

	@Test
	void queriesAreRegistered() {
		assertThat(Q.names()).contains("match", "bool", "function_score");
		assertThat(Q.of("match", Map.of("f", "value")).name()).isEqualTo("match");
	}

	@Test
	void qPassesQueryThrough() {
		Query query = match("value1");
		assertThat(Q.from(query)).isSameAs(query);
	}

	@Test
	void qConstructsQueriesByNameAndFromMaps() {
		assertThat(Q.of("match", Map.of("f", "value")).params()).isEqualTo(Map.of("f", "value"));
		assertThat(Q.fromMap(Map.of("match", Map.of("f", "value"))).params()).isEqualTo(Map.of("f", "value"));
		assertThat(Q.fromMap(Map.of("bool", Map.of("must", List.of(Map.of("match", Map.of("f", "value")))))))
			.isEqualTo(bool("must", List.of(match("value"))));
	}

	@Test
	void qRaisesErrorOnUnknownQuery() {
		assertThatIllegalArgumentException().isThrownBy(() -> Q.of("not a query", Map.of("f", "value")));
	}

	@Test
	void dottedFieldNamesAreKeptAsGiven() {
		// Python turns comment__count into comment.count; in Java the dotted name is given directly
		assertThat(Q.term("comment.count", 2).toJson()).isEqualTo(json("{'term':{'comment.count':2}}"));
		assertThat(Q.term("comment__count", 2).toJson()).isEqualTo(json("{'term':{'comment__count':2}}"));
	}

	@Test
	void knnQuery() {
		assertThat(Q.knn("image-vector", List.of(-5, 9, -12), Map.of("num_candidates", 10)).toJson())
			.isEqualTo(json("{'knn':{'field':'image-vector','query_vector':[-5,9,-12],'num_candidates':10}}"));
	}

	@Test
	void scriptScore() {
		Map<String, Object> raw = map("script_score", map("query", map("match_all", map()), "script",
				map("source", "...", "params", map())));
		Query query = Q.fromMap(raw);
		assertThat(query.param("query")).isEqualTo(Q.matchAll());
		assertThat(query.param("script")).isEqualTo(map("source", "...", "params", map()));
		assertThat(query.toMap()).isEqualTo(raw);
	}

}
