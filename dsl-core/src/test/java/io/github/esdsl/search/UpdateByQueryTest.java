package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.Document;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Bool;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.Bodies.assertBody;
import static io.github.esdsl.search.Bodies.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cases of the Python DSL's {@code test_update_by_query.py}, and the Java additions.
 */
class UpdateByQueryTest {

	@Test
	void startsWithNoQuery() {
		assertThat(UpdateByQuery.of().query()).isEmpty();
	}

	@Test
	void toMapOfQueryAndExtra() {
		UpdateByQuery ubq = UpdateByQuery.of();
		assertBody(ubq, "{}");
		ubq = ubq.query("match", Map.of("f", 42));
		assertBody(ubq, "{'query':{'match':{'f':42}}}");
		assertBody(UpdateByQuery.of().extra(Map.of("size", 5)), "{'size':5}");
		assertBody(UpdateByQuery.of().extra(Map.of("extra_q", Q.term("category", "conference"))),
				"{'extra_q':{'term':{'category':'conference'}}}");
	}

	@Test
	void complexExample() {
		Map<String, Object> script = new LinkedHashMap<>();
		script.put("source", "ctx._source.likes += params.f");
		script.put("lang", "painless");
		script.put("params", Map.of("f", 3));
		UpdateByQuery ubq = UpdateByQuery.of()
			.query("match", Map.of("title", "python"))
			.query(Q.match("title", "ruby").not())
			.filter(Q.term("category", "meetup").or(Q.term("category", "conference")))
			.script(script);
		ubq = ubq.withQuery(((Bool) ubq.query().orElseThrow()).withMinimumShouldMatch(2));
		assertBody(ubq, "{'query':{'bool':{'filter':[{'bool':{'should':[{'term':{'category':'meetup'}},"
				+ "{'term':{'category':'conference'}}]}}],'must':[{'match':{'title':'python'}}],"
				+ "'must_not':[{'match':{'title':'ruby'}}],'minimum_should_match':2}},"
				+ "'script':{'source':'ctx._source.likes += params.f','lang':'painless','params':{'f':3}}}");
		assertThat(ubq.toJson()).endsWith(Bodies.json(
				"'script':{'source':'ctx._source.likes += params.f','lang':'painless','params':{'f':3}}}"));
	}

	@Test
	void exclude() {
		assertBody(UpdateByQuery.of().exclude("match", Map.of("title", "python")),
				"{'query':{'bool':{'filter':[{'bool':{'must_not':[{'match':{'title':'python'}}]}}]}}}");
	}

	@Test
	void reverse() {
		String body = "{'query':{'bool':{'filter':[{'bool':{'should':[{'term':{'category':'meetup'}},"
				+ "{'term':{'category':'conference'}}]}}],'must':[{'bool':{'must':[{'match':{'title':'python'}}],"
				+ "'must_not':[{'match':{'title':'ruby'}}],'minimum_should_match':2}}]}},"
				+ "'script':{'source':'ctx._source.likes += params.f','lang':'painless','params':{'f':3}}}";
		Map<String, Object> d = map(body);
		UpdateByQuery ubq = UpdateByQuery.fromMap(d);
		assertThat(d).isEqualTo(map(body));
		assertThat(ubq.toMap()).isEqualTo(d);
		assertThat(ubq.toJson()).isEqualTo(Bodies.json(body));
	}

	@Test
	void fromMapDoesNotNeedQuery() {
		assertBody(UpdateByQuery.fromMap(map("{'script':{'source':'test'}}")), "{'script':{'source':'test'}}");
	}

	@Test
	void paramsAndIndexAreKeptForTheRequest() {
		UpdateByQuery ubq = UpdateByQuery.of("i").params(Map.of("routing", "42"));
		assertThat(ubq.indices()).containsExactly("i");
		assertThat(ubq.params()).isEqualTo(Map.of("routing", "42"));
		assertBody(ubq, "{}");
	}

	@Test
	void scriptIsOverwritten() {
		UpdateByQuery ubq = UpdateByQuery.of()
			.script(Map.of("source", "ctx._source.likes += params.f", "lang", "painless", "params", Map.of("f", 3)));
		assertBody(ubq, "{'script':{'source':'ctx._source.likes += params.f','lang':'painless','params':{'f':3}}}");
		ubq = ubq.script(Map.of("source", "ctx._source.likes++"));
		assertBody(ubq, "{'script':{'source':'ctx._source.likes++'}}");
		assertBody(ubq.script("ctx._source.n = 1"), "{'script':{'source':'ctx._source.n = 1'}}");
		assertBody(ubq.script(Map.of()), "{}");
	}

	@Test
	void stringScriptRoundTrips() {
		assertBody(UpdateByQuery.fromMap(map("{'script':'ctx._source.n++','conflicts':'proceed'}")),
				"{'script':'ctx._source.n++','conflicts':'proceed'}");
	}

	@Test
	void updateFromMapReturnsANewRequest() {
		UpdateByQuery ubq = UpdateByQuery.of("i").query(Q.term("a", "b"));
		UpdateByQuery updated = ubq.updateFromMap(map("{'query':{'match_all':{}},'max_docs':10}"));
		assertBody(updated, "{'query':{'match_all':{}},'max_docs':10}");
		assertBody(ubq, "{'query':{'term':{'a':'b'}}}");
		assertThat(updated.indices()).containsExactly("i");
	}

	@Test
	void malformedQueryNamesWhere() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> UpdateByQuery.fromMap(map("{'query':{'mtach':{'title':'x'}}}")))
			.withMessageContaining("mtach")
			.withMessageContaining("at query");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> UpdateByQuery.fromMap(map("{'query':'python'}")))
			.withMessageContaining("Expected a query");
	}

	@Test
	void documentClassGivesIndexAndAlias() {
		UpdateByQuery ubq = UpdateByQuery.of(Post.class);
		assertThat(ubq.indices()).containsExactly("blog");
		assertThat(ubq.alias()).isEqualTo("analytics");
	}

	@Test
	void equalityAndCopies() {
		UpdateByQuery a = UpdateByQuery.of("i").query(Q.term("a", "b")).script("x");
		UpdateByQuery b = UpdateByQuery.of("i").query(Q.term("a", "b")).script("x");
		assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
		assertThat(a).isNotEqualTo(a.using("other")).isNotEqualTo(a.extra(Map.of("max_docs", 1)));
		assertThat(a.index("j").indices()).containsExactly("i", "j");
		assertThat(a.indices()).containsExactly("i");
		assertThat(a.toString()).contains("UpdateByQuery").contains("[i]");
		assertThat(a.script()).contains(Map.of("source", "x"));
		assertThat(List.of(a.params())).containsExactly(Map.of());
	}

	@Document(index = "blog", using = "analytics")
	record Post(String title) {
	}

}
