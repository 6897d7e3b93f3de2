package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.connection.ElasticsearchException;

/**
 * The response of a search: hits bound to the search's document type in one streaming pass over
 * the response bytes, and the rest (aggregations, suggestions, the raw body) parsed only when
 * asked for. Iterating a response iterates its documents. Immutable and thread-safe.
 *
 * <pre>{@code
 * Response<Post> response = Search.of(Post.class).query(Q.match("title", "java")).execute();
 * for (Hit<Post> hit : response.hits()) {
 *     System.out.println(hit.score() + " " + hit.source().title() + " " + hit.highlight("title"));
 * }
 * long total = response.total().value();
 * }</pre>
 *
 * @param <T> the type hits are read as
 */
public final class Response<T> implements Iterable<T> {

	final RawJson raw;

	final long took;

	final boolean timedOut;

	final int failedShards;

	final List<Map<String, Object>> shardFailures;

	final HitParser.Hits<T> hits;

	final RawJson aggregations;

	final RawJson suggest;

	final String scrollId;

	final String pitId;

	final ElasticsearchException failure;

	final Class<T> type;

	/** The search that gave this response, set by the runner; {@code null} for a parsed body. */
	Search<T> search;

	private volatile Aggregations parsedAggregations;

	Response(ResponseParser.Parts<T> parts, RawJson raw, Class<T> type) {
		this.raw = raw;
		this.type = type;
		this.took = parts.took;
		this.timedOut = parts.timedOut;
		this.failedShards = parts.failedShards;
		this.shardFailures = (parts.shardFailures != null) ? parts.shardFailures : List.of();
		this.hits = (parts.hits != null) ? parts.hits : HitParser.Hits.empty();
		this.aggregations = parts.aggregations;
		this.suggest = parts.suggest;
		this.scrollId = parts.scrollId;
		this.pitId = parts.pitId;
		this.failure = parts.failure;
	}

	/**
	 * Reads a search response body: how to turn bytes received elsewhere into a response.
	 * @param <T> the type hits are read as
	 * @param body the UTF-8 JSON body of {@code _search}
	 * @param type the class sources are bound to ({@code Map.class} for maps)
	 * @return the response
	 * @throws IllegalArgumentException when the body is not a search response
	 */
	public static <T> Response<T> parse(byte[] body, Class<T> type) {
		return ResponseParser.parse(body, type);
	}

	/**
	 * Whether the search fully succeeded: no failed shards, not timed out, and (for one search of
	 * a multi search) no error.
	 * @return whether it succeeded
	 */
	public boolean success() {
		return this.failure == null && this.failedShards == 0 && !this.timedOut;
	}

	/** @return how long the search took on the cluster, in milliseconds */
	public long took() {
		return this.took;
	}

	/** @return whether the search timed out (hits are then partial) */
	public boolean timedOut() {
		return this.timedOut;
	}

	/**
	 * How many documents matched.
	 * @return the total, {@code Total(0, "eq")} when the search did not track it
	 */
	public Total total() {
		return (this.hits.total() != null) ? this.hits.total() : new Total(0, "eq");
	}

	/** @return the highest score, {@code null} when scores were not computed */
	public Double maxScore() {
		return this.hits.maxScore();
	}

	/** @return the hits of this page, unmodifiable */
	public List<Hit<T>> hits() {
		return this.hits.hits();
	}

	/** @return the documents of this page, in order ({@code null} for hits without source) */
	public List<T> documents() {
		List<T> documents = new ArrayList<>(this.hits.hits().size());
		for (Hit<T> hit : this.hits.hits()) {
			documents.add(hit.source());
		}
		return documents;
	}

	/** @return the number of hits in this page */
	public int size() {
		return this.hits.hits().size();
	}

	/** @return whether this page has no hits */
	public boolean isEmpty() {
		return this.hits.hits().isEmpty();
	}

	/** @return an iterator over the documents of this page */
	@Override
	public Iterator<T> iterator() {
		return documents().iterator();
	}

	/** @return the {@code _shards.failures} entries, empty when every shard answered */
	public List<Map<String, Object>> shardFailures() {
		return this.shardFailures;
	}

	/**
	 * The search for the page after this one, Python's {@code response.search_after()}: the search
	 * that gave this response, continuing after its last hit ({@code search_after} with that hit's
	 * sort values).
	 * @return the search for the next page
	 * @throws IllegalStateException when this response was not returned by running a search (it
	 * was parsed from bytes), when it has no hits, or when its hits have no sort values
	 * @see Search#searchAfter(Response)
	 */
	public Search<T> searchAfter() {
		if (this.search == null) {
			throw new IllegalStateException("A search must be executed before using search_after: this response "
					+ "was parsed from a body, not returned by Search.execute(); use search.searchAfter(response)");
		}
		return this.search.searchAfter(this);
	}

	/**
	 * The aggregation results by name, parsed on first use.
	 * @return the aggregations, empty when the search had none
	 */
	public Aggregations aggregations() {
		Aggregations result = this.parsedAggregations;
		if (result == null) {
			result = new Aggregations((this.aggregations != null) ? this.aggregations.toMap() : Map.of());
			this.parsedAggregations = result;
		}
		return result;
	}

	/**
	 * The suggestions of one name: one entry per token of the text, each with its options.
	 * @param name the suggestion name given to {@code Search.suggest}
	 * @return the entries
	 * @throws IllegalArgumentException naming the known names when there is none of that name
	 */
	public List<Suggestion> suggestions(String name) {
		Map<String, Object> all = (this.suggest != null) ? this.suggest.toMap() : Map.of();
		Object entries = all.get(name);
		if (!(entries instanceof List<?> list)) {
			throw new IllegalArgumentException("The response has no suggestion named '" + name
					+ "'; its suggestions are " + all.keySet());
		}
		return Suggestion.listOf(list);
	}

	/**
	 * For one search of a multi search: the error it failed with, when the caller asked to get
	 * failures back instead of raising them.
	 * @return the error, empty for a search that ran
	 */
	public Optional<ElasticsearchException> failure() {
		return Optional.ofNullable(this.failure);
	}

	/**
	 * This response with its type spelled out, for the items of a multi search (a
	 * {@code List<Response<?>>}): {@code responses.get(0).as(Post.class)}.
	 * @param <R> the type
	 * @param type the class the hits were read as
	 * @return this response
	 * @throws IllegalArgumentException when the hits were read as another class
	 */
	@SuppressWarnings("unchecked")
	public <R> Response<R> as(Class<R> type) {
		if (type != this.type) {
			throw new IllegalArgumentException("The hits of this response were read as " + this.type.getName()
					+ ", not as " + type.getName());
		}
		return (Response<R>) this;
	}

	/**
	 * The raw body, parsed from the kept bytes on each call.
	 * @return a new map owned by the caller
	 */
	public Map<String, Object> toMap() {
		return this.raw.toMap();
	}

	@Override
	public String toString() {
		return "Response{took=" + this.took + "ms, total=" + total().value() + ", hits=" + size()
				+ ((this.failure != null) ? ", failure=" + this.failure.getMessage() : "") + "}";
	}

}
