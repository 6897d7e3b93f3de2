package io.github.esdsl.dsl;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.aggs.AggsBuilder;
import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import io.github.esdsl.query.SF;
import io.github.esdsl.search.Search;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.JsonGeneratorDelegate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value written more than once is written from its kept bytes, and those bytes are exactly
 * what streaming the value writes: for every kind of value, and with 32 threads writing the
 * same values at once.
 */
class WrittenBytesTest {

	/** Every kind of value, each built fresh by its supplier (so equal values that share nothing). */
	private static final Map<String, Supplier<Object>> VALUES = values();

	@Test
	void everyKindOfValueIsWrittenFromItsBytesWithTheSameBytes() {
		VALUES.forEach((kind, value) -> {
			Object shared = value.get();
			String expected = streamed(value.get());
			for (int i = 1; i <= 4; i++) {
				Written written = write(shared);
				assertThat(written.json()).as("%s, write %d", kind, i).isEqualTo(expected);
				// the first write streams; the second keeps the bytes and copies them, as every later one
				if (i == 1) {
					assertThat(written.raw()).as("%s, raw copies in write %d", kind, i).doesNotContain(expected);
				}
				else {
					assertThat(written.raw()).as("%s, raw copies in write %d", kind, i).containsExactly(expected);
				}
			}
		});
	}

	@Test
	void partsOfASearchKeptAsConstantsAreWrittenFromTheirBytesWhenTheQueryAndPageChange() {
		Search<?> constant = Search.of("blog")
			.aggs((aggs) -> aggs.bucket("per_category", A.terms("category"))
				.bucket("per_month", A.dateHistogram("published", "month"))
				.metric("clicks", A.sum("clicks")))
			.highlight("title", "body")
			.sort("-published", "_score")
			.source(List.of("title", "published"), List.of("body"));
		Map<String, Object> body = constant.toMap();
		List<String> parts = List.of(Json.toJson(body.get("aggs")), Json.toJson(body.get("sort")),
				Json.toJson(((Map<?, ?>) body.get("highlight")).get("fields")), Json.toJson(body.get("_source")));
		for (int page = 0; page < 4; page++) {
			Search<?> search = constant.query(Q.match("title", "python " + page)).slice(page * 10, page * 10 + 10);
			Written written = write(search);
			assertThat(written.json()).isEqualTo(search.toJson()).isEqualTo(Json.toJson(search.toMap()));
			if (page == 0) {
				assertThat(written.raw()).as("raw copies in write 1").doesNotContainAnyElementsOf(parts);
			}
			else {
				assertThat(written.raw()).as("raw copies in write %d", page + 1).containsAll(parts)
					.noneMatch((raw) -> raw.contains("python"));
			}
		}
	}

	@Test
	void everyPartOfASearchIsWrittenFromItsBytes() {
		Search<?> shared = search();
		String expected = streamed(search());
		List<String> parts = new ArrayList<>();
		search().toMap().forEach((key, value) -> {
			if (key.equals("highlight")) {
				((Map<?, ?>) value).values().forEach((option) -> parts.add(Json.toJson(option)));
			}
			else if (value instanceof Map || value instanceof List) {
				parts.add(Json.toJson(value));
			}
		});
		assertThat(parts).hasSize(13);
		for (int i = 1; i <= 3; i++) {
			Written written = write(shared);
			assertThat(written.json()).isEqualTo(expected);
			if (i == 1) {
				assertThat(written.raw()).doesNotContainAnyElementsOf(parts);
			}
			else {
				assertThat(written.raw()).containsExactlyElementsOf(parts);
			}
		}
	}

	@Test
	void thirtyTwoThreadsWritingTheSameValuesAtOnceWriteTheirExactBytes() throws Exception {
		Map<String, Object> shared = new LinkedHashMap<>();
		Map<String, String> expected = new LinkedHashMap<>();
		VALUES.forEach((kind, value) -> {
			shared.put(kind, value.get());
			expected.put(kind, streamed(value.get()));
		});
		shared.put("search", search());
		expected.put("search", streamed(search()));
		int threads = 32;
		CyclicBarrier start = new CyclicBarrier(threads);
		AtomicInteger raw = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				results.add(pool.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					List<String> wrong = new ArrayList<>();
					for (int round = 0; round < 50; round++) {
						shared.forEach((kind, value) -> {
							Written written = write(value);
							raw.addAndGet(written.raw().isEmpty() ? 0 : 1);
							if (!written.json().equals(expected.get(kind))) {
								wrong.add(kind + ": " + written.json());
							}
						});
					}
					return wrong;
				}));
			}
			for (Future<List<String>> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isEmpty();
			}
		}
		finally {
			pool.shutdownNow();
		}
		// most of the 32 × 50 writes of each value copy kept bytes
		assertThat(raw.get()).isGreaterThan(shared.size() * threads * 40);
	}

	@Test
	void valuesOfOneScalarParameterAreStreamedEveryTimeAndValuesHoldingThemKeepTheirBytes() {
		for (Object value : List.of(Q.term("tag", "t1"), A.sum("clicks"), Q.match("title", "é \"x\""),
				Q.term("title", "\"quoted\" \\ é 日本 🎉 \n\t\u0001"), Q.prefix("title", "py"))) {
			String expected = streamed(value);
			for (int i = 1; i <= 3; i++) {
				Written written = write(value);
				assertThat(written.json()).isEqualTo(expected);
				assertThat(written.raw()).as("write %d of %s", i, expected).isEmpty();
			}
		}
		Query bool = Q.bool().withShould(Q.term("tag", "t1"), Q.term("tag", "t2"));
		String expected = streamed(Q.bool().withShould(Q.term("tag", "t1"), Q.term("tag", "t2")));
		assertThat(write(bool).raw()).isEmpty();
		for (int i = 2; i <= 3; i++) {
			Written written = write(bool);
			assertThat(written.json()).isEqualTo(expected);
			assertThat(written.raw()).containsExactly(expected);
		}
	}

	@Test
	void generatorsOpenedElsewhereGetTheValueStreamedNotTheKeptBytes() {
		Search<?> shared = search();
		write(shared);
		write(shared);
		assertThat(write(shared).raw()).isNotEmpty();
		ObjectWriteContext pretty = new ObjectWriteContext.Base() {
			@Override
			public PrettyPrinter getPrettyPrinter() {
				return new DefaultPrettyPrinter();
			}
		};
		assertThat(written(shared, pretty)).isEqualTo(written(search(), pretty)).contains("\n");
		assertThat(shared.toJson()).isEqualTo(search().toJson());
	}

	@Test
	void aValueHoldingAJsonWritableOfTheCallersIsNeverKept() {
		Mutable mutable = new Mutable("one");
		Query query = Q.of("match", Map.of("title", mutable));
		for (int i = 0; i < 3; i++) {
			assertThat(write(query).json()).isEqualTo("{\"match\":{\"title\":\"one\"}}");
		}
		mutable.text = "two";
		Written written = write(query);
		assertThat(written.json()).isEqualTo("{\"match\":{\"title\":\"two\"}}");
		assertThat(written.raw()).isEmpty();
	}

	@Test
	void aValueLargerThanTheLimitIsStreamedEveryTimeWithTheValuesInsideItFromTheirBytes() {
		Query large = largeBool();
		String expected = streamed(largeBool());
		String clause = streamed(Q.term("tag", "a-rather-long-tag-value-0", Map.of("boost", 1)));
		assertThat(expected.length()).isGreaterThan(ValueWriter.MAX_BYTES);
		for (int i = 1; i <= 4; i++) {
			Written written = write(large);
			assertThat(written.json()).isEqualTo(expected);
			assertThat(written.raw()).doesNotContain(expected);
			// the clauses are written once in each write of the bool: they keep bytes from the second
			if (i == 1) {
				assertThat(written.raw()).isEmpty();
			}
			else {
				assertThat(written.raw()).hasSize(400).first().isEqualTo(clause);
			}
		}
	}

	private static Query largeBool() {
		Query[] clauses = new Query[400];
		for (int i = 0; i < clauses.length; i++) {
			clauses[i] = Q.term("tag", "a-rather-long-tag-value-" + i, Map.of("boost", 1));
		}
		return Q.bool().withShould(clauses);
	}

	private static Map<String, Supplier<Object>> values() {
		Map<String, Supplier<Object>> values = new LinkedHashMap<>();
		values.put("match", () -> Q.match("title", "python web", Map.of("operator", "and", "boost", 1.5)));
		values.put("term with escapes and non-ASCII", () -> Q.term("title", "\"quoted\" \\ é 日本 🎉 \n\t\u0001",
				Map.of("boost", 2)));
		values.put("range with a date", () -> Q.range("published", Map.of("gte", LocalDate.of(2024, 1, 1), "lt", "now")));
		values.put("bool", () -> Q.bool()
			.withMust(Q.match("title", "python"))
			.withFilter(Q.term("category", "blog"), Q.terms("tags", List.of("a", "b")))
			.withShould(Q.matchPhrase("body", "django"))
			.withMustNot(Q.term("status", "draft")));
		values.put("nested", () -> Q.nested("comments", Q.match("comments.text", "nice")));
		values.put("function_score", () -> Q.functionScore(Q.match("title", "x"), SF.weight(2),
				SF.scriptScore(Map.of("source", "doc['likes'].value")), SF.randomScore(Map.of("seed", 10L))));
		values.put("score function", () -> SF.weight(3, Map.of("filter", Q.term("kind", "a"))));
		values.put("raw query of every scalar", () -> Q.fromMap(Map.of("script", Map.of("script", Map.of("params",
				scalars())))));
		values.put("aggregation tree", () -> A.terms("category", Map.of("size", 5))
			.withBucket("per_month", A.dateHistogram("published", "month"))
			.withMetric("clicks", A.sum("clicks")));
		values.put("raw aggregation with meta", () -> A.fromMap(Map.of("filter", Map.of("term", Map.of("a", 1)),
				"aggs", Map.of("avg_price", Map.of("avg", Map.of("field", "price"))), "meta", Map.of("k", "v"))));
		values.put("aggregations from a builder", () -> {
			AggsBuilder root = AggsBuilder.of(Map.of());
			root.bucket("per_category", A.terms("category")).bucket("per_month", A.dateHistogram("published", "month"))
				.metric("clicks", A.sum("clicks"));
			return root.build();
		});
		values.put("frozen map", () -> Frozen.map(scalars()));
		values.put("frozen list", () -> Frozen.value(List.of("a", 1, List.of(), Map.of(), Q.matchAll())));
		return values;
	}

	private static Map<String, Object> scalars() {
		Map<String, Object> scalars = new LinkedHashMap<>();
		scalars.put("int", 1);
		scalars.put("long", 1L << 40);
		scalars.put("double", 0.1);
		scalars.put("float", 2.5f);
		scalars.put("decimal", new BigDecimal("1.000000000000000000001"));
		scalars.put("big", new BigInteger("123456789012345678901234567890"));
		scalars.put("true", true);
		scalars.put("null", null);
		scalars.put("text", "é\u2028\"");
		scalars.put("list", Arrays.asList(1, null, "x"));
		return scalars;
	}

	private static Search<?> search() {
		return Search.of("blog")
			.query(Q.match("title", "python", Map.of("operator", "and")))
			.postFilter(Q.term("category", "blog", Map.of("boost", 2)))
			.aggs((aggs) -> aggs.bucket("per_category", A.terms("category")).metric("clicks", A.sum("clicks")))
			.knn("vector", 3, 10, List.of(0.1, 0.2))
			.rank(Map.of("rrf", Map.of()))
			.sort("-published", Map.of("likes", Map.of("order", "asc")), "_score")
			.collapse("author", Map.of("inner_hits", Map.of("name", "latest", "size", 1)))
			.source(List.of("title"), List.of("body"))
			.highlight("title", Map.of("number_of_fragments", 2))
			.highlightOptions(Map.of("pre_tags", List.of("<em>")))
			.suggest("fix", "pyhton", Map.of("term", Map.of("field", "title")))
			.scriptFields(Map.of("twice", Map.of("script", "doc['likes'].value * 2")))
			.searchAfter(List.of(10, "x"))
			.trackTotalHits(100)
			.slice(10, 20);
	}

	/** The value streamed by a generator that never takes kept bytes. */
	private static String streamed(Object value) {
		return Json.toJson(value);
	}

	private static String written(Object value, ObjectWriteContext context) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator generator = Json.factory().createGenerator(context, out)) {
			Frozen.write(generator, value);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Writes the value as {@code Json.toBytes} does, counting the raw copies. */
	private static Written write(Object value) {
		Through through = new Through(value);
		String json = new String(Json.toBytes(through), StandardCharsets.UTF_8);
		return new Written(json, through.raw);
	}

	/** What a write gave, and the JSON of each raw copy in it. */
	private record Written(String json, List<String> raw) {
	}

	/** Writes a value through a generator of {@code Json.toBytes} that counts raw values. */
	private static final class Through implements JsonWritable {

		private final Object value;

		private final List<String> raw = new ArrayList<>();

		Through(Object value) {
			this.value = value;
		}

		@Override
		public Map<String, Object> toMap() {
			throw new UnsupportedOperationException();
		}

		@Override
		public void writeJson(JsonGenerator generator) {
			Frozen.write(new JsonGeneratorDelegate(generator) {
				@Override
				public JsonGenerator writeRawValue(SerializableString text) {
					Through.this.raw.add(text.getValue());
					generator.writeRawValue(text);
					return this;
				}
			}, this.value);
		}

	}

	private static final class Mutable implements JsonWritable {

		private String text;

		Mutable(String text) {
			this.text = text;
		}

		@Override
		public Map<String, Object> toMap() {
			return Map.of("unused", this.text);
		}

		@Override
		public void writeJson(JsonGenerator generator) {
			generator.writeString(this.text);
		}

	}

}
