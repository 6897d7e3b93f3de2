package io.github.esdsl.search;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.esdsl.aggs.A;
import io.github.esdsl.json.HostileStrings;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile string in any value or name of a query, aggregation or search body lands in exactly
 * the place a benign one would: the request's JSON tree equals the benign request's tree with
 * the benign string replaced, and reading the JSON back gives the same request.
 */
class HostileStringsTest {

	private static final String PLACEHOLDER = "PLACEHOLDER";

	static Stream<Arguments> hostile() {
		return HostileStrings.short_().stream().map((value) -> Arguments.of(HostileStrings.label(value), value));
	}

	@org.junit.jupiter.api.Test
	void oneMegabyteValueKeepsTheStructure() {
		// as a value only: JSON parsers (Jackson's, hence Elasticsearch's) refuse names over 50,000 chars
		String value = HostileStrings.ONE_MEGABYTE;
		Search<?> hostile = values(value);
		String json = hostile.toJson();
		assertThat(json.length()).isGreaterThan(3 * value.length());
		assertThat(Json.parseMap(json)).isEqualTo(
				HostileStrings.substitute(Json.parseMap(values(PLACEHOLDER).toJson()), PLACEHOLDER, value));
		assertThat(Json.parseMap(Json.toBytes(hostile))).isEqualTo(Json.parseMap(json));
		assertThat(Search.fromJson(json).toJson()).isEqualTo(json);
	}

	@org.junit.jupiter.api.Test
	void nameOverTheParserLimitIsWrittenButRefusedWhenReadBack() {
		Search<?> search = Search.of().query(Q.term("k".repeat(50_001), "v"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> Search.fromJson(search.toJson()))
			.withMessageStartingWith("Invalid JSON: Name length (50001) exceeds the maximum allowed (50000");
	}

	private static Search<?> values(String s) {
		return Search.of("index").query(Q.match("title", s).and(Q.term("author", s)).and(Q.ids(s)))
			.postFilter(Q.wildcard("user", s))
			.extra("search_after", List.of(s));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void searchBodyKeepsItsStructure(String label, String value) {
		assertSameStructure(search(value), search(PLACEHOLDER), value);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostile")
	void rawBodyKeepsItsStructure(String label, String value) {
		Map<String, Object> raw = raw(value);
		Search<?> parsed = Search.fromMap(raw);
		assertThat(parsed.toMap()).isEqualTo(raw);
		assertThat(Json.parseMap(parsed.toJson())).isEqualTo(raw);
		assertThat(Json.parseMap(Json.toBytes(parsed))).isEqualTo(raw);
	}

	@Property(tries = 500)
	void anyStringKeepsTheStructure(@ForAll("anyString") String value) {
		assertSameStructure(search(value), search(PLACEHOLDER), value);
	}

	@Provide
	Arbitrary<String> anyString() {
		// every char, paired surrogates only: a lone surrogate is not Unicode text
		return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
			.filter((s) -> s.chars().noneMatch((c) -> Character.isSurrogate((char) c)) && !s.contains(PLACEHOLDER))
			// a leading '-' or '_' means descending or a special key to sort(); "m" is the other aggregation
			.filter((s) -> !s.startsWith("-") && !s.startsWith("_") && !s.equals("m"))
			.injectDuplicates(0.01);
	}

	private static void assertSameStructure(Search<?> hostile, Search<?> benign, String value) {
		String json = hostile.toJson();
		Object expected = HostileStrings.substitute(Json.parseMap(benign.toJson()), PLACEHOLDER, value);
		assertThat(Json.parseMap(json)).isEqualTo(expected);
		assertThat(Json.parseMap(Json.toBytes(hostile))).isEqualTo(expected);
		assertThat(new String(Json.toBytes(hostile), StandardCharsets.UTF_8)).isEqualTo(json);
		assertThat(Search.fromJson(json).toJson()).isEqualTo(json);
		assertThat(Q.fromJson(hostile.toMap().get("query") instanceof Map<?, ?> query ? Json.toJson(query) : "{}")
			.toJson()).isEqualTo(Json.toJson(hostile.toMap().get("query")));
	}

	/** The string as query values, field names, aggregation names and fields, sort, highlight, _source. */
	private static Search<?> search(String s) {
		Query query = Q.match("title", s).and(Q.term(s, s)).and(Q.terms("tags", List.of(s, "x")))
			.or(Q.multiMatch(s, "title", s)).and(Q.ids(s)).and(Q.nested(s, Q.prefix(s + ".name", s)))
			.and(Q.range("date", Map.of("gte", s))).and(Q.queryString(s));
		return Search.of("index").query(query)
			.postFilter(Q.wildcard("user", s))
			.aggs((aggs) -> aggs.bucket(s, A.terms(s, Map.of("include", s))).metric("m", A.max(s)))
			.sort(s)
			.highlight(s)
			.source(s)
			.extra("search_after", List.of(s));
	}

	private static Map<String, Object> raw(String s) {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("query", Map.of("bool", Map.of("must", List.of(Map.of("match", Map.of(s, Map.of("query", s)))))));
		raw.put("aggs", Map.of(s, Map.of("terms", Map.of("field", s), "aggs", Map.of(s, Map.of("max", Map.of("field", s))))));
		raw.put("post_filter", Map.of("term", Map.of(s, s)));
		raw.put("sort", List.of(Map.of(s, Map.of("order", "desc"))));
		raw.put("highlight", Map.of("fields", Map.of(s, Map.of())));
		raw.put("_source", List.of(s));
		raw.put(s, s);
		return raw;
	}

}
