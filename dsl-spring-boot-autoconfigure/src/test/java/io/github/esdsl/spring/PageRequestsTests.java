package io.github.esdsl.spring;

import java.util.List;
import java.util.Map;

import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.domain.Sort.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PageRequestsTests {

	@Test
	void pageableSetsFromSizeSortAndExactTotal() {
		Search<Map<String, Object>> search = Search.of("posts").sort("title");
		Map<String, Object> body = PageRequests
			.apply(search, PageRequest.of(2, 10, Sort.by(Direction.DESC, "published").and(Sort.by("title"))))
			.toMap();
		assertThat(body).containsEntry("from", 20)
			.containsEntry("size", 10)
			.containsEntry("sort", List.of(Map.of("published", Map.of("order", "desc")), "title"))
			.containsEntry("track_total_hits", true);
	}

	@Test
	void unsortedPageableKeepsTheSearchSort() {
		Map<String, Object> body = PageRequests.apply(Search.of("posts").sort("-published"), PageRequest.of(0, 5))
			.toMap();
		assertThat(body).containsEntry("from", 0)
			.containsEntry("size", 5)
			.containsEntry("sort", List.of(Map.of("published", Map.of("order", "desc"))));
	}

	@Test
	void unpagedLeavesTheWindowAlone() {
		Map<String, Object> body = PageRequests.apply(Search.of("posts").slice(5, 8), Pageable.unpaged()).toMap();
		assertThat(body).containsEntry("from", 5).containsEntry("size", 3);
	}

	@Test
	void searchOwnTrackTotalHitsIsKept() {
		Map<String, Object> body = PageRequests.apply(Search.of("posts").trackTotalHits(100), PageRequest.of(0, 5))
			.toMap();
		assertThat(body).containsEntry("track_total_hits", 100);
	}

	@Test
	void nullHandlingBecomesMissingAndScoreDescendingStaysAMap() {
		Object[] keys = PageRequests.sortKeys(Sort.by(Order.asc("rank").nullsLast(), Order.desc("_score")));
		assertThat(keys).containsExactly(Map.of("rank", Map.of("order", "asc", "missing", "_last")),
				Map.of("_score", Map.of("order", "desc")));
	}

	@Test
	void ignoreCaseIsRefusedNamingTheOrder() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PageRequests.sortKeys(Sort.by(Order.asc("title").ignoreCase())))
			.withMessageStartingWith("Sort order 'title: ASC, ignoring case' ignores case");
	}

	@Test
	void offsetBeyondIntIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PageRequests.apply(Search.of("posts"), PageRequest.of(Integer.MAX_VALUE, 10)))
			.withMessageContaining("The page offset 21474836470 (page 2147483647 of size 10)");
	}

	@Test
	void pageTakesTheResponseTotal() {
		String body = """
				{"took": 1, "timed_out": false, "hits": {"total": {"value": 23, "relation": "eq"},
				"hits": [{"_index": "posts", "_id": "1", "_source": {"title": "a"}},
				{"_index": "posts", "_id": "2", "_source": {"title": "b"}},
				{"_index": "posts", "_id": "3", "_source": {"title": "c"}}]}}""";
		Response<Map> response = Response.parse(body.getBytes(), Map.class);
		Page<Map> page = PageRequests.toPage(response, PageRequest.of(2, 10));
		assertThat(page.getContent()).containsExactly(Map.of("title", "a"), Map.of("title", "b"), Map.of("title", "c"));
		assertThat(page.getTotalElements()).isEqualTo(23);
		assertThat(page.getTotalPages()).isEqualTo(3);
		assertThat(page.getNumber()).isEqualTo(2);
		assertThat(page.isLast()).isTrue();
	}

}
