package io.github.esdsl.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.esdsl.aggs.A;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.NotFoundException;
import io.github.esdsl.connection.RequestInfo;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.document.Id;
import io.github.esdsl.query.Q;
import io.github.esdsl.test.ElasticsearchCapabilities;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.LiveFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * Searches run against the real node: hits, highlight, sort, named queries, explain,
 * aggregations, suggestions, collapse with inner hits, caching, counts and multi search.
 */
@WithElasticsearch
class SearchExecutionIT {

	record Post(@Id String id, String title, String category, List<String> tags, int likes) {
	}

	private static final ConcurrentLinkedQueue<RequestInfo> requests = new ConcurrentLinkedQueue<>();

	private static Connection connection;

	private static ElasticsearchEndpoint endpoint;

	private static String blog;

	@BeforeAll
	static void load(ElasticsearchEndpoint node) {
		endpoint = node;
		connection = LiveFixtures.connect(node, RequestListener.onCompletion((request, outcome) -> requests.add(request)));
		blog = LiveFixtures.newIndex("blog");
		connection.client().indices().create(blog, map("mappings", map("properties", map("title", map("type", "text"),
				"category", map("type", "keyword"), "tags", map("type", "keyword"), "likes", map("type", "integer"),
				"suggest", map("type", "completion")))));
		LiveFixtures.bulk(connection, blog, Map.of(
				"1", map("title", "Java streams in depth", "category", "java", "tags", List.of("java", "streams"), "likes", 10,
						"suggest", map("input", List.of("Java streams"))),
				"2", map("title", "Java records explained", "category", "java", "tags", List.of("java", "records"), "likes", 5),
				"3", map("title", "Python generators", "category", "python", "tags", List.of("python"), "likes", 7,
						"suggest", map("input", List.of("Python generators"))),
				"4", map("title", "Python asyncio basics", "category", "python", "tags", List.of("python", "async"), "likes", 3),
				"5", map("title", "Elasticsearch for Java developers", "category", "search", "tags", List.of("java", "search"),
						"likes", 8)));
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	@BeforeEach
	void clearRequests() {
		requests.clear();
	}

	private static Search<Post> posts() {
		return Search.of(Post.class).index(blog).using(connection);
	}

	private static List<RequestInfo> searchesAndCounts() {
		return requests.stream().filter((r) -> r.operation().equals("search") || r.operation().equals("count")).toList();
	}

	@Test
	void executeBindsHitsWithHighlightSortAndMatchedQueries() {
		Response<Post> response = posts().query(Q.match("title", "java", Map.of("_name", "java_title")))
			.highlight("title")
			.sort("-likes")
			.execute();
		assertThat(response.success()).isTrue();
		assertThat(response.total()).isEqualTo(new Total(3, "eq"));
		assertThat(response.hits()).extracting(Hit::id).containsExactly("1", "5", "2");
		assertThat(response.documents().get(0)).isEqualTo(new Post("1", "Java streams in depth", "java",
				List.of("java", "streams"), 10));
		Hit<Post> first = response.hits().get(0);
		assertThat(first.index()).isEqualTo(blog);
		assertThat(first.score()).isNull();
		assertThat(first.sort()).containsExactly(10);
		assertThat(first.highlight()).containsExactly(entry("title", List.of("<em>Java</em> streams in depth")));
		assertThat(first.matchedQueries()).containsExactly("java_title");
		assertThat(response.toMap()).containsKey("_shards");
	}

	@Test
	void explainAndVersionsAreReadPerHit() {
		Response<Post> response = posts().query(Q.term("category", "python"))
			.extra(map("explain", true, "version", true, "seq_no_primary_term", true))
			.execute();
		assertThat(response.hits()).hasSize(2).allSatisfy((hit) -> {
			assertThat(hit.explanation()).hasValueSatisfying((explanation) -> assertThat(explanation)
				.containsKeys("value", "description", "details"));
			assertThat(hit.version()).isEqualTo(1L);
			assertThat(hit.seqNo()).isNotNull();
			assertThat(hit.primaryTerm()).isEqualTo(1L);
			assertThat(hit.score()).isPositive();
		});
		assertThat(response.maxScore()).isPositive();
	}

	@Test
	void aggregationsWithSubAggregationsMetricsAndTopHits() {
		Response<Post> response = posts().size(0).aggs((a) -> {
			a.bucket("per_category", A.terms("category")).metric("avg_likes", A.avg("likes"));
			a.metric("likes_stats", "stats", Map.of("field", "likes"));
			a.metric("likes_range", "percentiles", Map.of("field", "likes", "percents", List.of(0, 100)));
			a.metric("best", "top_hits", Map.of("size", 1, "sort", List.of(Map.of("likes", "desc"))));
			a.bucket("pythons", "filter", Map.of("term", Map.of("category", "python")))
				.metric("max_likes", "max", Map.of("field", "likes"));
		}).execute();
		assertThat(response.hits()).isEmpty();
		Aggregations aggs = response.aggregations();
		List<Bucket> categories = aggs.get("per_category").buckets();
		assertThat(categories).extracting(Bucket::key, Bucket::docCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("java", 2L), org.assertj.core.groups.Tuple.tuple("python", 2L),
					org.assertj.core.groups.Tuple.tuple("search", 1L));
		assertThat(categories).extracting((bucket) -> bucket.aggregation("avg_likes").value()).containsExactly(7.5, 5.0, 8.0);
		AggregationResult stats = aggs.get("likes_stats");
		assertThat(stats.get("count")).isEqualTo(5);
		assertThat(stats.getDouble("min")).isEqualTo(3.0);
		assertThat(stats.getDouble("max")).isEqualTo(10.0);
		assertThat(stats.getDouble("sum")).isEqualTo(33.0);
		assertThat(stats.getDouble("avg")).isEqualTo(6.6);
		assertThat(aggs.get("likes_range").values()).containsExactly(entry("0.0", 3.0), entry("100.0", 10.0));
		assertThat(aggs.get("best").hits(Post.class)).extracting(Hit::source).extracting(Post::title)
			.containsExactly("Java streams in depth");
		assertThat(aggs.get("pythons").docCount()).isEqualTo(2);
		assertThat(aggs.get("pythons").aggregation("max_likes").value()).isEqualTo(7.0);
	}

	@Test
	void termAndCompletionSuggestions() {
		Response<Post> response = posts().size(0)
			.suggest("fix", "pythn", Map.of("term", Map.of("field", "title")))
			.suggest("complete", "Jav", Map.of("completion", Map.of("field", "suggest")))
			.execute();
		Suggestion fix = response.suggestions("fix").get(0);
		assertThat(fix.text()).isEqualTo("pythn");
		assertThat(fix.offset()).isZero();
		assertThat(fix.length()).isEqualTo(5);
		assertThat(fix.options()).extracting(Suggestion.Option::text).contains("python");
		assertThat(fix.options().get(0).freq()).isEqualTo(2L);
		Suggestion complete = response.suggestions("complete").get(0);
		assertThat(complete.options()).singleElement().satisfies((option) -> {
			assertThat(option.text()).isEqualTo("Java streams");
			assertThat(option.id()).isEqualTo("1");
			assertThat(option.source()).containsEntry("title", "Java streams in depth");
		});
	}

	@Test
	void collapseReturnsInnerHitsPerGroup() {
		Response<Post> response = posts().sort("-likes")
			.collapse("category", Map.of("inner_hits", Map.of("name", "by_likes", "size", 2, "sort",
					List.of(Map.of("likes", "desc")))))
			.execute();
		assertThat(response.hits()).extracting(Hit::id).containsExactly("1", "5", "3");
		Hit<Post> java = response.hits().get(0);
		assertThat(java.innerHitNames()).containsExactly("by_likes");
		assertThat(java.innerHits("by_likes")).extracting(Hit::id).containsExactly("1", "2");
		assertThat(java.innerHits("by_likes", Post.class)).extracting(Hit::source).extracting(Post::likes)
			.containsExactly(10, 5);
		assertThat(response.hits().get(2).innerHits("by_likes")).extracting((hit) -> hit.source().get("title"))
			.containsExactly("Python generators", "Python asyncio basics");
	}

	/** A search kept as a constant in a bean and run per request. */
	private static final class PostCounter {

		private final Search<Map<String, Object>> all;

		PostCounter(String index) {
			this.all = Search.of(index).using(connection);
		}

		long handleRequest() {
			return this.all.execute().total().value();
		}

	}

	@Test
	void aSearchKeptInAFieldAsksTheClusterOnEveryRun() {
		String index = LiveFixtures.newIndex("shared");
		LiveFixtures.bulk(connection, index, Map.of("a", map("n", 1)));
		PostCounter counter = new PostCounter(index);
		assertThat(counter.handleRequest()).isEqualTo(1);
		LiveFixtures.bulk(connection, index, Map.of("b", map("n", 2)));
		requests.clear();
		assertThat(counter.handleRequest()).isEqualTo(2);
		assertThat(counter.all.executeAsync().join().total().value()).isEqualTo(2);
		assertThat(counter.all.execute(false).total().value()).isEqualTo(2);
		assertThat(searchesAndCounts()).hasSize(3);
		assertThat(counter.all.isCached()).isFalse();
	}

	@Test
	void aCachedSearchKeepsItsResponseUnlessIgnored() {
		String index = LiveFixtures.newIndex("cache");
		LiveFixtures.bulk(connection, index, Map.of("a", map("n", 1)));
		Search<Map<String, Object>> search = Search.of(index).using(connection).cached();
		assertThat(search.isCached()).isTrue();
		Response<Map<String, Object>> first = search.execute();
		LiveFixtures.bulk(connection, index, Map.of("b", map("n", 2)));
		requests.clear();
		assertThat(search.execute()).isSameAs(first);
		assertThat(search.executeAsync().join()).isSameAs(first);
		assertThat(search.count()).isEqualTo(1);
		assertThat(searchesAndCounts()).isEmpty();
		Response<Map<String, Object>> fresh = search.execute(true);
		assertThat(fresh).isNotSameAs(first);
		assertThat(fresh.total().value()).isEqualTo(2);
		assertThat(search.execute()).isSameAs(fresh);
		Search<Map<String, Object>> derived = search.sort("n");
		assertThat(derived.isCached()).isFalse();
		assertThat(derived.execute()).isNotSameAs(derived.execute());
	}

	@Test
	void countOfACachedSearchReusesItsExactTotalAndOtherwiseAsksCount() {
		String index = LiveFixtures.newIndex("count");
		LiveFixtures.bulk(connection, index, Map.of("a", map("n", 1), "b", map("n", 2), "c", map("n", 3)));
		Search<Map<String, Object>> search = Search.of(index).using(connection).query(Q.range("n", Map.of("gte", 2)))
			.cached();
		requests.clear();
		assertThat(search.count()).isEqualTo(2);
		assertThat(searchesAndCounts()).extracting(RequestInfo::operation, RequestInfo::path)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("count", "/" + index + "/_count"));
		search.execute();
		LiveFixtures.bulk(connection, index, Map.of("d", map("n", 4)));
		requests.clear();
		assertThat(search.count()).isEqualTo(2);
		assertThat(search.countAsync().join()).isEqualTo(2);
		assertThat(searchesAndCounts()).isEmpty();
		Search<Map<String, Object>> lowerBound = search.trackTotalHits(1);
		assertThat(lowerBound.execute().total()).isEqualTo(new Total(1, "gte"));
		assertThat(lowerBound.count()).isEqualTo(3);
		assertThat(lowerBound.countAsync().join()).isEqualTo(3);
	}

	@Test
	void multiSearchRaisesTheFailureOfOneSearchByDefault() {
		String missing = LiveFixtures.newIndex("missing");
		MultiSearch multi = MultiSearch.of().using(connection)
			.add(Search.of(Post.class).index(blog).query(Q.term("category", "python")))
			.add(Search.of(missing));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(multi::execute).satisfies((ex) -> {
			assertThat(ex.errorType()).isEqualTo("index_not_found_exception");
			assertThat(ex.index()).isEqualTo(missing);
		});
		assertThat(multi.executeAsync()).failsWithin(java.time.Duration.ofSeconds(30))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.withCauseInstanceOf(NotFoundException.class);
	}

	@Test
	void multiSearchReturnsTheFailureOfOneSearchWhenAsked() {
		String missing = LiveFixtures.newIndex("missing");
		MultiSearch multi = MultiSearch.of().using(connection)
			.add(Search.of(Post.class).index(blog).query(Q.term("category", "python")).sort("likes"))
			.add(Search.of(missing))
			.add(Search.of(blog).query(Q.term("category", "search")));
		List<Response<?>> responses = multi.execute(false);
		assertThat(responses).hasSize(3);
		assertThat(responses.get(0).as(Post.class).documents()).extracting(Post::id).containsExactly("4", "3");
		assertThat(responses.get(1).success()).isFalse();
		assertThat(responses.get(1).failure()).hasValueSatisfying((ex) -> assertThat(ex.status()).isEqualTo(404));
		assertThat(responses.get(2).hits()).extracting(Hit::id).containsExactly("5");
		assertThat(multi.executeAsync(false).join()).hasSize(3);
	}

	@Test
	void deleteByQueryRunsOnAFullDistribution() {
		ElasticsearchCapabilities.of(endpoint).assumeFullDistribution();
		String index = LiveFixtures.newIndex("delete");
		LiveFixtures.bulk(connection, index, Map.of("a", map("n", 1), "b", map("n", 2), "c", map("n", 3)));
		DeleteByQueryResponse response = Search.of(index).using(connection).query(Q.range("n", Map.of("gte", 2)))
			.params(Map.of("refresh", true))
			.delete();
		assertThat(response.deleted()).isEqualTo(2);
		assertThat(response.success()).isTrue();
		assertThat(Search.of(index).using(connection).count()).isEqualTo(1);
	}

	@Test
	void updateByQueryRunsOnAFullDistribution() {
		ElasticsearchCapabilities.of(endpoint).assumeFullDistribution();
		String index = LiveFixtures.newIndex("update");
		LiveFixtures.bulk(connection, index, Map.of("a", map("n", 1), "b", map("n", 2)));
		UpdateByQueryResponse response = UpdateByQuery.of(index).using(connection).query(Q.term("n", 2))
			.script("ctx._source.n = 20")
			.params(Map.of("refresh", true))
			.execute();
		assertThat(response.updated()).isEqualTo(1);
		assertThat(response.versionConflicts()).isZero();
		assertThat(Search.of(index).using(connection).query(Q.term("n", 20)).count()).isEqualTo(1);
	}

}
