package io.github.esdsl.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk batching, NDJSON and per-item 429 retries against an in-process server.
 */
class BulkTest {

	@Test
	void actionsAreWrittenAsNdjsonWithTheirMetadata() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch(BulkTest::allOk)) {
			Article article = new Article("1", "T", "a", 2);
			BulkResult result = new DocumentOperations(es.connection()).bulk(Stream.of(article,
					BulkAction.create(new Article(null, "N", "b", 0)).index("other"),
					BulkAction.update(Article.class, "2", Update.doc(Map.of("likes", 3)).retryOnConflict(2).routing("r")),
					BulkAction.delete(Article.class, "3"),
					BulkAction.raw("index", Map.of("_index", "logs", "_id", "x", "pipeline", "p"), Map.of("m", 1))),
					BulkOptions.defaults().refresh(Refresh.WAIT_FOR));
			assertThat(result).isEqualTo(new BulkResult(5, 5, List.of(), 0, 1));
			assertThat(es.requests()).singleElement().satisfies((request) -> {
				assertThat(request.pathAndQuery()).isEqualTo("/_bulk?refresh=wait_for");
				assertThat(request.body()).isEqualTo("""
						{"index":{"_index":"articles","_id":"1"}}
						{"title":"T","author":"a","likes":2,"comments":[]}
						{"create":{"_index":"other"}}
						{"title":"N","author":"b","likes":0,"comments":[]}
						{"update":{"_index":"articles","_id":"2","routing":"r","retry_on_conflict":2}}
						{"doc":{"likes":3}}
						{"delete":{"_index":"articles","_id":"3"}}
						{"index":{"_index":"logs","_id":"x","pipeline":"p"}}
						{"m":1}
						""");
			});
		}
	}

	@Test
	void anUpdateThatKeepsEmptyValuesSendsTheirNulls() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch(BulkTest::allOk)) {
			Article partial = new Article(null, "T", null, null);
			partial.comments = null;
			new DocumentOperations(es.connection()).bulk(List.of(
					BulkAction.update(Article.class, "2", Update.doc(partial).skipEmpty(false)),
					BulkAction.update(Article.class, "3", Update.doc(partial))));
			assertThat(es.requests()).singleElement().extracting(FakeElasticsearch.Request::body).isEqualTo("""
					{"update":{"_index":"articles","_id":"2"}}
					{"doc":{"title":"T","author":null,"likes":null,"published":null,"comments":null}}
					{"update":{"_index":"articles","_id":"3"}}
					{"doc":{"title":"T"}}
					""");
		}
	}

	@Test
	void itemsAreBatchedByCountAndBytes() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch(BulkTest::allOk)) {
			DocumentOperations operations = new DocumentOperations(es.connection());
			BulkResult byCount = operations.bulk(articles(25), BulkOptions.defaults().batchSize(10));
			assertThat(byCount.requests()).isEqualTo(3);
			assertThat(byCount.succeeded()).isEqualTo(25);
			List<Integer> sizes = es.requests().stream().map((r) -> lines(r.body()) / 2).toList();
			assertThat(sizes).containsExactly(10, 10, 5);
			int oneItem = es.requests().get(2).body().length() / 5;
			BulkResult byBytes = operations.bulk(articles(9), BulkOptions.defaults().batchBytes(oneItem * 3 + 1));
			assertThat(byBytes.succeeded()).isEqualTo(9);
			assertThat(es.requests().subList(3, es.requests().size())).allSatisfy(
					(request) -> assertThat(request.body().length()).isLessThanOrEqualTo(oneItem * 3 + 1));
		}
	}

	@Test
	void itemsRejectedWith429AreRetriedWithBackoffUntilAccepted() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> {
			int call = calls.incrementAndGet();
			List<String> ids = ids(request.body());
			List<String> items = new ArrayList<>();
			for (String id : ids) {
				int number = Integer.parseInt(id);
				boolean reject = (call == 1 && number % 3 == 0) || (call == 2 && number == 3);
				items.add(reject ? item(id, 429, "es_rejected_execution_exception", "rejected execution")
						: item(id, 201, null, null));
			}
			return new FakeElasticsearch.Answer(200, "{\"took\":1,\"errors\":true,\"items\":[" + String.join(",", items)
					+ "]}");
		})) {
			long start = System.nanoTime();
			BulkResult result = new DocumentOperations(es.connection()).bulk(articles(10),
					BulkOptions.defaults().retries(3, Duration.ofMillis(50), Duration.ofMillis(200)));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(result).isEqualTo(new BulkResult(10, 10, List.of(), 5, 3, List.of(
					new BulkRetry(0, "articles", "0", 1, 429, "es_rejected_execution_exception", "rejected execution"),
					new BulkRetry(3, "articles", "3", 1, 429, "es_rejected_execution_exception", "rejected execution"),
					new BulkRetry(3, "articles", "3", 2, 429, "es_rejected_execution_exception", "rejected execution"),
					new BulkRetry(6, "articles", "6", 1, 429, "es_rejected_execution_exception", "rejected execution"),
					new BulkRetry(9, "articles", "9", 1, 429, "es_rejected_execution_exception", "rejected execution"))));
			assertThat(ids(es.requests().get(1).body())).containsExactly("0", "3", "6", "9");
			assertThat(ids(es.requests().get(2).body())).containsExactly("3");
			assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		}
	}

	@Test
	void itemsStillRejectedAfterTheLastRetryAreReportedAsFailures() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> {
			List<String> items = ids(request.body()).stream()
				.map((id) -> id.equals("1") ? item(id, 429, "es_rejected_execution_exception", "queue full")
						: item(id, 201, null, null))
				.toList();
			return new FakeElasticsearch.Answer(200, "{\"errors\":true,\"items\":[" + String.join(",", items) + "]}");
		})) {
			BulkResult result = new DocumentOperations(es.connection()).bulk(articles(3),
					BulkOptions.defaults().retries(2, Duration.ofMillis(1), Duration.ofMillis(2)));
			assertThat(result.succeeded()).isEqualTo(2);
			assertThat(result.retried()).isEqualTo(2);
			assertThat(result.requests()).isEqualTo(3);
			assertThat(result.failures()).containsExactly(new BulkFailure(1, "index", "articles", "1", 429,
					"es_rejected_execution_exception", "queue full"));
		}
	}

	@Test
	void aFailedRequestFailsEveryItemAndInvalidDocumentsAreNeverSent() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(400,
				"{\"error\":{\"type\":\"parse_exception\",\"reason\":\"bad body\"},\"status\":400}"))) {
			BulkResult result = new DocumentOperations(es.connection()).bulk(Stream.of(new Article("1", "T", "a", 1),
					new Article("2", null, "a", 1)), BulkOptions.defaults());
			assertThat(result.total()).isEqualTo(2);
			assertThat(result.succeeded()).isZero();
			assertThat(result.failures()).extracting(BulkFailure::position, BulkFailure::id, BulkFailure::status,
					BulkFailure::type)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(0L, "1", 400, "parse_exception"),
						org.assertj.core.groups.Tuple.tuple(1L, "2", 0, "validation_exception"));
			assertThat(ids(es.requests().get(0).body())).containsExactly("1");
		}
	}

	@Test
	void aResponseWithoutErrorsCountsItsItemsAndActionsWithoutAnItemAreReported() throws Exception {
		try (FakeElasticsearch es = new FakeElasticsearch((request) -> new FakeElasticsearch.Answer(200,
				"{\"errors\":false,\"took\":1,\"items\":[" + item("0", 201, null, null) + ","
						+ item("1", 200, null, null) + "]}"))) {
			BulkResult result = new DocumentOperations(es.connection()).bulk(articles(3), BulkOptions.defaults());
			assertThat(result.succeeded()).isEqualTo(2);
			assertThat(result.failures()).extracting(BulkFailure::position, BulkFailure::id, BulkFailure::type)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "2", "missing_item"));
		}
	}

	static Stream<Article> articles(int count) {
		return IntStream.range(0, count).mapToObj((i) -> new Article(String.valueOf(i), "Title " + i, "a", i));
	}

	private static int lines(String body) {
		return (int) body.chars().filter((c) -> c == '\n').count();
	}

	@SuppressWarnings("unchecked")
	static List<String> ids(String ndjson) {
		List<String> ids = new ArrayList<>();
		String[] lines = ndjson.split("\n");
		for (int i = 0; i < lines.length; i++) {
			Map<String, Object> action = Json.parseMap(lines[i]);
			String op = action.keySet().iterator().next();
			Map<String, Object> meta = (Map<String, Object>) action.get(op);
			ids.add((String) meta.get("_id"));
			if (!op.equals("delete")) {
				i++;
			}
		}
		return ids;
	}

	static FakeElasticsearch.Answer allOk(FakeElasticsearch.Request request) {
		List<String> items = ids(request.body()).stream().map((id) -> item(id, 201, null, null)).toList();
		return new FakeElasticsearch.Answer(200, "{\"took\":1,\"errors\":false,\"items\":[" + String.join(",", items)
				+ "]}");
	}

	static String item(String id, int status, String type, String reason) {
		String error = (type != null) ? ",\"error\":{\"type\":\"" + type + "\",\"reason\":\"" + reason + "\"}" : "";
		return "{\"index\":{\"_index\":\"articles\",\"_id\":" + ((id != null) ? "\"" + id + "\"" : "null")
				+ ",\"status\":" + status + error + "}}";
	}

}
