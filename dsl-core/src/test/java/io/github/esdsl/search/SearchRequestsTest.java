package io.github.esdsl.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.esdsl.aggs.A;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact HTTP requests behind execute, count, iterate, scan and multi search.
 */
class SearchRequestsTest {

	private static final String EMPTY_PAGE = "{\"took\":1,\"timed_out\":false,\"hits\":{\"hits\":[]}}";

	private CannedServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = new CannedServer();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	static String page(String pitOrScroll, int... ids) {
		StringBuilder hits = new StringBuilder();
		for (int id : ids) {
			hits.append((hits.length() > 0) ? "," : "")
				.append("{\"_index\":\"i\",\"_id\":\"" + id + "\",\"_source\":{\"n\":" + id + "},\"sort\":[" + id + "]}");
		}
		return "{\"took\":1,\"timed_out\":false," + pitOrScroll + "\"hits\":{\"hits\":[" + hits + "]}}";
	}

	@Test
	void executeSendsTheBodyAndParamsToSearch() {
		this.server.answer(EMPTY_PAGE);
		Search.of("blog").using(this.server.connection()).query(Q.match("title", "java")).params(Map.of("routing", "r1"))
			.execute();
		CannedServer.Received request = this.server.received().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.pathAndQuery()).isEqualTo("/blog/_search?routing=r1");
		assertThat(Json.parseMap(request.body())).isEqualTo(Map.of("query", Map.of("match", Map.of("title", "java"))));
	}

	@Test
	void countSendsOnlyTheQueryToCount() {
		this.server.answer("{\"count\":42,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0}}");
		long count = Search.of().using(this.server.connection())
			.query(Q.term("tag", "x"))
			.sort("-n")
			.size(5)
			.aggs((a) -> a.bucket("t", A.terms("tag")))
			.count();
		assertThat(count).isEqualTo(42);
		CannedServer.Received request = this.server.received().get(0);
		assertThat(request.pathAndQuery()).isEqualTo("/_count");
		assertThat(Json.parseMap(request.body())).isEqualTo(Map.of("query", Map.of("term", Map.of("tag", "x"))));
	}

	@Test
	void iterateOpensAPointInTimePagesWithSearchAfterAndClosesIt() {
		this.server.answer("{\"id\":\"pit-1\"}")
			.answer(page("\"pit_id\":\"pit-2\",", 1, 2))
			.answer(page("\"pit_id\":\"pit-3\",", 3))
			.answer(page("\"pit_id\":\"pit-3\","))
			.answer("{\"succeeded\":true,\"num_freed\":1}");
		try (Stream<Map<String, Object>> docs = Search.of("a", "b").using(this.server.connection()).iterate(2)) {
			assertThat(docs.map((doc) -> doc.get("n")).toList()).containsExactly(1, 2, 3);
		}
		List<CannedServer.Received> requests = this.server.received();
		assertThat(requests).extracting(CannedServer.Received::method, CannedServer.Received::pathAndQuery)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/a,b/_pit?keep_alive=1m"),
					org.assertj.core.groups.Tuple.tuple("POST", "/_search"), org.assertj.core.groups.Tuple.tuple("POST", "/_search"),
					org.assertj.core.groups.Tuple.tuple("POST", "/_search"), org.assertj.core.groups.Tuple.tuple("DELETE", "/_pit"));
		assertThat(Json.parseMap(requests.get(1).body())).isEqualTo(Map.of("sort", List.of("_shard_doc"), "size", 2, "from", 0,
				"track_total_hits", false, "pit", Map.of("id", "pit-1", "keep_alive", "1m")));
		assertThat(Json.parseMap(requests.get(2).body())).containsEntry("search_after", List.of(2))
			.containsEntry("pit", Map.of("id", "pit-2", "keep_alive", "1m"));
		assertThat(Json.parseMap(requests.get(3).body())).containsEntry("search_after", List.of(3));
		assertThat(Json.parseMap(requests.get(4).body())).isEqualTo(Map.of("id", "pit-3"));
	}

	@Test
	void aStreamClosedBeforeUseOpensNothing() {
		Search.of("a").using(this.server.connection()).iterate(10).close();
		assertThat(this.server.received()).isEmpty();
	}

	@Test
	void scanScrollsAndClearsTheScroll() {
		this.server.answer(page("\"_scroll_id\":\"s-1\",", 1, 2))
			.answer(page("\"_scroll_id\":\"s-2\",", 3))
			.answer(page("\"_scroll_id\":\"s-2\","))
			.answer("{\"succeeded\":true,\"num_freed\":1}");
		try (Stream<Map<String, Object>> docs = Search.of("a").using(this.server.connection()).query(Q.term("x", 1)).scan()) {
			assertThat(docs.map((doc) -> doc.get("n")).toList()).containsExactly(1, 2, 3);
		}
		List<CannedServer.Received> requests = this.server.received();
		assertThat(requests).extracting(CannedServer.Received::method, CannedServer.Received::pathAndQuery)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/a/_search?scroll=5m"),
					org.assertj.core.groups.Tuple.tuple("POST", "/_search/scroll"),
					org.assertj.core.groups.Tuple.tuple("POST", "/_search/scroll"),
					org.assertj.core.groups.Tuple.tuple("DELETE", "/_search/scroll"));
		assertThat(Json.parseMap(requests.get(0).body())).isEqualTo(Map.of("query", Map.of("term", Map.of("x", 1)),
				"size", 1000, "sort", List.of("_doc")));
		assertThat(Json.parseMap(requests.get(1).body())).isEqualTo(Map.of("scroll", "5m", "scroll_id", "s-1"));
		assertThat(Json.parseMap(requests.get(3).body())).isEqualTo(Map.of("scroll_id", List.of("s-2")));
	}

	@Test
	void multiSearchSendsNdjsonAndReadsOneResponsePerSearch() {
		this.server.answer("{\"took\":2,\"responses\":[" + page("", 1) + "," + page("", 2, 3) + "]}");
		List<Response<?>> responses = MultiSearch.of("logs").using(this.server.connection())
			.add(Search.of("a").query(Q.term("x", 1)))
			.add(Search.of())
			.execute();
		assertThat(responses).extracting(Response::size).containsExactly(1, 2);
		CannedServer.Received request = this.server.received().get(0);
		assertThat(request.pathAndQuery()).isEqualTo("/logs/_msearch");
		assertThat(request.body()).isEqualTo("{\"index\":[\"a\"]}\n{\"query\":{\"term\":{\"x\":1}}}\n{}\n{}\n");
	}

}
