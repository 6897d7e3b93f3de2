package io.github.esdsl.search;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import io.github.esdsl.aggs.A;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random chains of Search methods (seeded, so failures repeat): the streamed JSON is the JSON of
 * {@code toMap()}, {@code fromMap(toMap())} gives the same body and an equal search, and the
 * search a chain started from is unchanged.
 */
class SearchPropertiesTest {

	private static final List<UnaryOperator<Search<?>>> STEPS = List.of(
			(s) -> s.query(Q.match("title", "python")),
			(s) -> s.query(Q.term("tag", "a").or(Q.term("tag", "b"))),
			(s) -> s.filter(Q.range("n", Map.of("gte", 1))),
			(s) -> s.exclude(Q.term("state", "draft")),
			(s) -> s.postFilter(Q.terms("tags", List.of("x", "y"))),
			(s) -> s.knn("v", 3, 10, List.of(0.5, 1)),
			(s) -> s.knn("w", 1, 5, null, Map.of("query_vector_builder", Map.of("text_embedding", Map.of("model_id", "m")),
					"filter", Q.term("f", 1), "boost", 2)),
			(s) -> s.rank(Map.of("rrf", Map.of())),
			(s) -> s.sort("a", "-b", Map.of("c", Map.of("order", "asc"))),
			(s) -> s.sort(),
			(s) -> s.slice(2, 30),
			(s) -> s.slice(1),
			(s) -> s.sliceTo(7),
			(s) -> s.at(3),
			(s) -> s.from(4),
			(s) -> s.size(9),
			(s) -> s.highlightOptions(Map.of("order", "score")),
			(s) -> s.highlight("title", Map.of("fragment_size", 50)),
			(s) -> s.suggest("s", "pyhton", Map.of("term", Map.of("field", "title"))),
			(s) -> s.suggest("c", "py", Map.of("completion", Map.of("field", "suggest"))),
			(s) -> s.collapse("user", Map.of("inner_hits", Map.of("name", "r", "size", 2))),
			(s) -> s.collapse(),
			(s) -> s.source("a", "b"),
			(s) -> s.source(false),
			(s) -> s.sourceIncludes("x.*"),
			(s) -> s.sourceExcludes("y"),
			(s) -> s.source(),
			(s) -> s.scriptFields(Map.of("t", "doc['n'].value * 2")),
			(s) -> s.extra(Map.of("explain", true, "min_score", 0.5)),
			(s) -> s.searchAfter(List.of(1, "a")),
			(s) -> s.trackTotalHits(1000),
			(s) -> s.aggs((aggs) -> aggs.bucket("per_tag", A.terms("tag")).metric("m", A.max("n"))),
			(s) -> s.aggs((aggs) -> aggs.metric("total", A.sum("n"))),
			(s) -> s.withQuery(null));

	@Test
	void randomChainsSerializeConsistentlyAndRoundTrip() {
		Random random = new Random(20240611L);
		for (int run = 0; run < 500; run++) {
			Search<?> start = Search.of("i");
			Search<?> s = start;
			int length = 1 + random.nextInt(12);
			for (int i = 0; i < length; i++) {
				s = STEPS.get(random.nextInt(STEPS.size())).apply(s);
			}
			Map<String, Object> map = s.toMap();
			assertThat(s.toJson()).isEqualTo(Json.toJson(map));
			Search<?> parsed = Search.fromMap(map);
			assertThat(parsed.toMap()).isEqualTo(map);
			assertThat(parsed.toJson()).isEqualTo(s.toJson());
			assertThat(Search.fromMap(Json.parseMap(s.toJson())).toJson()).isEqualTo(s.toJson());
			assertThat(start.toMap()).isEmpty();
		}
	}

}
