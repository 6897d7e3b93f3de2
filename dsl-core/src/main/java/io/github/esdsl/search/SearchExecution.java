package io.github.esdsl.search;

import java.time.Duration;
import java.util.List;
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

	/** Whether this instance keeps its response ({@link #cached()}); copies never inherit it. */
	private boolean caching;

	private volatile Response<T> cachedResponse;

	SearchExecution(Target target) {
		super(target);
	}

	@SuppressWarnings("unchecked")
	private Search<T> self() {
		return (Search<T>) this;
	}

	/**
	 * This search as one that keeps its response, Python's behaviour: its {@link #execute()} asks
	 * the cluster once and then returns the same response, {@link #count()} reuses that response's
	 * exact total, and {@link #searchAfter()} continues from it. The cache belongs to the returned
	 * instance only: every builder method returns a new search that does not cache, so call this
	 * last, and keep a cached search for one unit of work (a request, a job), never in a shared
	 * field.
	 * @return a caching copy of this search
	 */
	public Search<T> cached() {
		Search<T> copy = self().copy(this.target, self().body);
		((SearchExecution<T>) copy).caching = true;
		return copy;
	}

	/**
	 * Whether this instance keeps its response (see {@link #cached()}).
	 * @return {@code true} for a search made by {@link #cached()}
	 */
	public boolean isCached() {
		return this.caching;
	}

	/**
	 * Runs the search. Unlike Python's {@code execute()}, a search asks the cluster each time it
	 * runs, so a search kept in a field and run per request always gives current results: the
	 * {@link Response} is the cache, keep it as long as it is wanted. A search made by
	 * {@link #cached()} runs once and then returns its first response.
	 * @return the response
	 * @throws ElasticsearchException when Elasticsearch refuses the search (status, type, reason)
	 * @throws ConnectionException when no node answered
	 * @throws IllegalStateException when no connection is registered under the alias
	 */
	public Response<T> execute() {
		return execute(false);
	}

	/**
	 * Runs the search, Python's {@code execute(ignore_cache)}. On a {@link #cached()} search,
	 * {@code false} returns the kept response when there is one and {@code true} asks the cluster
	 * again and keeps the new response; on any other search (nothing is kept) both ask the cluster.
	 * @param ignoreCache {@code true} to ask the cluster even when a cached search has a response
	 * @return the response
	 */
	public Response<T> execute(boolean ignoreCache) {
		Response<T> cached = this.cachedResponse;
		if (cached != null && !ignoreCache) {
			return cached;
		}
		return keep(Runner.execute(self(), this.target.resolveConnection()));
	}

	/**
	 * Runs the search without blocking; see {@link #execute()}.
	 * @return the future response; it fails with the exceptions {@link #execute()} throws
	 */
	public CompletableFuture<Response<T>> executeAsync() {
		return executeAsync(false);
	}

	/**
	 * Runs the search without blocking; see {@link #execute(boolean)}.
	 * @param ignoreCache {@code true} to ask the cluster even when a cached search has a response
	 * @return the future response
	 */
	public CompletableFuture<Response<T>> executeAsync(boolean ignoreCache) {
		Response<T> cached = this.cachedResponse;
		if (cached != null && !ignoreCache) {
			return CompletableFuture.completedFuture(cached);
		}
		return Runner.executeAsync(self(), this.target.resolveConnection()).thenApply(this::keep);
	}

	private Response<T> keep(Response<T> response) {
		if (this.caching) {
			this.cachedResponse = response;
		}
		return response;
	}

	/**
	 * The number of matching documents: a {@code _count} request with the query only, or, on a
	 * {@link #cached()} search that has run, its response's total when that is exact.
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
	 * This search continuing after the last hit of a page it returned, Python's
	 * {@code s.search_after()} in one call: {@code search_after} with the sort values of the
	 * page's last hit.
	 * <pre>{@code
	 * Search<Post> page = Search.of(Post.class).sort("-published", "id").size(20);
	 * Response<Post> response = page.execute();
	 * Response<Post> next = page.searchAfter(response).execute();
	 * }</pre>
	 * @param page a response of this search (or of a search sorted the same way)
	 * @return the search for the next page
	 * @throws IllegalStateException when the page is {@code null} ("A search must be executed
	 * before using search_after"), when it has no hits ("Cannot use search_after when there are no
	 * search results": it was the last page), or when its hits have no sort values ("Cannot use
	 * search_after when results are not sorted")
	 */
	public Search<T> searchAfter(Response<T> page) {
		if (page == null) {
			throw new IllegalStateException("A search must be executed before using search_after: got no response");
		}
		if (page.isEmpty()) {
			throw new IllegalStateException("Cannot use search_after when there are no search results: the page "
					+ "was the last one; stop when a page is empty");
		}
		List<Object> sort = page.hits().get(page.size() - 1).sort();
		if (sort.isEmpty()) {
			throw new IllegalStateException("Cannot use search_after when results are not sorted: sort the search "
					+ "on a unique key (e.g. sort(\"-published\", \"id\")), or page in a point in time");
		}
		return self().searchAfter(sort);
	}

	/**
	 * The page after the response this {@link #cached()} search keeps, Python's
	 * {@code s.search_after()}.
	 * @return the search for the next page
	 * @throws IllegalStateException when this search has no kept response ("A search must be
	 * executed before using search_after"), or as {@link #searchAfter(Response)}
	 */
	public Search<T> searchAfter() {
		Response<T> cached = this.cachedResponse;
		if (cached == null) {
			throw new IllegalStateException("A search must be executed before using search_after: "
					+ (this.caching ? "execute() this search first"
							: "only a cached() search keeps its response; use searchAfter(response) or "
									+ "response.searchAfter()"));
		}
		return searchAfter(cached);
	}

	/**
	 * Opens a point in time on this search's indices, Python's {@code s.point_in_time(keep_alive)}:
	 * use it in a {@code try}-with-resources block, and run the pages through it.
	 * @param keepAlive how long the cluster keeps it between two searches (renewed by each)
	 * @return the open point in time
	 * @see PointInTime
	 */
	public PointInTime<T> pointInTime(Duration keepAlive) {
		return PointInTime.open(self(), this.target.resolveConnection(), keepAlive);
	}

	/**
	 * All matching documents, in pages of {@value #DEFAULT_PAGE_SIZE} with a point in time kept
	 * alive for a minute between pages and {@code search_after}; see {@link #iterate(int)}.
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
		return iterateHits(pageSize, PointInTimePaging.KEEP_ALIVE);
	}

	/**
	 * All matching documents as {@link #iterate(int)} pages them, with a point in time kept alive
	 * for the given time between two pages, Python's {@code iterate(keep_alive=...)}.
	 * @param pageSize the number of hits per request
	 * @param keepAlive how long the point in time lives between two pages (the default is a minute)
	 * @return the documents; close the stream when not consuming it to the end
	 */
	public Stream<T> iterate(int pageSize, Duration keepAlive) {
		return iterateHits(pageSize, keepAlive).map(Hit::source);
	}

	/**
	 * All matching hits as {@link #iterate(int, Duration)} pages them.
	 * @param pageSize the number of hits per request
	 * @param keepAlive how long the point in time lives between two pages
	 * @return the hits; close the stream when not consuming it to the end
	 */
	public Stream<Hit<T>> iterateHits(int pageSize, Duration keepAlive) {
		checkPageSize(pageSize);
		return new PointInTimePaging<>(self(), this.target.resolveConnection(), pageSize, keepAlive).stream();
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
