package io.github.esdsl.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.query.Q;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.LiveFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The async twins run on the connection's I/O threads: many concurrent searches need no thread
 * each.
 */
@WithElasticsearch
class AsyncExecutionIT {

	private static final int SEARCHES = 500;

	private static Connection connection;

	private static String index;

	@BeforeAll
	static void load(ElasticsearchEndpoint node) {
		connection = LiveFixtures.connect(node, null);
		index = LiveFixtures.newIndex("async");
		Map<String, Map<String, Object>> documents = new java.util.LinkedHashMap<>();
		for (int i = 0; i < 50; i++) {
			documents.put("doc-" + i, map("n", i));
		}
		LiveFixtures.bulk(connection, index, documents);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@Test
	void fiveHundredConcurrentSearchesCompleteWithoutAThreadEach() throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		threads.resetPeakThreadCount();
		int before = threads.getThreadCount();
		List<CompletableFuture<Response<Map<String, Object>>>> futures = new ArrayList<>(SEARCHES);
		for (int i = 0; i < SEARCHES; i++) {
			futures.add(Search.of(index).using(connection).query(Q.term("n", i % 50)).executeAsync());
		}
		CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		for (int i = 0; i < SEARCHES; i++) {
			Response<Map<String, Object>> response = futures.get(i).join();
			assertThat(response.hits()).singleElement().satisfies((hit) -> assertThat(hit.id()).startsWith("doc-"));
			assertThat(response.documents().get(0)).isEqualTo(Map.of("n", i % 50));
		}
		assertThat(threads.getPeakThreadCount() - before).as("threads started while 500 searches ran").isLessThan(20);
	}

	@Test
	void countDeleteAndMultiSearchHaveAsyncTwins() {
		Search<Map<String, Object>> search = Search.of(index).using(connection).query(Q.range("n", Map.of("lt", 10)));
		assertThat(search.countAsync().join()).isEqualTo(10);
		List<Response<?>> responses = MultiSearch.of(index).using(connection).add(search).add(search.query(Q.term("n", 3)))
			.executeAsync()
			.join();
		assertThat(responses).extracting((response) -> response.total().value()).containsExactly(10L, 1L);
	}

}
