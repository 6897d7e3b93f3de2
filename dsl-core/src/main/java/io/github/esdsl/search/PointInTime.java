package io.github.esdsl.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.esdsl.connection.Connection;

/**
 * A point in time open on a search's indices, Python's {@code with s.point_in_time(keep_alive)}:
 * searches run through it see the indices as they were when it opened, however they change. Open
 * it with {@link Search#pointInTime(Duration)} in a {@code try}-with-resources block; closing it
 * releases it on the cluster.
 *
 * <pre>{@code
 * try (PointInTime<Post> pit = Search.of(Post.class).query(Q.term("tags", "java")).size(100)
 *         .pointInTime(Duration.ofMinutes(1))) {
 *     Response<Post> page = pit.execute();
 *     while (!page.isEmpty()) {
 *         page.forEach(this::process);
 *         page = pit.execute(page.searchAfter());
 *     }
 * }
 * }</pre>
 *
 * Every search run by {@link #execute(Search)} is bound to the point in time's latest id, which
 * Elasticsearch may change with each response, and renews its keep-alive. A search that does not
 * sort is sorted by {@code _shard_doc}, the cheapest order for paging. Not thread-safe: one
 * point in time serves one sequence of searches.
 *
 * @param <T> the type hits are read as
 */
public final class PointInTime<T> implements AutoCloseable {

	private final Search<T> search;

	private final Connection connection;

	private final String keepAlive;

	private String id;

	private boolean closed;

	private PointInTime(Search<T> search, Connection connection, String keepAlive, String id) {
		this.search = search;
		this.connection = connection;
		this.keepAlive = keepAlive;
		this.id = id;
	}

	/**
	 * Opens a point in time on the search's indices (all indices when it names none).
	 */
	static <T> PointInTime<T> open(Search<T> search, Connection connection, Duration keepAlive) {
		String alive = keepAlive(keepAlive);
		Object id = connection.perform(Runner.openPointInTime(search.target, alive)).bodyAsMap().get("id");
		if (!(id instanceof String text)) {
			throw new IllegalStateException("Opening a point in time on " + search.target.indices() + " gave no id");
		}
		Search<T> base = search.index();
		if (base.body.sort().isEmpty()) {
			base = base.sort("_shard_doc");
		}
		return new PointInTime<>(base, connection, alive, text);
	}

	/**
	 * The keep-alive as Elasticsearch's time unit text: {@code 1m}, {@code 30s}, {@code 1500ms}.
	 */
	static String keepAlive(Duration keepAlive) {
		Objects.requireNonNull(keepAlive, "keepAlive must not be null");
		long millis = keepAlive.toMillis();
		if (millis <= 0) {
			throw new IllegalArgumentException("The keep-alive of a point in time must be positive, got " + keepAlive);
		}
		if (millis % 60_000 == 0) {
			return (millis / 60_000) + "m";
		}
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	/**
	 * The id Elasticsearch gave the point in time last.
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The search this point in time was opened for, bound to it with its current id: no indices,
	 * a {@code pit} with the id and keep-alive, sorted by {@code _shard_doc} unless it sorts.
	 * @return the bound search
	 * @throws IllegalStateException when closed
	 */
	public Search<T> search() {
		return bind(this.search);
	}

	/**
	 * Runs the search this point in time was opened for.
	 * @return the first page
	 * @throws IllegalStateException when closed
	 */
	public Response<T> execute() {
		return execute(this.search);
	}

	/**
	 * Runs a search in this point in time, bound to its latest id and keep-alive whatever
	 * {@code pit} and indices the search has (so a {@link Response#searchAfter()} of an earlier
	 * page is fine), and takes the id of the response for the next search.
	 * @param search the search, such as the next page {@code page.searchAfter()}
	 * @return the response
	 * @throws IllegalStateException when closed
	 */
	public Response<T> execute(Search<T> search) {
		Objects.requireNonNull(search, "search must not be null");
		Response<T> response = Runner.execute(bind(search), this.connection);
		if (response.pitId != null) {
			this.id = response.pitId;
		}
		return response;
	}

	private Search<T> bind(Search<T> search) {
		if (this.closed) {
			throw new IllegalStateException("The point in time " + this + " is closed");
		}
		Map<String, Object> pit = new LinkedHashMap<>(4);
		pit.put("id", this.id);
		pit.put("keep_alive", this.keepAlive);
		Search<T> bound = search.target.indices().isEmpty() ? search : search.index();
		if (bound.body.sort().isEmpty()) {
			bound = bound.sort("_shard_doc");
		}
		return bound.extra("pit", pit);
	}

	/**
	 * Closes the point in time on the cluster; closing again does nothing. A point in time that is
	 * already gone (expired) is not an error.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.connection.perform(Runner.closePointInTime(this.id));
	}

	@Override
	public String toString() {
		return "PointInTime{keepAlive=" + this.keepAlive + (this.closed ? ", closed" : "") + "}";
	}

}
