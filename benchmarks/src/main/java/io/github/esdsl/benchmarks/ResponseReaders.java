package io.github.esdsl.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.github.esdsl.search.Response;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contenders of benchmark 2a, each reading a search response body into {@link Article}s:
 * esdsl's {@link Response}, elasticsearch-java's {@code SearchResponse<T>} deserializer with its
 * Jackson 3 mapper, and plain Jackson databind into a minimal envelope (the floor).
 */
final class ResponseReaders {

	/** The envelope plain databind reads. */
	record Envelope(long took, boolean timed_out, Hits hits) {
	}

	/** The {@code hits} of the envelope. */
	record Hits(Total total, Double max_score, List<EnvelopeHit> hits) {
	}

	/** The total of the envelope. */
	record Total(long value, String relation) {
	}

	/** One hit of the envelope: the metadata a caller needs (for {@code search_after}) and the source. */
	record EnvelopeHit(String _index, String _id, Double _score, Article _source, List<Object> sort) {
	}

	private static final JsonMapper DATABIND = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final JsonpMapper JSONP = new Jackson3JsonpMapper();

	private static final JsonpDeserializer<SearchResponse<Article>> TYPED = SearchResponse
		.createSearchResponseDeserializer(JsonpDeserializer.of(Article.class));

	private ResponseReaders() {
	}

	static List<Article> esdsl(byte[] body) {
		return Response.parse(body, Article.class).documents();
	}

	static List<Article> elasticsearchJava(byte[] body) {
		try (jakarta.json.stream.JsonParser parser = JSONP.jsonProvider().createParser(new ByteArrayInputStream(body))) {
			List<Hit<Article>> hits = TYPED.deserialize(parser, JSONP).hits().hits();
			List<Article> articles = new ArrayList<>(hits.size());
			for (Hit<Article> hit : hits) {
				articles.add(hit.source());
			}
			return articles;
		}
	}

	static List<Article> plainDatabind(byte[] body) {
		List<EnvelopeHit> hits = DATABIND.readValue(body, Envelope.class).hits().hits();
		List<Article> articles = new ArrayList<>(hits.size());
		for (EnvelopeHit hit : hits) {
			articles.add(hit._source());
		}
		return articles;
	}

}
