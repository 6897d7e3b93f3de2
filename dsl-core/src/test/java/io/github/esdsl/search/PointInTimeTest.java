package io.github.esdsl.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.esdsl.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The requests of a point in time: its keep-alive, the id taken from each response, closing it.
 */
class PointInTimeTest {

	private CannedServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = new CannedServer();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private static String page(String pitId, int... ids) {
		return SearchRequestsTest.page("\"pit_id\":\"" + pitId + "\",", ids);
	}

	@Test
	void eachSearchIsBoundToTheLatestIdAndKeepAlive() {
		this.server.answer("{\"id\":\"pit-1\"}")
			.answer(page("pit-2", 1, 2))
			.answer(page("pit-3"))
			.answer("{\"succeeded\":true,\"num_freed\":1}");
		try (PointInTime<Map<String, Object>> pit = Search.of("a", "b").using(this.server.connection()).sort("n")
			.pointInTime(Duration.ofSeconds(90))) {
			Response<Map<String, Object>> first = pit.execute();
			assertThat(pit.id()).isEqualTo("pit-2");
			Response<Map<String, Object>> next = pit.execute(first.searchAfter());
			assertThat(next.isEmpty()).isTrue();
			assertThat(pit.id()).isEqualTo("pit-3");
		}
		List<CannedServer.Received> requests = this.server.received();
		assertThat(requests).extracting(CannedServer.Received::method, CannedServer.Received::pathAndQuery)
			.containsExactly(tuple("POST", "/a,b/_pit?keep_alive=90s"), tuple("POST", "/_search"),
					tuple("POST", "/_search"), tuple("DELETE", "/_pit"));
		assertThat(Json.parseMap(requests.get(1).body()))
			.isEqualTo(Map.of("sort", List.of("n"), "pit", Map.of("id", "pit-1", "keep_alive", "90s")));
		assertThat(Json.parseMap(requests.get(2).body())).isEqualTo(Map.of("sort", List.of("n"), "search_after",
				List.of(2), "pit", Map.of("id", "pit-2", "keep_alive", "90s")));
		assertThat(Json.parseMap(requests.get(3).body())).isEqualTo(Map.of("id", "pit-3"));
	}

	@Test
	void iterateOpensItsPointInTimeWithTheGivenKeepAlive() {
		this.server.answer("{\"id\":\"pit-1\"}").answer(page("pit-1")).answer("{\"succeeded\":true,\"num_freed\":1}");
		try (Stream<Map<String, Object>> docs = Search.of("a").using(this.server.connection())
			.iterate(5, Duration.ofMillis(1500))) {
			assertThat(docs.toList()).isEmpty();
		}
		assertThat(this.server.received().get(0).pathAndQuery()).isEqualTo("/a/_pit?keep_alive=1500ms");
		assertThat(Json.parseMap(this.server.received().get(1).body())).containsEntry("pit",
				Map.of("id", "pit-1", "keep_alive", "1500ms"));
	}

	@Test
	void keepAliveIsWrittenInTheLargestWholeUnitAndMustBePositive() {
		assertThat(PointInTime.keepAlive(Duration.ofMinutes(5))).isEqualTo("5m");
		assertThat(PointInTime.keepAlive(Duration.ofSeconds(30))).isEqualTo("30s");
		assertThat(PointInTime.keepAlive(Duration.ofMillis(250))).isEqualTo("250ms");
		assertThatIllegalArgumentException().isThrownBy(() -> PointInTime.keepAlive(Duration.ofSeconds(-1)))
			.withMessage("The keep-alive of a point in time must be positive, got PT-1S");
		assertThat(this.server.received()).isEmpty();
	}

}
