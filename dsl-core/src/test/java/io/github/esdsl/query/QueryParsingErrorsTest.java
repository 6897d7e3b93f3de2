package io.github.esdsl.query;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.dsl.InvalidDslException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Malformed input gives an {@link InvalidDslException} saying what and where, never a
 * NullPointerException or ClassCastException.
 */
class QueryParsingErrorsTest {

	@Test
	void unknownQueryNameNamesTheClosestKnownOnes() {
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.of("mach", Map.of("f", 1)))
			.withMessageStartingWith("Unknown query type 'mach'; the closest known are match, ");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.of("multimatch", Map.of()))
			.withMessageContaining("multi_match");
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.fromMap(Map.of("match_phrase_prefx", Map.of())))
			.withMessageContaining("closest known are match_phrase_prefix");
	}

	@Test
	void unknownNameNestedInsideIsReportedWithItsPath() {
		Map<String, Object> raw = Map.of("bool", Map.of("must",
				List.of(Map.of("term", Map.of("a", 1)), Map.of("nested", Map.of("path", "x", "query", Map.of("mach", Map.of()))))));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(raw))
			.withMessageContaining("Unknown query type 'mach'")
			.satisfies((ex) -> assertThat(ex.path()).isEqualTo("bool.must[1].nested.query"));
	}

	@Test
	void mapWithMoreThanOneKeyIsRefused() {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("match", Map.of("f", 1));
		raw.put("term", Map.of("f", 1));
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(raw))
			.withMessage("A query map must have exactly one key, the query type, like {\"match\": {...}}, "
					+ "but got the keys [match, term]");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(Map.of()))
			.withMessageContaining("an empty map");
	}

	@Test
	void nullIsRefused() {
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(null))
			.withMessageContaining("not null");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.of("match", null))
			.withMessageContaining("must be a map");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.of(null, Map.of()))
			.withMessageContaining("Unknown query type");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Q.term("f", 1).and(null))
			.withMessageContaining("null");
	}

	@Test
	void nonMapParametersAreRefused() {
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(Map.of("match", "python")))
			.withMessage("The parameters of query 'match' must be a map like {\"match\": {...}} but got String python");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(Map.of("match", List.of())))
			.withMessageContaining("must be a map");
	}

	@Test
	void nonStringKeysAreRefused() {
		Map<Object, Object> raw = new HashMap<>();
		raw.put(1, Map.of());
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.from(raw))
			.withMessageContaining("must be a string but got Integer 1");
		Map<Object, Object> params = new HashMap<>();
		params.put(2, "x");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.from(Map.of("match", params)))
			.withMessageContaining("Keys of 'match' must be strings but got Integer 2");
	}

	@Test
	void nonQueryWhereAQueryBelongsIsRefused() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.fromMap(Map.of("bool", Map.of("must", "match_all"))))
			.withMessageContaining("Expected a query")
			.withMessageContaining("String match_all")
			.satisfies((ex) -> assertThat(ex.path()).isEqualTo("bool.must"));
		List<Object> withNull = new java.util.ArrayList<>();
		withNull.add(null);
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.fromMap(Map.of("bool", Map.of("filter", withNull))))
			.withMessageContaining("but got null")
			.satisfies((ex) -> assertThat(ex.path()).isEqualTo("bool.filter[0]"));
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.fromMap(Map.of("nested", Map.of("path", "p", "query", List.of()))))
			.withMessageContaining("Expected a query");
	}

	@Test
	void unsupportedValueTypesAreRefused() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.term("f", new StringBuilder("ok")).and(Q.term("g", Thread.currentThread())))
			.withMessageContaining("java.lang.Thread cannot be used");
	}

	@Test
	void deepNestingIsRefusedWithTheLimit() {
		Map<String, Object> raw = Map.of("match_all", Map.of());
		for (int i = 0; i < 1000; i++) {
			raw = Map.of("bool", Map.of("must", List.of(raw)));
		}
		Map<String, Object> deep = raw;
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.fromMap(deep))
			.withMessageContaining("nested deeper than " + DslObject.MAX_DEPTH + " levels");
		Map<String, Object> value = Map.of("leaf", 1);
		for (int i = 0; i < 1000; i++) {
			value = Map.of("x", value);
		}
		Map<String, Object> deepValue = value;
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.term("f", deepValue))
			.withMessageContaining("nested deeper than");
	}

	@Test
	void nestingWithinTheLimitIsAccepted() {
		// each bool level writes three levels of JSON: {"bool": {"must": [...]}}
		Map<String, Object> raw = Map.of("match_all", Map.of());
		for (int i = 0; i < 84; i++) {
			raw = Map.of("bool", Map.of("must", List.of(raw)));
		}
		assertThat(Q.fromMap(raw).toMap()).isEqualTo(raw);
	}

	@Test
	void requiredArgumentsMustNotBeNull() {
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.match((String) null, "x"))
			.withMessageContaining("The field of match must be a non-empty name");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.term("f", null))
			.withMessage("'value' of term must not be null");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.nested("path", null))
			.withMessage("'query' of nested must not be null");
		assertThatExceptionOfType(InvalidDslException.class).isThrownBy(() -> Q.ids((String[]) null))
			.withMessage("'values' of ids must not be null");
	}

	@Test
	void optionsMustNotRepeatRequiredArguments() {
		assertThatExceptionOfType(InvalidDslException.class)
			.isThrownBy(() -> Q.multiMatch("x", List.of("a"), Map.of("query", "y")))
			.withMessageContaining("Option 'query' of multi_match repeats a required argument");
	}

	@Test
	void unknownParametersPassThrough() {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("query", "x");
		options.put("brand_new_option", true);
		assertThat(Q.of("match", Map.of("f", options)).toJson())
			.isEqualTo("{\"match\":{\"f\":{\"query\":\"x\",\"brand_new_option\":true}}}");
	}

}
