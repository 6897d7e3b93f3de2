package io.github.esdsl.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.github.esdsl.search.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a search response of 100 hits into typed documents: esdsl's streaming
 * {@link Response}, elasticsearch-java's {@code SearchResponse<T>}, and plain Jackson databind
 * into a minimal envelope class (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchResponseBenchmark {

	/** The document. */
	public record Post(String title, String category, List<String> tags, int likes, String published) {
	}

	/** The envelope plain databind reads. */
	public record Envelope(long took, boolean timed_out, Hits hits) {
	}

	/** The hits of the envelope. */
	public record Hits(Total total, Double max_score, List<EnvelopeHit> hits) {
	}

	/** The total of the envelope. */
	public record Total(long value, String relation) {
	}

	/** One hit of the envelope. */
	public record EnvelopeHit(String _index, String _id, Double _score, Post _source) {
	}

	private final byte[] body = body(100);

	private final JsonMapper databind = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	private final JsonpMapper jsonp = new JacksonJsonpMapper();

	private final JsonpDeserializer<SearchResponse<Post>> javaClient = SearchResponse
		.createSearchResponseDeserializer(JsonpDeserializer.of(Post.class));

	static byte[] body(int hits) {
		StringBuilder json = new StringBuilder("{\"took\":3,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,"
				+ "\"skipped\":0,\"failed\":0},\"hits\":{\"total\":{\"value\":" + hits + ",\"relation\":\"eq\"},"
				+ "\"max_score\":1.0,\"hits\":[");
		for (int i = 0; i < hits; i++) {
			json.append((i > 0) ? "," : "")
				.append("{\"_index\":\"blog\",\"_id\":\"")
				.append(i)
				.append("\",\"_score\":1.0,\"_source\":{\"title\":\"Post number ")
				.append(i)
				.append(" about Elasticsearch and Java\",\"category\":\"search\",\"tags\":[\"java\",\"search\",\"dsl\"],"
						+ "\"likes\":")
				.append(i)
				.append(",\"published\":\"2024-05-0")
				.append(i % 9 + 1)
				.append("T10:00:00Z\"}}");
		}
		return json.append("]}}").toString().getBytes(StandardCharsets.UTF_8);
	}

	@Benchmark
	public List<Post> esdsl() {
		return Response.parse(this.body, Post.class).documents();
	}

	@Benchmark
	public List<Post> plainDatabind() {
		return this.databind.readValue(this.body, Envelope.class).hits().hits().stream().map(EnvelopeHit::_source).toList();
	}

	@Benchmark
	public List<Post> elasticsearchJava() {
		try (jakarta.json.stream.JsonParser parser = this.jsonp.jsonProvider()
			.createParser(new ByteArrayInputStream(this.body))) {
			return this.javaClient.deserialize(parser, this.jsonp).hits().hits().stream().map((hit) -> hit.source()).toList();
		}
	}

}
