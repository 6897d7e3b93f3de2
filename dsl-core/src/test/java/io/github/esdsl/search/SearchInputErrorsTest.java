package io.github.esdsl.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.Bodies.map;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Malformed input fails with an {@link InvalidDslException} that says what and where, never a
 * NullPointerException or ClassCastException.
 */
class SearchInputErrorsTest {

	private static void assertInvalid(String body, String... messageParts) {
		var assertion = assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.fromMap(map(body)));
		for (String part : messageParts) {
			assertion.withMessageContaining(part);
		}
	}

	@Test
	void malformedPartsNameWhere() {
		assertInvalid("{'query':'python'}", "Expected a query", "(at query)");
		assertInvalid("{'query':{'mtach':{'title':'x'}}}", "Unknown query type 'mtach'", "match");
		assertInvalid("{'post_filter':[1]}", "Expected a query", "post_filter");
		assertInvalid("{'aggs':{'a':{'trems':{'field':'x'}}}}", "trems", "aggs.a");
		assertInvalid("{'aggs':[1]}", "Expected aggregations by name");
		assertInvalid("{'aggs':{'a':{'terms':{}}},'aggregations':{'b':{'terms':{}}}}", "not both");
		assertInvalid("{'knn':'v'}", "Expected a kNN search");
		assertInvalid("{'knn':[{'field':'v'},3]}", "[1] is Integer 3");
		assertInvalid("{'rank':'rrf'}", "Expected a map like {\"rrf\": {}}", "rank");
		assertInvalid("{'collapse':'user'}", "Expected a map", "collapse");
		assertInvalid("{'_source':5}", "_source must be a boolean");
		assertInvalid("{'highlight':{'order':'score'}}", "needs 'fields'");
		assertInvalid("{'highlight':'title'}", "Expected a map", "highlight");
		assertInvalid("{'suggest':['x']}", "Expected a map", "suggest");
		assertInvalid("{'script_fields':'x'}", "Expected a map", "script_fields");
	}

	@Test
	void nullAndNonStringKeysAreRefused() {
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.fromMap(null))
			.withMessageContaining("not null");
		Map<Object, Object> raw = new HashMap<>();
		raw.put(1, "x");
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Map<String, ?> bad = (Map) raw;
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.fromMap(bad))
			.withMessageContaining("must be strings");
		assertThatIllegalArgumentException().isThrownBy(() -> Search.fromJson("{'query'"));
	}

	@Test
	void valuesOfUnsupportedTypesAreRefused() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Search.of().extra(Map.of("when", new Object())))
			.withMessageContaining("cannot be used")
			.withMessageContaining("extra.when");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Search.of().params(Map.of("routing", new Object())))
			.withMessageContaining("params.routing");
	}

	@Test
	void deepNestingIsRefused() {
		Map<String, Object> deep = new HashMap<>();
		Map<String, Object> current = deep;
		for (int i = 0; i < 400; i++) {
			Map<String, Object> next = new HashMap<>();
			current.put("x", next);
			current = next;
		}
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.fromMap(Map.of("ext", deep)))
			.withMessageContaining("deeper than");
	}

	@Test
	void slicingASearchWithANonIntegerSizeSaysSo() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Search.fromMap(map("{'size':'ten'}")).slice(1, 2))
			.withMessageContaining("'size' is String ten");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.of().size(-1))
			.withMessageContaining("must not be negative");
	}

	@Test
	void methodArgumentsAreChecked() {
		Search<?> s = Search.of();
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.query((io.github.esdsl.query.Query) null))
			.withMessageContaining("needs a query");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.filter(null));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.query("mtach", Map.of()))
			.withMessageContaining("mtach");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.sort("title", 5))
			.withMessageContaining("Sort key [1] is Integer 5");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.sort("-"));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.index("a", null))
			.withMessageContaining("index [1] was null");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.using(" "));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.docType(null));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.collapse((String) null));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.highlight((String) null));
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> s.highlightOptions(Map.of("fields", Map.of("x", Map.of()))))
			.withMessageContaining("highlight(field, options)");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.source("a", null))
			.withMessageContaining("[1] is null");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.suggest("", "t", Map.of()));
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> s.knn("v", 1, 2, List.of(1), Map.of("query_vector", List.of(2))))
			.withMessageContaining("give it once");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> s.knn("v", 1, 2, java.util.Arrays.asList(1, null)))
			.withMessageContaining("[1] is null");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> s.knn("v", 1, 2, List.of(1), Map.of("filter", "term")))
			.withMessageContaining("kNN filter");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.knn(Map.of("field", "v")))
			.withMessageContaining("neither");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.withAggs(java.util.Collections.singletonMap("a", null)));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Search.of((Class<?>) null));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> s.query(Q.term("a", "b")).query(null, null));
	}

}
