package io.github.esdsl.search;

import java.util.Map;

/**
 * A search known to match nothing, Python's {@code EmptySearch}: it is built and serialized
 * like any {@link Search} (every method returns an {@code EmptySearch} again), but running it
 * never contacts the cluster: it has no hits, no aggregation buckets, a {@link #count()} of 0,
 * and deleting by it deletes nothing.
 *
 * @param <T> the type hits are read as
 */
public final class EmptySearch<T> extends Search<T> {

	EmptySearch(Target target, SearchBody body) {
		super(target, body);
	}

	/**
	 * An empty search over some indices, hits read as maps.
	 * @param indices the index names or patterns
	 * @return the search
	 */
	public static EmptySearch<Map<String, Object>> of(String... indices) {
		return new EmptySearch<>(Target.of(indices, Map.class), SearchBody.EMPTY);
	}

	/**
	 * An empty search with the same request as another search.
	 * @param <T> the type hits are read as
	 * @param search the search
	 * @return the empty search
	 */
	public static <T> EmptySearch<T> from(Search<T> search) {
		return new EmptySearch<>(search.target, search.body);
	}

	/**
	 * The number of matching hits: always 0, without a request.
	 * @return 0
	 */
	public long count() {
		return 0;
	}

	@Override
	<R> Search<R> copy(Target target, SearchBody body) {
		return new EmptySearch<>(target, body);
	}

}
