package io.github.esdsl.search;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.github.esdsl.connection.ConnectionException;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawResponse;

/**
 * Running a {@link Search}: the execution half of its API, on the connection chosen with
 * {@code using(...)}. Synchronous methods block the calling thread; the {@code ...Async} twins
 * send the request on the connection's asynchronous transport and complete on its I/O thread,
 * so no thread waits per request.
 *
 * @param <T> the type hits are read as
 */
abstract class SearchExecution<T> extends Request<Search<T>> {

	/** The page size of {@link #iterate()} and {@link #scan()}. */
	static final int DEFAULT_PAGE_SIZE = 1000;

	private volatile Response<T> cachedResponse;

	SearchExecution(Target target) {
		super(target);
	}

	@SuppressWarnings("unchecked")
	private Search<T> self() {
		return (Search<T>) this;
	}

	/**
	 * Runs the search, or returns the response of an earlier run of this instance (searches are
	 * immutable, so the response stays valid for it).
	 * @return the response
	 * @throws ElasticsearchException when Elasticsearch refuses the search (status, type, reason)
	 * @throws ConnectionException when no node answered
	 * @throws IllegalStateException when no connection is registered under the alias
	 */
	public Response<T> execute() {
		return execute(false);
	}

	/**
	 * Runs the search.
	 * @param ignoreCache {@code true} to ask the cluster again even when this instance has run
	 * before (the new response then replaces the cached one)
	 * @return the response
	 */
	public Response<T> execute(boolean ignoreCache) {
		Response<T> cached = this.cachedResponse;
		if (cached != null && !ignoreCache) {
			return cached;
		}
		Response<T> response = Runner.execute(self(), this.target.resolveConnection());
		this.cachedResponse = response;
		return response;
	}

	/**
	 * Runs the search without blocking, or completes at once with the cached response.
	 * @return the future response; it fails with the exceptions {@link #execute()} throws
	 */
	public CompletableFuture<Response<T>> executeAsync() {
		return executeAsync(false);
	}

	/**
	 * Runs the search without blocking.
	 * @param ignoreCache {@code true} to ask the cluster even when this instance has run before
	 * @return the future response
	 */
	public CompletableFuture<Response<T>> executeAsync(boolean ignoreCache) {
		Response<T> cached = this.cachedResponse;
		if (cached != null && !ignoreCache) {
			return CompletableFuture.completedFuture(cached);
		}
		return Runner.executeAsync(self(), this.target.resolveConnection()).thenApply((response) -> {
			this.cachedResponse = response;
			return response;
		});
	}

	/**
	 * The number of matching documents: the cached response's total when this instance has run
	 * and the total is exact, else a {@code _count} request with the query only.
	 * @return the count
	 */
	public long count() {
		Response<T> cached = this.cachedResponse;
		if (cached != null && cached.hits.total() != null && cached.total().isExact()) {
			return cached.total().value();
		}
		return Runner.countOf(this.target.resolveConnection().perform(Runner.count(self())));
	}

	/**
	 * Counts without blocking; see {@link #count()}.
	 * @return the future count
	 */
	public CompletableFuture<Long> countAsync() {
		Response<T> cached = this.cachedResponse;
		if (cached != null && cached.hits.total() != null && cached.total().isExact()) {
			return CompletableFuture.completedFuture(cached.total().value());
		}
		return this.target.resolveConnection().performAsync(Runner.count(self())).thenApply(Runner::countOf);
	}

	/**
	 * All matching documents, in pages of {@value #DEFAULT_PAGE_SIZE} with a point in time and
	 * {@code search_after}; see {@link #iterate(int)}.
	 * @return the documents; close the stream when not consuming it to the end
	 */
	public Stream<T> iterate() {
		return iterate(DEFAULT_PAGE_SIZE);
	}

	/**
	 * All matching documents, fetched lazily page by page with a point in time and
	 * {@code search_after} (sorted as the search sorts, else by {@code _shard_doc}), so each is
	 * returned exactly once even while the index changes, and only one page is held at a time.
	 * The point in time is closed when the documents run out, when a request fails, and when the
	 * stream is closed: use {@code try (Stream<T> docs = search.iterate(500)) { ... }} when
	 * stopping early.
	 * @param pageSize the number of hits per request
	 * @return the documents
	 */
	public Stream<T> iterate(int pageSize) {
		return iterateHits(pageSize).map(Hit::source);
	}

	/**
	 * All matching hits (with their metadata), as {@link #iterate(int)} pages them.
	 * @param pageSize the number of hits per request
	 * @return the hits; close the stream when not consuming it to the end
	 */
	public Stream<Hit<T>> iterateHits(int pageSize) {
		checkPageSize(pageSize);
		return new PointInTimePaging<>(self(), this.target.resolveConnection(), pageSize).stream();
	}

	/**
	 * All matching documents with a scroll, Python's {@code scan()}: in index order unless the
	 * search sorts, {@value #DEFAULT_PAGE_SIZE} per request unless it sets a size; the scroll is
	 * cleared when the documents run out, a request fails or the stream is closed.
	 * @return the documents; close the stream when not consuming it to the end
	 */
	public Stream<T> scan() {
		return scanHits(DEFAULT_PAGE_SIZE).map(Hit::source);
	}

	/**
	 * All matching hits with a scroll; see {@link #scan()}.
	 * @param pageSize the number of hits per request unless the search sets a size
	 * @return the hits; close the stream when not consuming it to the end
	 */
	public Stream<Hit<T>> scanHits(int pageSize) {
		checkPageSize(pageSize);
		return new ScrollPaging<>(self(), this.target.resolveConnection(), pageSize).stream();
	}

	/**
	 * Deletes the matching documents ({@code _delete_by_query} with this search's body and URL
	 * parameters, such as {@code conflicts=proceed} or {@code refresh=true}).
	 * @return the response
	 */
	public DeleteByQueryResponse delete() {
		RawResponse raw = this.target.resolveConnection().perform(Runner.deleteByQuery(self()));
		return new DeleteByQueryResponse(raw.bodyAsMap());
	}

	/**
	 * Deletes the matching documents without blocking; see {@link #delete()}.
	 * @return the future response
	 */
	public CompletableFuture<DeleteByQueryResponse> deleteAsync() {
		return this.target.resolveConnection()
			.performAsync(Runner.deleteByQuery(self()))
			.thenApply((raw) -> new DeleteByQueryResponse(raw.bodyAsMap()));
	}

	private static void checkPageSize(int pageSize) {
		if (pageSize < 1 || pageSize > 10_000) {
			throw new IllegalArgumentException("The page size must be between 1 and 10000 but was " + pageSize);
		}
	}

}
