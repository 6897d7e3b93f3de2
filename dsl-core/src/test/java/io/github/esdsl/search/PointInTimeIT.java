package io.github.esdsl.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RequestInfo;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.query.Q;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.LiveFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The public point in time and {@code search_after} from a response, on the real node: Python's
 * {@code point_in_time()}, {@code search_after()} and {@code iterate(keep_alive)}.
 */
@WithElasticsearch
class PointInTimeIT {

	record Numbered(int n) {
	}

	private static final ConcurrentLinkedQueue<RequestInfo> requests = new ConcurrentLinkedQueue<>();

	private static Connection connection;

	private static String index;

	@BeforeAll
	static void load(ElasticsearchEndpoint node) {
		connection = LiveFixtures.connect(node, RequestListener.onCompletion((request, outcome) -> requests.add(request)));
		index = LiveFixtures.newIndex("pit");
		connection.client().indices().create(index, map("settings", map("number_of_shards", 2),
				"mappings", map("properties", map("n", map("type", "integer")))));
		LiveFixtures.bulk(connection, index, numbered(0, 25));
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@AfterEach
	void nothingIsLeftOpen() {
		assertThat(LiveFixtures.searchStat(connection, "open_contexts")).as("open point in time readers").isZero();
	}

	private static Map<String, Map<String, Object>> numbered(int from, int to) {
		Map<String, Map<String, Object>> documents = new LinkedHashMap<>();
		for (int i = from; i < to; i++) {
			documents.put(Integer.toString(i), map("n", i));
		}
		return documents;
	}

	private static Search<Numbered> numbers(String index) {
		return Search.of(Numbered.class).index(index).using(connection);
	}

	@Test
	void pagesInAPointInTimeSeeTheIndexAsItWasWhenOpened() {
		String own = LiveFixtures.newIndex("pit-snapshot");
		LiveFixtures.bulk(connection, own, numbered(0, 10));
		List<Integer> seen = new ArrayList<>();
		String closedId;
		try (PointInTime<Numbered> pit = numbers(own).size(4).pointInTime(Duration.ofSeconds(30))) {
			LiveFixtures.bulk(connection, own, numbered(10, 20));
			assertThat(pit.search().toMap()).isEqualTo(map("sort", List.of("_shard_doc"), "size", 4, "pit",
					map("id", pit.id(), "keep_alive", "30s")));
			Response<Numbered> page = pit.execute();
			int pages = 0;
			while (!page.isEmpty()) {
				pages++;
				page.forEach((doc) -> seen.add(doc.n()));
				page = pit.execute(page.searchAfter());
			}
			assertThat(pages).isEqualTo(3);
			assertThatIllegalStateException().isThrownBy(page::searchAfter)
				.withMessageStartingWith("Cannot use search_after when there are no search results");
			closedId = pit.id();
		}
		assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
		assertThat(numbers(own).count()).isEqualTo(20);
		Search<Map<String, Object>> stale = Search.of().using(connection).extra(Map.of("pit", Map.of("id", closedId)));
		assertThatExceptionOfType(ElasticsearchException.class).isThrownBy(stale::execute);
	}

	@Test
	void aClosedPointInTimeRunsNothingAndClosesOnce() {
		PointInTime<Numbered> pit = numbers(index).pointInTime(Duration.ofMinutes(1));
		assertThat(pit.execute().total().value()).isEqualTo(25);
		pit.close();
		requests.clear();
		pit.close();
		assertThat(requests).isEmpty();
		assertThatIllegalStateException().isThrownBy(pit::execute).withMessageContaining("is closed");
	}

	@Test
	void searchAfterContinuesFromAResponseInOneCall() {
		Search<Numbered> sorted = numbers(index).query(Q.range("n", Map.of("gte", 10))).sort("-n").size(6);
		Response<Numbered> first = sorted.execute();
		assertThat(first.documents()).extracting(Numbered::n).containsExactly(24, 23, 22, 21, 20, 19);
		Response<Numbered> second = sorted.searchAfter(first).execute();
		assertThat(second.documents()).extracting(Numbered::n).containsExactly(18, 17, 16, 15, 14, 13);
		assertThat(second.searchAfter().toMap()).containsEntry("search_after", List.of(13));
		Response<Numbered> third = second.searchAfter().execute();
		assertThat(third.documents()).extracting(Numbered::n).containsExactly(12, 11, 10);
		Response<Numbered> empty = third.searchAfter().execute();
		assertThat(empty.isEmpty()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> sorted.searchAfter(empty))
			.withMessageStartingWith("Cannot use search_after when there are no search results");

		Search<Numbered> cached = sorted.cached();
		assertThatIllegalStateException().isThrownBy(cached::searchAfter)
			.withMessageStartingWith("A search must be executed before using search_after");
		cached.execute();
		assertThat(cached.searchAfter().execute().documents()).extracting(Numbered::n)
			.containsExactly(18, 17, 16, 15, 14, 13);
		assertThatIllegalStateException().isThrownBy(sorted::searchAfter)
			.withMessageStartingWith("A search must be executed before using search_after");
		assertThatIllegalStateException().isThrownBy(() -> sorted.searchAfter((Response<Numbered>) null))
			.withMessageStartingWith("A search must be executed before using search_after");
		assertThatIllegalStateException()
			.isThrownBy(() -> Response.parse(io.github.esdsl.json.Json.toBytes(first.toMap()), Numbered.class)
				.searchAfter())
			.withMessageStartingWith("A search must be executed before using search_after");

		Search<Numbered> unsorted = numbers(index).size(3);
		Response<Numbered> page = unsorted.execute();
		assertThatIllegalStateException().isThrownBy(page::searchAfter)
			.withMessageStartingWith("Cannot use search_after when results are not sorted");
		assertThatIllegalStateException().isThrownBy(() -> unsorted.searchAfter(page))
			.withMessageStartingWith("Cannot use search_after when results are not sorted");
	}

	@Test
	void iterateKeepsThePointInTimeAliveForTheGivenTime() {
		requests.clear();
		try (Stream<Numbered> all = numbers(index).iterate(10, Duration.ofSeconds(45))) {
			assertThat(all.map(Numbered::n).sorted().toList()).hasSize(25).startsWith(0, 1, 2).endsWith(24);
		}
		assertThat(requests).filteredOn((request) -> request.operation().equals("open_point_in_time"))
			.extracting(RequestInfo::path)
			.containsExactly("/" + index + "/_pit");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> numbers(index).iterate(10, Duration.ZERO))
			.withMessageContaining("keep-alive");
	}

}
