package io.github.esdsl.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Query;

/**
 * One kNN search as Python's {@code knn(...)} builds it: {@code field}, {@code k},
 * {@code num_candidates}, exactly one of {@code query_vector} and {@code query_vector_builder},
 * then {@code boost}, {@code filter}, {@code similarity}, {@code inner_hits} and any other option
 * in the order given. A {@link Query} filter is kept as a query and written as its JSON.
 */
final class Knn {

	private static final List<String> ORDERED = List.of("boost", "filter", "similarity", "inner_hits");

	private static final Set<String> VECTORS = Set.of("query_vector", "query_vector_builder");

	private Knn() {
	}

	static Object of(String field, int k, int numCandidates, List<? extends Number> queryVector,
			Map<String, ?> options) {
		if (field == null || field.isEmpty()) {
			throw new InvalidDslException("A kNN search needs the name of a dense_vector field");
		}
		Map<String, ?> opts = (options != null) ? options : Map.of();
		if (queryVector != null && opts.containsKey("query_vector")) {
			throw new InvalidDslException("kNN search on '" + field + "' got a query vector both as an argument "
					+ "and as the 'query_vector' option: give it once");
		}
		Object vector = (queryVector != null) ? queryVector : opts.get("query_vector");
		Object builder = opts.get("query_vector_builder");
		Map<String, Object> knn = new LinkedHashMap<>();
		knn.put("field", field);
		knn.put("k", k);
		knn.put("num_candidates", numCandidates);
		putVector(knn, field, vector, builder);
		for (String key : ORDERED) {
			if (opts.get(key) != null) {
				knn.put(key, ("filter".equals(key)) ? filter(opts.get(key)) : opts.get(key));
			}
		}
		for (Map.Entry<String, ?> entry : opts.entrySet()) {
			if (!knn.containsKey(entry.getKey()) && !VECTORS.contains(entry.getKey()) && entry.getValue() != null) {
				knn.put(entry.getKey(), entry.getValue());
			}
		}
		return freeze(knn);
	}

	/**
	 * The kNN searches of a body with one more, taking over a raw list kept by parsing.
	 */
	static List<Object> add(SearchBody body, Object knn) {
		List<Object> current = body.knn();
		Object raw = body.extra().get("knn");
		if (current.isEmpty() && (raw instanceof Map<?, ?> || raw instanceof Collection<?>)) {
			current = BodyParser.knn(raw);
		}
		Object[] all = current.toArray(new Object[current.size() + 1]);
		all[current.size()] = knn;
		return Frozen.listOf(all);
	}

	static Object raw(Map<String, ?> knn) {
		if (knn == null) {
			throw new InvalidDslException("A kNN search must be a map like {\"field\": ..., \"k\": ..., "
					+ "\"num_candidates\": ..., \"query_vector\": [...]}, not null");
		}
		Object field = knn.get("field");
		requireOneVector((field != null) ? field.toString() : "?", knn.get("query_vector"),
				knn.get("query_vector_builder"));
		return freeze(knn);
	}

	private static void putVector(Map<String, Object> knn, String field, Object vector, Object builder) {
		requireOneVector(field, vector, builder);
		if (vector != null) {
			if (!(vector instanceof Collection<?> items)) {
				throw new InvalidDslException("The query vector of kNN search on '" + field + "' must be a list of numbers but was "
						+ Frozen.describe(vector));
			}
			int i = 0;
			for (Object item : items) {
				if (!(item instanceof Number)) {
					throw new InvalidDslException("The query vector of kNN search on '" + field + "' must hold numbers but ["
							+ i + "] is " + Frozen.describe(item));
				}
				i++;
			}
			knn.put("query_vector", vector);
		}
		else {
			knn.put("query_vector_builder", builder);
		}
	}

	private static void requireOneVector(String field, Object vector, Object builder) {
		if (vector == null && builder == null) {
			throw new InvalidDslException("kNN search on '" + field
					+ "' needs one of query_vector and query_vector_builder, but got neither");
		}
		if (vector != null && builder != null) {
			throw new InvalidDslException("kNN search on '" + field
					+ "' takes only one of query_vector and query_vector_builder, but got both");
		}
	}

	private static Object filter(Object filter) {
		if (filter instanceof Query || filter instanceof Map<?, ?> || filter instanceof Collection<?>) {
			return filter;
		}
		throw new InvalidDslException("A kNN filter must be a Query, a query map or a list of them but was "
				+ Frozen.describe(filter));
	}

	private static Object freeze(Map<String, ?> knn) {
		try {
			return Frozen.value(knn);
		}
		catch (InvalidDslException ex) {
			throw ex.within("knn");
		}
	}

}
