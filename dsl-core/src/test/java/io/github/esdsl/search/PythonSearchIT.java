package io.github.esdsl.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.NotFoundException;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.LiveFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The Python DSL's search integration tests ({@code test_integration/_sync/test_search.py}:
 * search_after, point in time, iterate, the cached response, multi search) and its composite
 * aggregation example ({@code test_examples/.../test_composite_aggs.py}), ported to esdsl on the
 * real node over a flat index of commits.
 */
@WithElasticsearch
class PythonSearchIT {

	private static final int COMMITS = 23;

	private static final List<String> FILES = List.of("README.md", "pom.xml", "Search.java", "Q.java", "A.java",
			"Index.java");

	record Commit(List<String> files, String committed_date) {
	}

	private static Connection connection;

	private static String flat;

	private static Set<String> allIds;

	@BeforeAll
	static void load(ElasticsearchEndpoint node) {
		connection = LiveFixtures.connect(node, null);
		flat = LiveFixtures.newIndex("flat-git");
		connection.client().indices().create(flat, map("mappings", map("properties", map("files",
				map("type", "keyword"), "committed_date", map("type", "date")))));
		Map<String, Map<String, Object>> commits = new LinkedHashMap<>();
		LocalDate start = LocalDate.of(2014, 3, 3);
		for (int i = 0; i < COMMITS; i++) {
			List<String> files = List.of(FILES.get(i % 6), FILES.get((i * 5 + 1) % 6));
			commits.put("c" + i, map("files", files.stream().distinct().toList(), "committed_date",
					start.plusDays(4L * i) + "T12:00:00Z"));
		}
		LiveFixtures.bulk(connection, flat, commits);
		allIds = commits.keySet();
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	private static Search<Commit> commits() {
		return Search.of(Commit.class).index(flat).using(connection);
	}

	private static Set<String> ids(List<Hit<Commit>> hits) {
		return hits.stream().map(Hit::id).collect(Collectors.toSet());
	}

	/** test_search_after */
	@Test
	void searchAfterPagesThroughEverySortedHit() {
		int pageSize = 7;
		Search<Commit> s = commits().slice(0, pageSize).sort("committed_date");
		List<Hit<Commit>> all = new ArrayList<>();
		while (true) {
			Response<Commit> r = s.execute();
			all.addAll(r.hits());
			if (r.size() < pageSize) {
				break;
			}
			s = r.searchAfter();
		}
		assertThat(all).hasSize(COMMITS);
		assertThat(ids(all)).isEqualTo(allIds);
	}

	/** test_search_after_no_search */
	@Test
	void searchAfterNeedsAnExecutedSearch() {
		Search<Commit> s = commits().cached();
		assertThatIllegalStateException().isThrownBy(s::searchAfter)
			.withMessageStartingWith("A search must be executed before using search_after");
		assertThat(s.count()).isEqualTo(COMMITS);
		assertThatIllegalStateException().isThrownBy(s::searchAfter)
			.withMessageStartingWith("A search must be executed before using search_after");
	}

	/** test_search_after_no_sort */
	@Test
	void searchAfterNeedsSortedResults() {
		Response<Commit> r = commits().execute();
		assertThatIllegalStateException().isThrownBy(r::searchAfter)
			.withMessageStartingWith("Cannot use search_after when results are not sorted");
	}

	/** test_search_after_no_results */
	@Test
	void searchAfterTheLastPageFails() {
		Search<Commit> s = commits().slice(0, 100).sort("committed_date").cached();
		assertThat(s.execute().size()).isEqualTo(COMMITS);
		Response<Commit> r = s.searchAfter().execute();
		assertThat(r.size()).isZero();
		assertThatIllegalStateException().isThrownBy(r::searchAfter)
			.withMessageStartingWith("Cannot use search_after when there are no search results");
	}

	/** test_point_in_time */
	@Test
	void pointInTimePagesEveryHitWithItsIdAndKeepAlive() {
		int pageSize = 7;
		List<Hit<Commit>> all = new ArrayList<>();
		try (PointInTime<Commit> pit = commits().slice(0, pageSize).pointInTime(Duration.ofSeconds(30))) {
			Search<Commit> s = pit.search();
			while (true) {
				Response<Commit> r = pit.execute(s);
				all.addAll(r.hits());
				if (r.size() < pageSize) {
					break;
				}
				s = r.searchAfter();
				assertThat(pit.search().toMap().get("pit")).isEqualTo(Map.of("id", pit.id(), "keep_alive", "30s"));
			}
		}
		assertThat(all).hasSize(COMMITS);
		assertThat(ids(all)).isEqualTo(allIds);
	}

	/** test_iterate */
	@Test
	void iterateReturnsEveryDocument() {
		try (Stream<Hit<Commit>> hits = commits().iterateHits(5)) {
			assertThat(hits.map(Hit::id).collect(Collectors.toSet())).isEqualTo(allIds);
		}
	}

	/** test_response_is_cached: in esdsl only a cached() search keeps its response */
	@Test
	void aCachedSearchKeepsTheResponseItsDocumentsCameFrom() {
		Search<Commit> s = commits().cached();
		List<Commit> documents = s.execute().documents();
		assertThat(s.execute().documents()).isEqualTo(documents);
		assertThat(s.execute()).isSameAs(s.execute());
		assertThat(commits().execute()).isNotSameAs(commits().execute());
	}

	/** test_multi_search, test_multi_missing */
	@Test
	void multiSearchResponsesKnowTheirSearchAndAMissingIndexFailsOrIsReturned() {
		Search<Commit> s1 = commits().query(io.github.esdsl.query.Q.term("files", "pom.xml")).sort("committed_date");
		Search<Map<String, Object>> s2 = Search.of(flat);
		Search<Map<String, Object>> s3 = Search.of(LiveFixtures.newIndex("does-not-exist"));
		MultiSearch ms = MultiSearch.of().using(connection).add(s1).add(s2);
		List<Response<?>> responses = ms.execute();
		Response<Commit> r1 = responses.get(0).as(Commit.class);
		assertThat(r1.documents()).allSatisfy((commit) -> assertThat(commit.files()).contains("pom.xml"));
		assertThat(r1.searchAfter().toMap()).containsKey("search_after");
		assertThat(responses.get(1).total().value()).isEqualTo(COMMITS);
		MultiSearch withMissing = ms.add(s3);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(withMissing::execute);
		List<Response<?>> returned = withMissing.execute(false);
		assertThat(returned.get(1).total().value()).isEqualTo(COMMITS);
		assertThat(returned.get(2).failure()).hasValueSatisfying((ex) -> assertThat(ex.errorType())
			.isEqualTo("index_not_found_exception"));
	}

	/** The composite aggregation example's {@code scan_aggs}: every bucket, page by page with after_key. */
	private static List<Bucket> scanAggs(List<Map<String, Agg>> sources, Map<String, Agg> inner) {
		List<Bucket> buckets = new ArrayList<>();
		Object after = null;
		while (true) {
			Map<String, Object> options = new LinkedHashMap<>();
			options.put("size", 4);
			if (after != null) {
				options.put("after", after);
			}
			Agg composite = A.composite(sources, options);
			for (Map.Entry<String, Agg> metric : inner.entrySet()) {
				composite = composite.withMetric(metric.getKey(), metric.getValue());
			}
			Agg page = composite;
			AggregationResult comp = commits().size(0).aggs((aggs) -> aggs.bucket("comp", page)).execute()
				.aggregations()
				.get("comp");
			if (comp.buckets().isEmpty()) {
				return buckets;
			}
			buckets.addAll(comp.buckets());
			after = (comp.get("after_key") != null) ? comp.get("after_key")
					: comp.buckets().get(comp.buckets().size() - 1).key();
		}
	}

	/** test_scan_aggs_exhausts_all_files */
	@Test
	void compositeAggregationScanExhaustsAllFiles() {
		List<Bucket> files = scanAggs(List.of(Map.of("files", A.terms("files"))), Map.of());
		assertThat(files).hasSize(FILES.size());
		assertThat(files.stream().mapToLong(Bucket::docCount).sum()).isEqualTo(IntStream.range(0, COMMITS)
			.map((i) -> (i % 6 == (i * 5 + 1) % 6) ? 1 : 2)
			.sum());
	}

	/** test_scan_aggs_with_multiple_aggs */
	@Test
	void compositeAggregationScanWithSeveralSourcesAndAMetric() {
		List<Bucket> buckets = scanAggs(List.of(Map.of("files", A.terms("files")), Map.of("months",
				A.of("date_histogram", Map.of("field", "committed_date", "calendar_interval", "month")))),
				Map.of("first_seen", A.min("committed_date")));
		Set<String> expected = new HashSet<>();
		LocalDate start = LocalDate.of(2014, 3, 3);
		for (int i = 0; i < COMMITS; i++) {
			String month = start.plusDays(4L * i).withDayOfMonth(1).toString();
			expected.add(FILES.get(i % 6) + "@" + month);
			expected.add(FILES.get((i * 5 + 1) % 6) + "@" + month);
		}
		assertThat(buckets).hasSize(expected.size());
		assertThat(buckets).allSatisfy((bucket) -> assertThat(bucket.aggregation("first_seen").value()).isNotNull());
	}

}
