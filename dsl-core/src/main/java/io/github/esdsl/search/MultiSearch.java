package io.github.esdsl.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;

/**
 * Several searches sent as one {@code _msearch} request, Python's {@code MultiSearch}. Each
 * search becomes a header line (its own indices as {@code "index"} and its URL parameters) and a
 * body line; the multi search's own indices, alias and parameters are those of the request.
 *
 * <p>Immutable and thread-safe: {@link #add(Search)} returns a new multi search.
 */
public final class MultiSearch implements JsonWritable {

	private final Target target;

	private final List<Search<?>> searches;

	private MultiSearch(Target target, List<Search<?>> searches) {
		this.target = target;
		this.searches = searches;
	}

	/**
	 * An empty multi search whose request runs on some indices (searches without indices of
	 * their own search these).
	 * @param indices the index names or patterns
	 * @return the multi search
	 */
	public static MultiSearch of(String... indices) {
		return new MultiSearch(Target.of(indices, Map.class), List.of());
	}

	/**
	 * A copy with one more search.
	 * @param search the search
	 * @return the new multi search
	 */
	public MultiSearch add(Search<?> search) {
		if (search == null) {
			throw new InvalidDslException("MultiSearch.add(...) needs a search, not null");
		}
		List<Search<?>> all = new ArrayList<>(this.searches.size() + 1);
		all.addAll(this.searches);
		all.add(search);
		return new MultiSearch(this.target, List.copyOf(all));
	}

	/**
	 * A copy whose request runs on more indices; without arguments, on all indices again.
	 * @param indices index names or patterns to add
	 * @return the new multi search
	 */
	public MultiSearch index(String... indices) {
		return new MultiSearch(this.target.addIndices(indices), this.searches);
	}

	/**
	 * A copy that runs on the connection registered under another alias.
	 * @param alias the connection alias
	 * @return the new multi search
	 */
	public MultiSearch using(String alias) {
		return new MultiSearch(this.target.withAlias(alias), this.searches);
	}

	/**
	 * A copy that runs on a given connection instead of looking its alias up.
	 * @param connection the connection
	 * @return the new multi search
	 */
	public MultiSearch using(Connection connection) {
		return new MultiSearch(this.target.withConnection(connection), this.searches);
	}

	/**
	 * Runs all searches in one {@code _msearch} request, raising the first search's error.
	 * @return one response per search, in the order they were added
	 * @throws ElasticsearchException the error of the first search that failed
	 */
	public List<Response<?>> execute() {
		return execute(true);
	}

	/**
	 * Runs all searches in one {@code _msearch} request.
	 * @param raiseOnError {@code true} to raise the first search's error; {@code false} to return
	 * a response for it whose {@link Response#failure()} holds the error (and whose
	 * {@link Response#success()} is {@code false})
	 * @return one response per search, in the order they were added
	 * @throws ElasticsearchException when raising, or when the whole request fails
	 */
	public List<Response<?>> execute(boolean raiseOnError) {
		RawResponse raw = this.target.resolveConnection().perform(request());
		return responses(raw, raiseOnError);
	}

	/**
	 * Runs all searches without blocking, failing with the first search's error.
	 * @return the future responses
	 */
	public CompletableFuture<List<Response<?>>> executeAsync() {
		return executeAsync(true);
	}

	/**
	 * Runs all searches without blocking.
	 * @param raiseOnError whether the future fails with the first search's error
	 * @return the future responses
	 */
	public CompletableFuture<List<Response<?>>> executeAsync(boolean raiseOnError) {
		return this.target.resolveConnection().performAsync(request()).thenApply((raw) -> responses(raw, raiseOnError));
	}

	private RawRequest request() {
		if (this.searches.isEmpty()) {
			throw new InvalidDslException("A MultiSearch needs at least one search; add one with add(search)");
		}
		return RawRequest.post(this.target.path("_msearch")).params(this.target.params()).ndjson(toNdjson())
			.operation("msearch");
	}

	private List<Response<?>> responses(RawResponse raw, boolean raiseOnError) {
		List<Response<?>> responses = ResponseParser.parseMulti(raw.body(), this.searches, this.target.path("_msearch"));
		if (raiseOnError) {
			for (Response<?> response : responses) {
				if (response.failure != null) {
					throw response.failure;
				}
			}
		}
		return responses;
	}

	/**
	 * A copy with URL parameters of the {@code _msearch} request merged in; a {@code null} value
	 * removes one.
	 * @param params the parameters
	 * @return the new multi search
	 */
	public MultiSearch params(Map<String, ?> params) {
		return new MultiSearch(this.target.withParams(params), this.searches);
	}

	/**
	 * The searches, in order.
	 * @return an unmodifiable list
	 */
	public List<Search<?>> searches() {
		return this.searches;
	}

	/**
	 * The indices of the request.
	 * @return the index names, empty for all
	 */
	public List<String> indices() {
		return this.target.indices();
	}

	/**
	 * The URL parameters of the request.
	 * @return an unmodifiable map
	 */
	public Map<String, Object> params() {
		return this.target.params();
	}

	/**
	 * The connection alias.
	 * @return the alias
	 */
	public String alias() {
		return this.target.alias();
	}

	/**
	 * The header and body of every search, alternating, like Python's {@code to_dict()}.
	 * @return a new list owned by the caller
	 */
	public List<Map<String, Object>> toList() {
		List<Map<String, Object>> lines = new ArrayList<>(this.searches.size() * 2);
		for (Search<?> search : this.searches) {
			lines.add(header(search));
			lines.add(search.toMap());
		}
		return lines;
	}

	/**
	 * The request as one map, for logging and inspection:
	 * {@code {"searches": [{"header": {...}, "body": {...}}, ...]}}. The wire format is
	 * {@link #toNdjson()}.
	 * @return a new map owned by the caller
	 */
	@Override
	public Map<String, Object> toMap() {
		List<Object> pairs = new ArrayList<>(this.searches.size());
		for (Search<?> search : this.searches) {
			Map<String, Object> pair = new LinkedHashMap<>(4);
			pair.put("header", header(search));
			pair.put("body", search.toMap());
			pairs.add(pair);
		}
		Map<String, Object> map = new LinkedHashMap<>(2);
		map.put("searches", pairs);
		return map;
	}

	/**
	 * The {@code _msearch} body: a header line and a body line per search, each compact JSON
	 * ending with a newline (NDJSON, UTF-8).
	 * @return the bytes
	 */
	public byte[] toNdjson() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * Math.max(1, this.searches.size()));
		for (Search<?> search : this.searches) {
			Json.writeTo(out, header(search));
			out.write('\n');
			Json.writeTo(out, search);
			out.write('\n');
		}
		return out.toByteArray();
	}

	private static Map<String, Object> header(Search<?> search) {
		Map<String, Object> header = new LinkedHashMap<>(4);
		if (!search.indices().isEmpty()) {
			header.put("index", new ArrayList<>(search.indices()));
		}
		for (Map.Entry<String, Object> entry : search.params().entrySet()) {
			header.put(entry.getKey(), Frozen.plain(entry.getValue()));
		}
		return header;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof MultiSearch that && this.target.equals(that.target) && this.searches.equals(that.searches));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.target, this.searches);
	}

	@Override
	public String toString() {
		return "MultiSearch{" + this.target + ", searches=" + this.searches.size() + "}";
	}

}
