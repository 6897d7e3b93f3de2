package io.github.esdsl.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.AggSeeds;
import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.QuerySeeds;
import io.github.esdsl.search.RawMutations.Kind;
import io.github.esdsl.search.RawMutations.Mutation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Fuzzing of {@code Q.fromMap}, {@code A.fromMap} and {@code Search.fromMap} with 10,500 raw
 * maps: valid seeds (one per query and aggregation type, full search bodies) mutated by
 * {@link RawMutations}, and trees generated from scratch. Each input gives either a value that
 * writes JSON and round-trips exactly, or an {@link InvalidDslException} with a short message
 * saying where and what; never another exception type, a stack overflow or a long stall.
 */
class RawInputFuzzTest {

	private static final List<Map<String, Object>> QUERIES = QuerySeeds.raw();

	private static final List<Map<String, Object>> AGGS = AggSeeds.raw();

	private static final List<Map<String, Object>> BODIES = bodies();

	/** Longest accepted error message: enough to say what and where, short enough to log. */
	private static final int MAX_MESSAGE = 1200;

	@Property(tries = 3000)
	void mutatedQueriesParseOrFailClearly(@ForAll("queryCases") Case fuzz) {
		check(fuzz, RawMutations.apply(QUERIES.get(fuzz.seed()), fuzz.mutations()), Q::fromMap, Q::fromJson);
	}

	@Property(tries = 3000)
	void mutatedAggregationsParseOrFailClearly(@ForAll("aggCases") Case fuzz) {
		check(fuzz, RawMutations.apply(AGGS.get(fuzz.seed()), fuzz.mutations()), A::fromMap, A::fromJson);
	}

	@Property(tries = 3000)
	void mutatedSearchBodiesParseOrFailClearly(@ForAll("bodyCases") Case fuzz) {
		check(fuzz, RawMutations.apply(BODIES.get(fuzz.seed()), fuzz.mutations()), Search::fromMap, Search::fromJson);
	}

	@Property(tries = 500)
	void generatedMapsParseOrFailClearly(@ForAll("generated") Map<String, Object> raw) {
		Case fuzz = new Case(-1, List.of());
		check(fuzz, raw, Q::fromMap, Q::fromJson);
		check(fuzz, raw, A::fromMap, A::fromJson);
		check(fuzz, raw, Search::fromMap, Search::fromJson);
	}

	@Property(tries = 300)
	void nestingBeyondTheLimitIsRefused(@ForAll("deepCases") Case fuzz) {
		Mutation deep = fuzz.mutations().get(0);
		int kind = deep.position() % 3;
		Map<String, Object> seed = (kind == 0) ? QUERIES.get(fuzz.seed() % QUERIES.size())
				: (kind == 1) ? AGGS.get(fuzz.seed() % AGGS.size()) : BODIES.get(fuzz.seed() % BODIES.size());
		Map<Object, Object> raw = RawMutations.apply(seed, fuzz.mutations());
		Function<Map<String, ?>, ?> parser = (kind == 0) ? Q::fromMap : (kind == 1) ? A::fromMap : Search::fromMap;
		Throwable thrown = outcome(() -> parser.apply(cast(raw)));
		assertThat(thrown).as("%s: nesting of %s levels must be refused", fuzz, deepLevels(deep)).isNotNull();
		assertTyped(fuzz, thrown);
		InvalidDslException invalid = (InvalidDslException) thrown;
		if (!invalid.problem().contains("nested deeper than " + DslObject.MAX_DEPTH + " levels")) {
			// refused for its shape (e.g. a list where a query belongs) before reaching the depth
			assertThat(invalid.path().split("[.\\[]")).as("%s: %s", fuzz, invalid.getMessage()).hasSizeLessThan(40);
		}
	}

	private static int deepLevels(Mutation deep) {
		return 257 + (Math.abs(deep.payload()) * 37) % 3000;
	}

	private static <T extends JsonWritable> void check(Case fuzz, Map<?, ?> raw,
			Function<Map<String, ?>, T> fromMap, Function<String, T> fromJson) {
		long start = System.nanoTime();
		T parsed;
		try {
			parsed = fromMap.apply(cast(raw));
		}
		catch (Throwable ex) {
			assertTyped(fuzz, ex);
			assertQuick(fuzz, start);
			return;
		}
		String json;
		try {
			json = parsed.toJson();
			assertThat(new String(Json.toBytes(parsed), StandardCharsets.UTF_8)).as("%s: bytes", fuzz).isEqualTo(json);
		}
		catch (Throwable ex) {
			throw new AssertionError(fuzz + ": accepted but cannot be written as JSON: " + ex, ex);
		}
		Map<String, Object> map = parsed.toMap();
		T again = fromMap.apply(map);
		assertThat(again.toMap()).as("%s: fromMap(toMap())", fuzz).isEqualTo(map);
		assertThat(again).as("%s: equals after round trip", fuzz).isEqualTo(parsed);
		assertThat(again.toJson()).as("%s: JSON after round trip", fuzz).isEqualTo(json);
		Throwable reading = outcome(() -> assertThat(fromJson.apply(json).toJson()).as("%s: JSON parsed back", fuzz)
			.isEqualTo(json));
		if (reading != null && !isReadLimit(reading)) {
			throw new AssertionError(fuzz + ": its own JSON cannot be read back: " + reading, reading);
		}
		assertQuick(fuzz, start);
	}

	/**
	 * JSON text beyond Jackson's read limits (a name over 50,000 characters, as Elasticsearch's
	 * own parser also refuses) is refused with a clear IllegalArgumentException.
	 */
	private static boolean isReadLimit(Throwable thrown) {
		return thrown instanceof IllegalArgumentException && !(thrown instanceof InvalidDslException)
				&& thrown.getMessage().startsWith("Invalid JSON: ") && thrown.getMessage().contains("exceeds the maximum");
	}

	private static void assertTyped(Case fuzz, Throwable thrown) {
		if (!(thrown instanceof InvalidDslException invalid)) {
			throw new AssertionError(fuzz + ": expected a value or an InvalidDslException but got " + thrown, thrown);
		}
		String message = invalid.getMessage();
		assertThat(message).as("%s: message", fuzz).isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE);
		assertThat(invalid.problem()).as("%s: problem", fuzz).isNotBlank();
		if (!invalid.path().isEmpty()) {
			assertThat(message).as("%s: message names the path", fuzz).contains(" (at ");
		}
	}

	private static void assertQuick(Case fuzz, long start) {
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (millis > 2000) {
			fail(fuzz + ": took " + millis + " ms");
		}
	}

	private static Throwable outcome(Runnable action) {
		try {
			action.run();
			return null;
		}
		catch (Throwable ex) {
			return ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> cast(Map<?, ?> raw) {
		return (Map<String, ?>) raw;
	}

	/**
	 * A seed (index into the corpus, -1 for generated input) and the mutations applied to it;
	 * printed instead of the tree, which may hold cycles or megabytes.
	 */
	record Case(int seed, List<Mutation> mutations) {

		@Override
		public String toString() {
			return "seed " + this.seed + " with " + this.mutations;
		}

	}

	@Provide
	Arbitrary<Case> queryCases() {
		return cases(QUERIES.size());
	}

	@Provide
	Arbitrary<Case> aggCases() {
		return cases(AGGS.size());
	}

	@Provide
	Arbitrary<Case> bodyCases() {
		return cases(BODIES.size());
	}

	@Provide
	Arbitrary<Case> deepCases() {
		Arbitrary<Mutation> deep = Combinators.combine(Arbitraries.integers().between(0, 1000),
				Arbitraries.integers().between(0, 1000)).as((position, payload) -> new Mutation(Kind.DEEP, position, payload));
		return Combinators.combine(Arbitraries.integers().between(0, 1000), deep).as((seed, mutation) -> new Case(seed,
				List.of(mutation)));
	}

	private static Arbitrary<Case> cases(int seeds) {
		// cycles and deep nesting are slow to refuse (hundreds of levels each); they get their own property too
		Arbitrary<Kind> kinds = Arbitraries.frequency(Arrays.stream(Kind.values())
			.map((kind) -> Tuple.of((kind == Kind.CYCLE || kind == Kind.DEEP) ? 1 : 4, kind)).toArray(Tuple.Tuple2[]::new));
		Arbitrary<Mutation> mutation = Combinators.combine(kinds,
				Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000)).as(Mutation::new);
		return Combinators.combine(Arbitraries.integers().between(0, seeds - 1), mutation.list().ofMinSize(1).ofMaxSize(4))
			.as(Case::new);
	}

	@Provide
	Arbitrary<Map<String, Object>> generated() {
		return Arbitraries.maps(Arbitraries.of(RawMutations.KEYS.subList(0, 30)), tree(4)).ofMinSize(0).ofMaxSize(3);
	}

	private Arbitrary<Object> tree(int depth) {
		Arbitrary<Object> scalar = Arbitraries.oneOf(Arbitraries.of(RawMutations.NUMBERS),
				Arbitraries.of(RawMutations.STRINGS).map((s) -> (Object) s), Arbitraries.of(true, false).map((b) -> (Object) b))
			.injectNull(0.1);
		if (depth == 0) {
			return scalar;
		}
		Arbitrary<Object> child = Arbitraries.lazy(() -> tree(depth - 1));
		Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of(RawMutations.KEYS.subList(0, 30)), child).ofMaxSize(3)
			.map((m) -> (Object) new LinkedHashMap<>(m));
		Arbitrary<Object> list = child.list().ofMaxSize(3).map((l) -> (Object) new ArrayList<>(l));
		return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(4, map),
				Tuple.of(2, list));
	}

	/** Full search bodies, each part filled from the query and aggregation seeds. */
	private static List<Map<String, Object>> bodies() {
		List<Map<String, Object>> bodies = new ArrayList<>();
		for (int i = 0; i < Math.max(QUERIES.size(), AGGS.size()); i++) {
			Map<String, Object> body = Json.parseMap(("{'knn':[{'field':'v','k':1,'num_candidates':5,'query_vector':[1,2]},"
					+ "{'field':'w','k':2,'num_candidates':5}],'rank':{'rrf':{'rank_constant':20}},"
					+ "'sort':['a',{'b':{'order':'desc'}}],'collapse':{'field':'user'},'from':5,'size':10,"
					+ "'track_total_hits':true,'search_after':[1,'x'],'_source':{'includes':['a']},"
					+ "'highlight':{'fields':{'title':{}},'pre_tags':['<b>']},"
					+ "'suggest':{'s':{'text':'x','term':{'field':'f'}}},'script_fields':{'t':{'script':'1'}},"
					+ "'pit':{'id':'abc','keep_alive':'1m'},'runtime_mappings':{'day':{'type':'keyword'}}}")
				.replace('\'', '"'));
			Map<String, Object> ordered = new LinkedHashMap<>();
			ordered.put("query", QUERIES.get(i % QUERIES.size()));
			ordered.put((i % 2 == 0) ? "aggs" : "aggregations", Map.of("a" + i, AGGS.get(i % AGGS.size())));
			ordered.put("post_filter", QUERIES.get((i * 7) % QUERIES.size()));
			ordered.putAll(body);
			bodies.add(ordered);
		}
		return bodies;
	}

}
