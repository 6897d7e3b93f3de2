package io.github.esdsl.benchmarks;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canned {@code _search} responses of the response benchmarks: {@code n} hits, each with
 * realistic metadata ({@code _index}, {@code _id}, {@code _score}, {@code sort}) and an
 * {@link Article} of about 1 KB as {@code _source}, laid out as Elasticsearch writes them.
 */
final class CannedResponses {

	private static final String[] WORDS = { "elasticsearch", "java", "query", "index", "shard", "cluster",
			"mapping", "analyzer", "token", "search", "relevance", "score", "bucket", "aggregation", "replica",
			"document", "field", "nested", "highlight", "vector", "latency", "throughput", "segment", "merge" };

	private static final String[] CATEGORIES = { "engineering", "operations", "release", "tutorial" };

	private static final long EPOCH = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private CannedResponses() {
	}

	/**
	 * The {@code i}-th article: deterministic, varied text, three tags, three comments.
	 * @param i the index
	 * @return the article
	 */
	static Article article(int i) {
		List<Article.Comment> comments = new ArrayList<>(3);
		for (int c = 0; c < 3; c++) {
			comments.add(new Article.Comment("user" + ((i * 7 + c) % 500), words(i * 3 + c, 14), (i + c) % 40,
					instant(i * 3 + c + 1)));
		}
		return new Article("Notes on " + words(i, 6), "author" + (i % 97), CATEGORIES[i % CATEGORIES.length],
				List.of(WORDS[i % WORDS.length], WORDS[(i + 5) % WORDS.length], WORDS[(i + 11) % WORDS.length]),
				instant(i), i % 1000, 1000L * i + 17, (i % 50) / 10.0 + 0.25, words(i * 5 + 1, 45), List.copyOf(comments));
	}

	/**
	 * The articles of a response of {@code n} hits, in order.
	 * @param n the number of hits
	 * @return the articles
	 */
	static List<Article> articles(int n) {
		List<Article> articles = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			articles.add(article(i));
		}
		return articles;
	}

	/**
	 * The {@code _id} of the {@code i}-th hit.
	 * @param i the index
	 * @return the id
	 */
	static String id(int i) {
		return "article-" + String.format("%06d", i);
	}

	/**
	 * A search response of {@code n} hits sorted by {@code _score} then {@code published}.
	 * @param n the number of hits
	 * @return the UTF-8 JSON body
	 */
	static byte[] searchResponse(int n) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1300 * n + 256);
		try (JsonGenerator json = MAPPER.createGenerator(out)) {
			json.writeStartObject();
			json.writeNumberProperty("took", 12);
			json.writeBooleanProperty("timed_out", false);
			json.writeName("_shards");
			json.writeStartObject();
			json.writeNumberProperty("total", 3);
			json.writeNumberProperty("successful", 3);
			json.writeNumberProperty("skipped", 0);
			json.writeNumberProperty("failed", 0);
			json.writeEndObject();
			json.writeName("hits");
			json.writeStartObject();
			json.writeName("total");
			json.writeStartObject();
			json.writeNumberProperty("value", 10_000);
			json.writeStringProperty("relation", "gte");
			json.writeEndObject();
			json.writeNumberProperty("max_score", score(0));
			json.writeArrayPropertyStart("hits");
			for (int i = 0; i < n; i++) {
				Article article = article(i);
				json.writeStartObject();
				json.writeStringProperty("_index", "articles");
				json.writeStringProperty("_id", id(i));
				json.writeNumberProperty("_score", score(i));
				json.writeName("_source");
				MAPPER.writeValue(json, article);
				json.writeArrayPropertyStart("sort");
				json.writeNumber(score(i));
				json.writeNumber(Instant.parse(article.published()).toEpochMilli());
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	/**
	 * The size of the {@code i}-th article's source.
	 * @param i the index
	 * @return its length in bytes
	 */
	static int sourceSize(int i) {
		return MAPPER.writeValueAsBytes(article(i)).length;
	}

	private static double score(int i) {
		return 12.5 - i * 0.001;
	}

	private static String instant(int i) {
		return Instant.ofEpochMilli(EPOCH + i * 3_600_000L).toString();
	}

	private static String words(int seed, int count) {
		StringBuilder text = new StringBuilder();
		for (int w = 0; w < count; w++) {
			text.append((w > 0) ? " " : "").append(WORDS[(seed * 31 + w * 7 + w * w) % WORDS.length]);
		}
		return text.toString();
	}

}
