package io.github.esdsl.search;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.github.esdsl.json.Json;

/**
 * A search known to match nothing, Python's {@code EmptySearch}: it is built and serialized
 * like any {@link Search} (every method returns an {@code EmptySearch} again), but running it
 * never contacts the cluster: it has no hits, no aggregation buckets, a {@link #count()} of 0,
 * and deleting by it deletes nothing.
 *
 * @param <T> the type hits are read as
 */
public final class EmptySearch<T> extends Search<T> {

	private static final byte[] EMPTY_RESPONSE = Json.toBytes(Map.of("took", 0, "timed_out", false, "hits",
			Map.of("total", Map.of("value", 0, "relation", "eq"), "hits", java.util.List.of())));

	private static final byte[] EMPTY_DELETE = Json.toBytes(Map.of("took", 0, "timed_out", false, "total", 0,
			"deleted", 0, "batches", 0, "version_conflicts", 0, "noops", 0, "failures", java.util.List.of()));

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
	 * An empty response, without a request.
	 * @param ignoreCache ignored
	 * @return a response with no hits, a total of 0 and no aggregations
	 */
	@Override
	public Response<T> execute(boolean ignoreCache) {
		return ResponseParser.parse(EMPTY_RESPONSE, documentType());
	}

	@Override
	public CompletableFuture<Response<T>> executeAsync(boolean ignoreCache) {
		return CompletableFuture.completedFuture(execute(ignoreCache));
	}

	/**
	 * The number of matching hits: always 0, without a request.
	 * @return 0
	 */
	@Override
	public long count() {
		return 0;
	}

	@Override
	public CompletableFuture<Long> countAsync() {
		return CompletableFuture.completedFuture(0L);
	}

	@Override
	public Stream<Hit<T>> iterateHits(int pageSize, java.time.Duration keepAlive) {
		return Stream.empty();
	}

	@Override
	public Stream<Hit<T>> scanHits(int pageSize) {
		return Stream.empty();
	}

	/**
	 * Deletes nothing, without a request.
	 * @return a response with nothing deleted
	 */
	@Override
	public DeleteByQueryResponse delete() {
		return new DeleteByQueryResponse(Json.parseMap(EMPTY_DELETE));
	}

	@Override
	public CompletableFuture<DeleteByQueryResponse> deleteAsync() {
		return CompletableFuture.completedFuture(delete());
	}

	@Override
	<R> Search<R> copy(Target target, SearchBody body) {
		return new EmptySearch<>(target, body);
	}

}
