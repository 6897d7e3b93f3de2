package io.github.esdsl.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.util.NamedValue;
import io.github.esdsl.aggs.A;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import jakarta.json.stream.JsonGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A realistic search (a bool query with 5 clauses, 3 nested aggregations, highlighting, sort
 * and pagination) built and serialized to JSON bytes by esdsl and by elasticsearch-java's typed
 * builders with its Jackson 3 mapper. Both produce the same body (checked at setup, up to
 * elasticsearch-java's spelling of {@code aggregations} and its list form of highlight fields). Run with
 * {@code -prof gc} to compare allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchSerializationBenchmark {

	private final Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();

	private Search<?> search;

	private SearchRequest request;

	@Setup
	public void setup() {
		this.search = esdslSearch();
		this.request = elasticsearchJavaRequest();
		Map<String, Object> ours = Json.parseMap(Json.toBytes(this.search));
		Map<String, Object> theirs = normalize(Json.parseMap(serialize(this.request)));
		if (!ours.equals(theirs)) {
			throw new IllegalStateException("The two bodies differ:\n" + ours + "\n" + theirs);
		}
	}

	static Search<?> esdslSearch() {
		return Search.of("blog")
			.query(Q.bool()
				.withMust(Q.match("title", Map.of("query", "python")), Q.match("body", Map.of("query", "search engine")))
				.withFilter(Q.term("category", Map.of("value", "tech")), Q.range("published", Map.of("gte", "2020-01-01")))
				.withMustNot(Q.term("status", Map.of("value", "draft"))))
			.aggs((aggs) -> aggs.bucket("per_category", A.terms("category"))
				.bucket("per_month", A.dateHistogram("published", "month"))
				.metric("avg_likes", A.avg("likes")))
			.highlight("title")
			.highlight("body", Map.of("fragment_size", 50))
			.sort(Map.of("published", Map.of("order", "desc")), Map.of("_score", Map.of("order", "desc")))
			.from(10)
			.size(20);
	}

	static SearchRequest elasticsearchJavaRequest() {
		return SearchRequest.of((s) -> s.index("blog")
			.query((q) -> q.bool((b) -> b.must((m) -> m.match((t) -> t.field("title").query("python")))
				.must((m) -> m.match((t) -> t.field("body").query("search engine")))
				.filter((f) -> f.term((t) -> t.field("category").value("tech")))
				.filter((f) -> f.range((r) -> r.date((d) -> d.field("published").gte("2020-01-01"))))
				.mustNot((n) -> n.term((t) -> t.field("status").value("draft")))))
			.aggregations("per_category", (a) -> a.terms((t) -> t.field("category"))
				.aggregations("per_month", (m) -> m.dateHistogram((d) -> d.field("published")
					.calendarInterval(CalendarInterval.Month))
					.aggregations("avg_likes", (avg) -> avg.avg((v) -> v.field("likes")))))
			.highlight((h) -> h.fields(List.of(NamedValue.of("title", HighlightField.of((f) -> f)),
					NamedValue.of("body", HighlightField.of((f) -> f.fragmentSize(50))))))
			.sort((o) -> o.field((f) -> f.field("published").order(SortOrder.Desc)))
			.sort((o) -> o.score((f) -> f.order(SortOrder.Desc)))
			.from(10)
			.size(20));
	}

	/**
	 * elasticsearch-java spells {@code aggs} as {@code aggregations} and sends highlight fields
	 * as a list of one-field objects; both mean the same to Elasticsearch.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> normalize(Map<String, Object> body) {
		Map<String, Object> out = new LinkedHashMap<>();
		body.forEach((key, value) -> {
			if (key.equals("fields") && value instanceof List<?> list) {
				Map<String, Object> fields = new LinkedHashMap<>();
				list.forEach((item) -> fields.putAll((Map<String, Object>) item));
				value = fields;
			}
			out.put(key.equals("aggregations") ? "aggs" : key,
					(value instanceof Map<?, ?> map) ? normalize((Map<String, Object>) map) : value);
		});
		return out;
	}

	private byte[] serialize(SearchRequest request) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try (JsonGenerator generator = this.mapper.jsonProvider().createGenerator(out)) {
			this.mapper.serialize(request, generator);
		}
		return out.toByteArray();
	}

	@Benchmark
	public byte[] esdslSerialize() {
		return Json.toBytes(this.search);
	}

	@Benchmark
	public byte[] elasticsearchJavaSerialize() {
		return serialize(this.request);
	}

	@Benchmark
	public byte[] esdslBuildAndSerialize() {
		return Json.toBytes(esdslSearch());
	}

	@Benchmark
	public byte[] elasticsearchJavaBuildAndSerialize() {
		return serialize(elasticsearchJavaRequest());
	}

}
