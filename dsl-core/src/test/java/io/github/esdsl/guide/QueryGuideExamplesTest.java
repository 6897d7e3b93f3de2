package io.github.esdsl.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.query.Bool;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query examples of the guide's "Queries", "Dotted fields", "Query combination", "Filters"
 * and "More Like This Query" sections, written against the public API from outside its package,
 * with the exact JSON.
 */
class QueryGuideExamplesTest {

	private static String json(String singleQuoted) {
		return singleQuoted.replace('\'', '"');
	}

	private static Map<String, Object> map(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	// Queries

	@Test
	void multiMatchClassBased() {
		assertThat(Q.multiMatch("python django", "title", "body").toJson())
			.isEqualTo(json("{'multi_match':{'query':'python django','fields':['title','body']}}"));
	}

	@Test
	void matchWithFieldAndParameterObject() {
		String expected = json("{'match':{'title':{'query':'web framework','type':'phrase'}}}");
		assertThat(Q.match("title", map("query", "web framework", "type", "phrase")).toJson()).isEqualTo(expected);
		// "type" is not an option of match in the 9.5 specification: the escape hatch sets it
		assertThat(Q.match("title", "web framework", (o) -> o.param("type", "phrase")).toJson()).isEqualTo(expected);
		assertThat(Q.match("title", "web framework", Map.of("type", "phrase")).toJson()).isEqualTo(expected);
	}

	@Test
	void qShortcutByNameAndFromRawMapAreEqual() {
		Query byName = Q.of("multi_match", map("query", "python django", "fields", List.of("title", "body")));
		Query fromMap = Q.fromMap(Map.of("multi_match", map("query", "python django", "fields", List.of("title", "body"))));
		assertThat(byName).isEqualTo(fromMap).isEqualTo(Q.multiMatch("python django", "title", "body"));
		assertThat(byName.toJson()).isEqualTo(json("{'multi_match':{'query':'python django','fields':['title','body']}}"));
	}

	@Test
	void boolOfMatches() {
		Query query = Q.of("bool", Map.of("must", List.of(Q.match("title", "python"), Q.match("body", "best"))));
		assertThat(query.toJson())
			.isEqualTo(json("{'bool':{'must':[{'match':{'title':'python'}},{'match':{'body':'best'}}]}}"));
	}

	// Dotted fields

	@Test
	void dottedFieldNamesAreGivenAsTheyAre() {
		assertThat(Q.term("category.keyword", "Python").toJson()).isEqualTo(json("{'term':{'category.keyword':'Python'}}"));
		assertThat(Q.match("address.city", "prague").toJson()).isEqualTo(json("{'match':{'address.city':'prague'}}"));
		assertThat(Q.of("term", Map.of("category.keyword", "Python")))
			.isEqualTo(Q.term("category.keyword", "Python"));
	}

	@Test
	void filterThenQueryOnDottedFields() {
		// s.filter('term', category__keyword='Python').query('match', address__city='prague')
		Query query = Q.bool((b) -> b.filter(Q.term("category.keyword", "Python")))
			.and(Q.match("address.city", "prague"));
		assertThat(query.toJson()).isEqualTo(json("{'bool':{'must':[{'match':{'address.city':'prague'}}],"
				+ "'filter':[{'term':{'category.keyword':'Python'}}]}}"));
	}

	// Query combination

	@Test
	void orIsShould() {
		assertThat(Q.match("title", "python").or(Q.match("title", "django")).toJson())
			.isEqualTo(json("{'bool':{'should':[{'match':{'title':'python'}},{'match':{'title':'django'}}]}}"));
	}

	@Test
	void andIsMust() {
		assertThat(Q.match("title", "python").and(Q.match("title", "django")).toJson())
			.isEqualTo(json("{'bool':{'must':[{'match':{'title':'python'}},{'match':{'title':'django'}}]}}"));
	}

	@Test
	void notIsMustNot() {
		assertThat(Q.match("title", "python").not().toJson())
			.isEqualTo(json("{'bool':{'must_not':[{'match':{'title':'python'}}]}}"));
	}

	@Test
	void preciseBoolWithMinimumShouldMatch() {
		Query query = Q.bool((b) -> b.must(Q.match("title", "python"))
			.should(List.of(Q.match("title", "django"), Q.match("title", "flask")))
			.minimumShouldMatch(1));
		assertThat(query).isEqualTo(Q.bool(map("must", List.of(Q.match("title", "python")), "should",
				List.of(Q.match("title", "django"), Q.match("title", "flask")), "minimum_should_match", 1)));
		assertThat(query.toJson()).isEqualTo(json("{'bool':{'must':[{'match':{'title':'python'}}],'should':["
				+ "{'match':{'title':'django'}},{'match':{'title':'flask'}}],'minimum_should_match':1}}"));
		Bool built = Q.bool()
			.withMust(Q.match("title", "python"))
			.withShould(Q.match("title", "django"), Q.match("title", "flask"))
			.withMinimumShouldMatch(1);
		assertThat(built.toJson()).isEqualTo(query.toJson());
	}

	// Filters

	@Test
	void filterIsBoolFilter() {
		Query query = Q.bool((b) -> b.filter(Q.terms("tags", List.of("search", "python"))));
		assertThat(query.toJson()).isEqualTo(json("{'bool':{'filter':[{'terms':{'tags':['search','python']}}]}}"));
		assertThat(Q.bool().withFilter(Q.terms("tags", List.of("search", "python")))).isEqualTo(query);
	}

	@Test
	void excludeIsBoolFilterOfNegation() {
		Query query = Q.bool((b) -> b.filter(Q.terms("tags", List.of("search", "python")).not()));
		assertThat(query.toJson())
			.isEqualTo(json("{'bool':{'filter':[{'bool':{'must_not':[{'terms':{'tags':['search','python']}}]}}]}}"));
	}

	// More Like This

	@Test
	void moreLikeThisOnTwoFields() {
		Query query = Q.moreLikeThis("I want to find something similar", (o) -> o.fields(List.of("text", "title")));
		assertThat(query).isEqualTo(
				Q.moreLikeThis("I want to find something similar", Map.of("fields", List.of("text", "title"))));
		assertThat(query.toJson()).isEqualTo(
				json("{'more_like_this':{'like':'I want to find something similar','fields':['text','title']}}"));
	}

}
