package io.github.esdsl.connection;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.JsonWritable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Building {@link RawRequest}s.
 */
class RawRequestTest {

	@Test
	void pathSegmentsAreEncodedButIndexListsStayReadable() {
		assertThat(RawRequest.pathOf("my-index", "_doc", "a/b c?#%+é")).isEqualTo("/my-index/_doc/a%2Fb%20c%3F%23%25%2B%C3%A9");
		assertThat(RawRequest.pathOf("logs-*,metrics-2024.01", "_search")).isEqualTo("/logs-*,metrics-2024.01/_search");
		assertThat(RawRequest.pathOf()).isEqualTo("/");
	}

	@Test
	void missingSegmentIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.pathOf("idx", "_doc", null))
			.withMessage("Path segment 3 of 3 is null; an index name or id is missing");
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.pathOf("", "_search"))
			.withMessage("Path segment 1 of 2 is empty; an index name or id is missing");
	}

	@Test
	void pathsWithQueryOrRawCharactersAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.get("/idx/_search?q=x"))
			.withMessage("Path '/idx/_search?q=x' must not contain a query or fragment: use param(name, value) instead");
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.get("/idx/_doc/a b"))
			.withMessage("Path '/idx/_doc/a b' has characters that must be encoded: build it with RawRequest.pathOf(segments...)");
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.of("FETCH", "/"))
			.withMessage("Unsupported HTTP method 'FETCH': use one of [GET, POST, PUT, DELETE, HEAD, PATCH]");
		assertThat(RawRequest.of("get", "idx/_count").method()).isEqualTo("GET");
		assertThat(RawRequest.get("idx/_count").path()).isEqualTo("/idx/_count");
	}

	@Test
	void paramValuesBecomeText() {
		enum Refresh { WAIT_FOR }
		RawRequest request = RawRequest.get("/idx/_search")
			.params(new LinkedHashMap<>(Map.of("size", 10)))
			.param("refresh", Refresh.WAIT_FOR)
			.param("_source_includes", new String[] { "a", "b" })
			.param("allow_partial_search_results", false);
		assertThat(request.params()).containsExactly(Map.entry("size", "10"), Map.entry("refresh", "wait_for"),
				Map.entry("_source_includes", "a,b"), Map.entry("allow_partial_search_results", "false"));
		assertThat(request.pathAndQuery())
			.isEqualTo("/idx/_search?size=10&refresh=wait_for&_source_includes=a,b&allow_partial_search_results=false");
	}

	@Test
	void unsupportedParamTypeIsNamed() {
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.get("/").param("when", new Object()))
			.withMessage("Parameter 'when' has a value of type java.lang.Object; use a String, Number, Boolean, Enum, "
					+ "Duration or a Collection of them");
	}

	@Test
	void bodiesFromMapsWritablesTextAndBytes() {
		JsonWritable writable = () -> new LinkedHashMap<>(Map.of("query", Map.of("match_all", Map.of())));
		assertThat(text(RawRequest.post("/").body(writable))).isEqualTo("{\"query\":{\"match_all\":{}}}");
		assertThat(text(RawRequest.post("/").body(Map.of("a", 1)))).isEqualTo("{\"a\":1}");
		assertThat(text(RawRequest.post("/").body("{\"raw\":true}"))).isEqualTo("{\"raw\":true}");
		byte[] bytes = "{\"b\":2}".getBytes(StandardCharsets.UTF_8);
		assertThat(RawRequest.post("/").body(bytes).body()).isSameAs(bytes);
		assertThat(RawRequest.post("/").body(null).body()).isNull();
	}

	@Test
	void ndjsonLinesEndWithNewlines() {
		RawRequest request = RawRequest.post("/_bulk").ndjson(List.of(Map.of("index", Map.of("_id", "1")),
				"{\"title\":\"a\"}", "{\"delete\":{\"_id\":\"2\"}}".getBytes(StandardCharsets.UTF_8)));
		assertThat(text(request)).isEqualTo("{\"index\":{\"_id\":\"1\"}}\n{\"title\":\"a\"}\n{\"delete\":{\"_id\":\"2\"}}\n");
		assertThat(request.isNdjson()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.post("/_bulk").ndjson(List.of("{}\n{}")))
			.withMessage("NDJSON line 1 contains a line break");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> RawRequest.post("/_bulk").ndjson("{}".getBytes(StandardCharsets.UTF_8)))
			.withMessage("An NDJSON body must end with a newline");
	}

	@Test
	void headCannotHaveABody() {
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.head("/idx").body(Map.of()))
			.withMessage("A HEAD request cannot have a body: HEAD /idx");
	}

	@Test
	void operationDefaultsToTheFirstUnderscoreSegment() {
		assertThat(RawRequest.post("/idx/_search").operation()).isEqualTo("search");
		assertThat(RawRequest.post("/_msearch").operation()).isEqualTo("msearch");
		assertThat(RawRequest.put("/idx").operation()).isEqualTo("request");
		assertThat(RawRequest.put("/idx").operation("indices.create").operation()).isEqualTo("indices.create");
	}

	@Test
	void ignoreAcceptsOnlyErrorStatuses() {
		RawRequest request = RawRequest.get("/").ignore(404, 409);
		assertThat(request.ignores(404)).isTrue();
		assertThat(request.ignores(400)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> RawRequest.get("/").ignore(200))
			.withMessage("Only error statuses (400-599) can be ignored, not 200");
	}

	@Test
	void requestsAreImmutable() {
		RawRequest base = RawRequest.get("/idx/_search");
		RawRequest withParam = base.param("size", 1).header("X-Opaque-Id", "a");
		assertThat(base.params()).isEmpty();
		assertThat(base.headers()).isEmpty();
		assertThat(withParam.params()).containsEntry("size", "1");
	}

	@Test
	void toStringShowsNoSecretHeaderValuesAndNoBody() {
		RawRequest request = RawRequest.post("/idx/_search").header("Authorization", "Bearer xyz")
			.header("X-Opaque-Id", "op-1").body(Map.of("secret", "body"));
		assertThat(request).hasToString("POST /idx/_search {Authorization=******, X-Opaque-Id=op-1} (17 bytes)");
	}

	private static String text(RawRequest request) {
		return new String(request.body(), StandardCharsets.UTF_8);
	}

}
