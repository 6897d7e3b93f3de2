package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;
import io.github.esdsl.query.Query;
import tools.jackson.core.JsonGenerator;

/**
 * A search request, Python's {@code Search}: queries, filters, kNN searches, sort, pagination,
 * highlighting, suggestions, collapsing, source filtering and any other body key, plus where it
 * runs (indices, connection alias, URL parameters) and the type {@code T} hits are read as.
 *
 * <p>Immutable: every method returns a new search and leaves this one unchanged, sharing every
 * part it does not change, so one instance can be kept in a field and used by many threads.
 * {@link #toMap()} and {@link #toJson()} give exactly the body Python's {@code to_dict()} gives
 * for the same calls.
 *
 * <pre>{@code
 * Search<Map<String, Object>> s = Search.of("blog")
 *     .query(Q.match("title", "python"))
 *     .filter(Q.term("category", "search"))
 *     .sort("-published")
 *     .slice(0, 20)
 *     .highlight("title");
 * }</pre>
 *
 * @param <T> the type hits are read as
 */
public sealed class Search<T> implements JsonWritable permits EmptySearch {

	final Target target;

	final SearchBody body;

	Search(Target target, SearchBody body) {
		this.target = target;
		this.body = body;
	}

	/**
	 * A search over some indices (all when none are given), hits read as maps.
	 * @param indices the index names or patterns
	 * @return the search
	 */
	public static Search<Map<String, Object>> of(String... indices) {
		return new Search<>(Target.of(indices, Map.class), SearchBody.EMPTY);
	}

	/**
	 * A search for a document class: the index and connection alias come from its
	 * {@link io.github.esdsl.document.Document @Document} (none when the class has no such
	 * annotation or no index), hits are read as the class.
	 * @param <T> the document class
	 * @param documentClass the class hits are read as
	 * @return the search
	 */
	public static <T> Search<T> of(Class<T> documentClass) {
		return new Search<>(Target.ofDocument(documentClass), SearchBody.EMPTY);
	}

	/**
	 * A search from a raw body, Python's {@code Search.from_dict}: {@code query} and
	 * {@code post_filter} become {@link Query} objects, the other known parts their structured
	 * form, and unknown keys stay as extra keys. {@code toMap()} of the result equals the input.
	 * @param body the raw body
	 * @return the search, over all indices
	 * @throws InvalidDslException if a part is malformed, naming where
	 */
	public static Search<Map<String, Object>> fromMap(Map<String, ?> body) {
		return of().updateFromMap(body);
	}

	/**
	 * A search from a JSON body; see {@link #fromMap(Map)}.
	 * @param json the JSON object
	 * @return the search
	 * @throws IllegalArgumentException if the text is not a JSON object or not a valid body
	 */
	public static Search<Map<String, Object>> fromJson(String json) {
		return fromMap(Json.parseMap(json));
	}

	/**
	 * A copy with the parts of a raw body applied, Python's {@code update_from_dict} (which
	 * changes the search in place; this returns a new one): each part present replaces the
	 * current one, other keys are merged into the extra keys.
	 * @param body the raw body
	 * @return the new search
	 * @throws InvalidDslException if a part is malformed, naming where
	 */
	public Search<T> updateFromMap(Map<String, ?> body) {
		return with(BodyParser.update(this.body, body));
	}

	/**
	 * A copy whose hits are read as another type.
	 * @param <R> the type
	 * @param type the class hits are read as ({@code Map.class} for maps)
	 * @return the new search
	 */
	public <R> Search<R> docType(Class<R> type) {
		return copy(this.target.withDocumentType(type), this.body);
	}

	/**
	 * A copy searching more indices, Python's {@code index(...)}; without arguments it
	 * searches all indices again.
	 * @param indices index names or patterns to add
	 * @return the new search
	 */
	public Search<T> index(String... indices) {
		return copy(this.target.addIndices(indices), this.body);
	}

	/**
	 * A copy that runs on the connection registered under another alias.
	 * @param alias the connection alias ({@code "default"} initially)
	 * @return the new search
	 */
	public Search<T> using(String alias) {
		return copy(this.target.withAlias(alias), this.body);
	}

	/**
	 * A copy with URL parameters merged in ({@code routing}, {@code preference},
	 * {@code search_type}, …); they are sent with the request, never in the body. A {@code null}
	 * value removes a parameter.
	 * @param params the parameters to set
	 * @return the new search
	 */
	public Search<T> params(Map<String, ?> params) {
		return copy(this.target.withParams(params), this.body);
	}

	/**
	 * A copy with a query added; a second query is combined with the first using
	 * {@link Query#and(Query)}, as Python's {@code s.query(...)} does.
	 * @param query the query
	 * @return the new search
	 */
	public Search<T> query(Query query) {
		return with(this.body.withQuery(Clauses.and(this.body.query(), query, "query")).withoutExtra("query"));
	}

	/**
	 * A copy with a query added by name, Python's {@code s.query("match", title="python")}.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new search
	 */
	public Search<T> query(String name, Map<String, ?> params) {
		return query(Clauses.byName(name, params));
	}

	/**
	 * A copy whose query is replaced, Python's {@code s.query = q}.
	 * @param query the new query, or {@code null} for none
	 * @return the new search
	 */
	public Search<T> withQuery(Query query) {
		return with(this.body.withQuery(query).withoutExtra("query"));
	}

	/**
	 * A copy with a query added in filter context: {@code bool(filter=[query])} combined with the
	 * current query.
	 * @param query the filter
	 * @return the new search
	 */
	public Search<T> filter(Query query) {
		return query(Clauses.filter(query));
	}

	/**
	 * A copy with a filter added by name; see {@link #filter(Query)}.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new search
	 */
	public Search<T> filter(String name, Map<String, ?> params) {
		return filter(Clauses.byName(name, params));
	}

	/**
	 * A copy with a negated filter added: {@code bool(filter=[not query])}.
	 * @param query the query documents must not match
	 * @return the new search
	 */
	public Search<T> exclude(Query query) {
		return query(Clauses.exclude(query));
	}

	/**
	 * A copy with a negated filter added by name; see {@link #exclude(Query)}.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new search
	 */
	public Search<T> exclude(String name, Map<String, ?> params) {
		return exclude(Clauses.byName(name, params));
	}

	/**
	 * A copy with a post filter added (applied after aggregations); a second one is combined
	 * with {@code and}.
	 * @param query the filter
	 * @return the new search
	 */
	public Search<T> postFilter(Query query) {
		return with(this.body.withPostFilter(Clauses.and(this.body.postFilter(), query, "postFilter"))
			.withoutExtra("post_filter"));
	}

	/**
	 * A copy with a post filter added by name; see {@link #postFilter(Query)}.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new search
	 */
	public Search<T> postFilter(String name, Map<String, ?> params) {
		return postFilter(Clauses.byName(name, params));
	}

	/**
	 * A copy whose post filter is replaced, Python's {@code s.post_filter = q}.
	 * @param query the new post filter, or {@code null} for none
	 * @return the new search
	 */
	public Search<T> withPostFilter(Query query) {
		return with(this.body.withPostFilter(query).withoutExtra("post_filter"));
	}

	/**
	 * A copy with a kNN search added; one kNN search is sent as an object, several as a list.
	 * @param field the dense_vector field
	 * @param k how many nearest neighbours to return
	 * @param numCandidates how many candidates to consider per shard
	 * @param queryVector the vector to search for
	 * @return the new search
	 */
	public Search<T> knn(String field, int k, int numCandidates, List<? extends Number> queryVector) {
		return knn(field, k, numCandidates, queryVector, Map.of());
	}

	/**
	 * A copy with a kNN search added, with options: {@code filter} (a {@link Query} or a raw
	 * query), {@code similarity}, {@code boost}, {@code inner_hits}, {@code query_vector_builder}
	 * (then {@code queryVector} must be {@code null}) and any other kNN option.
	 * @param field the dense_vector field
	 * @param k how many nearest neighbours to return
	 * @param numCandidates how many candidates to consider per shard
	 * @param queryVector the vector to search for, or {@code null} with a
	 * {@code query_vector_builder}
	 * @param options the options
	 * @return the new search
	 * @throws InvalidDslException unless exactly one of a query vector and a
	 * {@code query_vector_builder} is given
	 */
	public Search<T> knn(String field, int k, int numCandidates, List<? extends Number> queryVector,
			Map<String, ?> options) {
		return addKnn(Knn.of(field, k, numCandidates, queryVector, options));
	}

	/**
	 * A copy with a kNN search added in its raw form ({@code field}, {@code k},
	 * {@code num_candidates}, {@code query_vector} or {@code query_vector_builder}, …).
	 * @param knn the kNN search
	 * @return the new search
	 */
	public Search<T> knn(Map<String, ?> knn) {
		return addKnn(Knn.raw(knn));
	}

	private Search<T> addKnn(Object knn) {
		List<Object> current = this.body.knn();
		Object raw = this.body.extra().get("knn");
		if (current.isEmpty() && (raw instanceof Map<?, ?> || raw instanceof Collection<?>)) {
			current = BodyParser.knn(raw);
		}
		Object[] all = current.toArray(new Object[current.size() + 1]);
		all[current.size()] = knn;
		return with(this.body.withKnn(Frozen.listOf(all)).withoutExtra("knn"));
	}

	/**
	 * A copy with the {@code rank} part replaced, e.g. {@code Map.of("rrf", Map.of())} to
	 * combine the query and kNN results with reciprocal rank fusion.
	 * @param rank the rank definition; {@code null} or empty removes it
	 * @return the new search
	 */
	public Search<T> rank(Map<String, ?> rank) {
		return with(this.body.withRank(BodyParser.map((rank != null) ? rank : Map.of(), "{\"rrf\": {}}"))
			.withoutExtra("rank"));
	}

	/**
	 * A copy with the sort replaced: {@code "field"} sorts ascending, {@code "-field"}
	 * descending, a map is sent as given. Without arguments the sort is removed.
	 * @param keys the sort keys
	 * @return the new search
	 * @throws InvalidDslException for {@code "-_score"} or a key of another type
	 */
	public Search<T> sort(Object... keys) {
		return with(this.body.withSort(SortKeys.of(keys)).withoutExtra("sort"));
	}

	/**
	 * A copy showing hits {@code from} (inclusive) to {@code to} (exclusive) of the current
	 * window, Python's {@code s[from:to]}: slices compose ({@code slice(10, 20).slice(2)} is
	 * from 12, size 8) and never widen the window.
	 * @param from the first hit, relative to the current {@code from}
	 * @param to the end, relative to the current {@code from}
	 * @return the new search
	 * @throws InvalidDslException for negative bounds
	 */
	public Search<T> slice(int from, int to) {
		return with(this.body.withExtra(Slicing.slice(this.body.extra(), from, to)));
	}

	/**
	 * A copy showing the hits from {@code from} on, Python's {@code s[from:]}.
	 * @param from the first hit, relative to the current {@code from}
	 * @return the new search
	 */
	public Search<T> slice(int from) {
		return with(this.body.withExtra(Slicing.slice(this.body.extra(), from, null)));
	}

	/**
	 * A copy showing the hits up to {@code to}, Python's {@code s[:to]}.
	 * @param to the end, relative to the current {@code from}
	 * @return the new search
	 */
	public Search<T> sliceTo(int to) {
		return with(this.body.withExtra(Slicing.slice(this.body.extra(), null, to)));
	}

	/**
	 * A copy showing the single hit at {@code index} of the current window, Python's
	 * {@code s[index]}.
	 * @param index the position, relative to the current {@code from}
	 * @return the new search
	 */
	public Search<T> at(int index) {
		return with(this.body.withExtra(Slicing.at(this.body.extra(), index)));
	}

	/**
	 * A copy with {@code from} set, Python's {@code extra(from_=n)}.
	 * @param from the offset of the first hit
	 * @return the new search
	 */
	public Search<T> from(int from) {
		return with(this.body.withExtra(Slicing.set(this.body.extra(), "from", from)));
	}

	/**
	 * A copy with {@code size} set, Python's {@code extra(size=n)}.
	 * @param size how many hits to return
	 * @return the new search
	 */
	public Search<T> size(int size) {
		return with(this.body.withExtra(Slicing.set(this.body.extra(), "size", size)));
	}

	/**
	 * A copy with highlighting options shared by all fields merged in, e.g.
	 * {@code Map.of("order", "score")}.
	 * @param options the options
	 * @return the new search
	 */
	public Search<T> highlightOptions(Map<String, ?> options) {
		return with(this.body.withHighlight(Highlight.current(this.body).withOptions(options)).withoutExtra("highlight"));
	}

	/**
	 * A copy highlighting fields with default options.
	 * @param fields the field names
	 * @return the new search
	 */
	public Search<T> highlight(String... fields) {
		return highlight(Arrays.asList(fields), Map.of());
	}

	/**
	 * A copy highlighting a field with options, e.g. {@code Map.of("fragment_size", 50)};
	 * highlighting the same field again replaces its options.
	 * @param field the field name
	 * @param options the options of this field
	 * @return the new search
	 */
	public Search<T> highlight(String field, Map<String, ?> options) {
		return highlight(List.of(field), options);
	}

	/**
	 * A copy highlighting several fields with the same options, Python's
	 * {@code highlight("title", "body", fragment_size=50)}.
	 * @param fields the field names
	 * @param options the options of each field
	 * @return the new search
	 */
	public Search<T> highlight(Collection<String> fields, Map<String, ?> options) {
		Highlight highlight = Highlight.current(this.body);
		for (String field : fields) {
			highlight = highlight.withField(field, options);
		}
		return with(this.body.withHighlight(highlight).withoutExtra("highlight"));
	}

	/**
	 * A copy with a suggestion added (replacing one of the same name), Python's
	 * {@code suggest(name, text, **suggester)}: the text is sent as {@code text}, or as
	 * {@code prefix} with a {@code completion} suggester.
	 * @param name the name the suggestions come back under
	 * @param text the text to suggest for
	 * @param suggester the suggester, e.g. {@code Map.of("term", Map.of("field", "title"))}
	 * @return the new search
	 */
	public Search<T> suggest(String name, String text, Map<String, ?> suggester) {
		return with(this.body.withSuggest(Suggestions.add(this.body.suggest(), name, text, null, suggester))
			.withoutExtra("suggest"));
	}

	/**
	 * A copy with a regex suggestion added, which only a completion suggester accepts.
	 * @param name the name the suggestions come back under
	 * @param regex the regular expression for the prefix
	 * @param suggester the suggester, e.g. {@code Map.of("completion", Map.of("field", "title"))}
	 * @return the new search
	 * @throws InvalidDslException if the suggester is not a completion suggester
	 */
	public Search<T> suggestRegex(String name, String regex, Map<String, ?> suggester) {
		return with(this.body.withSuggest(Suggestions.add(this.body.suggest(), name, null, regex, suggester))
			.withoutExtra("suggest"));
	}

	/**
	 * A copy without collapsing.
	 * @return the new search
	 */
	public Search<T> collapse() {
		return with(this.body.withCollapse(Frozen.emptyMap()).withoutExtra("collapse"));
	}

	/**
	 * A copy collapsing hits on a field: one top hit per value.
	 * @param field the keyword or numeric field
	 * @return the new search
	 */
	public Search<T> collapse(String field) {
		return collapse(field, Map.of());
	}

	/**
	 * A copy collapsing hits on a field with options: {@code inner_hits} (a map, or a list of
	 * them) and {@code max_concurrent_group_searches}, and any other collapse option.
	 * @param field the keyword or numeric field
	 * @param options the options
	 * @return the new search
	 */
	public Search<T> collapse(String field, Map<String, ?> options) {
		return with(this.body.withCollapse(Collapse.of(field, options)).withoutExtra("collapse"));
	}

	/**
	 * A copy returning whole sources again, Python's {@code source()} / {@code source(None)}.
	 * @return the new search
	 */
	public Search<T> source() {
		return with(this.body.withSource(null).withoutExtra("_source"));
	}

	/**
	 * A copy returning only some source fields (names or wildcard patterns); without
	 * arguments, whole sources again.
	 * @param includes the fields to return
	 * @return the new search
	 */
	public Search<T> source(String... includes) {
		return (includes.length == 0) ? source() : source(Arrays.asList(includes));
	}

	/**
	 * A copy returning only the listed source fields (an empty list returns none).
	 * @param includes the fields to return
	 * @return the new search
	 */
	public Search<T> source(List<String> includes) {
		return with(this.body.withSource(SourceRules.fields(includes)).withoutExtra("_source"));
	}

	/**
	 * A copy returning the source ({@code true}) or only hit metadata ({@code false}).
	 * @param enabled whether to return sources
	 * @return the new search
	 */
	public Search<T> source(boolean enabled) {
		return with(this.body.withSource(enabled).withoutExtra("_source"));
	}

	/**
	 * A copy with {@code includes} and {@code excludes} set in the source filter, merged into
	 * it as Python's {@code source(includes=..., excludes=...)}: a {@code null} list removes
	 * that key.
	 * @param includes the fields to return, or {@code null}
	 * @param excludes the fields to leave out, or {@code null}
	 * @return the new search
	 */
	public Search<T> source(List<String> includes, List<String> excludes) {
		Object source = SourceRules.merge(this.body.source(), "includes", includes);
		return with(this.body.withSource(SourceRules.merge(source, "excludes", excludes)).withoutExtra("_source"));
	}

	/**
	 * A copy with the source filter replaced by a map, e.g.
	 * {@code Map.of("excludes", List.of("text"))}.
	 * @param filter the filter, or {@code null} for whole sources
	 * @return the new search
	 */
	public Search<T> source(Map<String, ?> filter) {
		return with(this.body.withSource(SourceRules.replace(filter)).withoutExtra("_source"));
	}

	/**
	 * A copy with {@code includes} merged into the source filter; without arguments the key is
	 * removed.
	 * @param fields the fields to return
	 * @return the new search
	 */
	public Search<T> sourceIncludes(String... fields) {
		return with(this.body.withSource(SourceRules.merge(this.body.source(), "includes",
				(fields.length == 0) ? null : Arrays.asList(fields))).withoutExtra("_source"));
	}

	/**
	 * A copy with {@code excludes} merged into the source filter; without arguments the key is
	 * removed.
	 * @param fields the fields to leave out
	 * @return the new search
	 */
	public Search<T> sourceExcludes(String... fields) {
		return with(this.body.withSource(SourceRules.merge(this.body.source(), "excludes",
				(fields.length == 0) ? null : Arrays.asList(fields))).withoutExtra("_source"));
	}

	/**
	 * A copy with script fields merged in; a string value is shorthand for
	 * {@code {"script": value}}.
	 * @param scriptFields field name to its script definition
	 * @return the new search
	 */
	public Search<T> scriptFields(Map<String, ?> scriptFields) {
		return with(this.body.withScriptFields(ScriptFields.merge(this.body.scriptFields(), scriptFields))
			.withoutExtra("script_fields"));
	}

	/**
	 * A copy with top-level body keys merged in (Python's {@code extra(...)}): {@code explain},
	 * {@code min_score}, {@code rescore}, {@code from}, {@code size}, … A {@code null} value
	 * removes a key.
	 * @param extra the keys and their values
	 * @return the new search
	 */
	public Search<T> extra(Map<String, ?> extra) {
		try {
			return with(this.body.withExtra(Frozen.merge(this.body.extra(), extra)));
		}
		catch (InvalidDslException ex) {
			throw ex.within("extra");
		}
	}

	/**
	 * A copy with one top-level body key set; see {@link #extra(Map)}.
	 * @param key the key
	 * @param value the value, or {@code null} to remove the key
	 * @return the new search
	 */
	public Search<T> extra(String key, Object value) {
		Map<String, Object> one = new java.util.HashMap<>(2);
		one.put(Objects.requireNonNull(key, "key"), value);
		return extra(one);
	}

	/**
	 * A copy continuing after the hit with these sort values ({@code search_after}).
	 * @param sortValues the sort values of the last hit seen
	 * @return the new search
	 */
	public Search<T> searchAfter(List<?> sortValues) {
		return extra("search_after", (sortValues != null) ? new ArrayList<>(sortValues) : null);
	}

	/**
	 * A copy that counts all matching hits exactly ({@code true}) or not at all ({@code false}).
	 * @param track whether to track the total
	 * @return the new search
	 */
	public Search<T> trackTotalHits(boolean track) {
		return extra("track_total_hits", track);
	}

	/**
	 * A copy that counts matching hits exactly up to a limit.
	 * @param upTo the limit
	 * @return the new search
	 */
	public Search<T> trackTotalHits(int upTo) {
		return extra("track_total_hits", upTo);
	}

	/**
	 * The indices searched.
	 * @return the index names, empty for all indices
	 */
	public List<String> indices() {
		return this.target.indices();
	}

	/**
	 * The URL parameters.
	 * @return an unmodifiable map
	 */
	public Map<String, Object> params() {
		return this.target.params();
	}

	/**
	 * The connection alias.
	 * @return the alias, {@code "default"} unless set with {@link #using(String)}
	 */
	public String alias() {
		return this.target.alias();
	}

	/**
	 * The type hits are read as.
	 * @return the class
	 */
	@SuppressWarnings("unchecked")
	public Class<T> documentType() {
		return (Class<T>) this.target.documentType();
	}

	/**
	 * The query.
	 * @return the query, empty when none is set
	 */
	public Optional<Query> query() {
		return Optional.ofNullable(this.body.query());
	}

	/**
	 * The post filter.
	 * @return the post filter, empty when none is set
	 */
	public Optional<Query> postFilter() {
		return Optional.ofNullable(this.body.postFilter());
	}

	/**
	 * The request body, like Python's {@code to_dict()}.
	 * @return a new map owned by the caller
	 */
	@Override
	public Map<String, Object> toMap() {
		return BodyWriter.toMap(this.body, false);
	}

	/**
	 * The body of a count request for the same hits: only {@code query}, {@code knn} and
	 * {@code rank}, like Python's {@code to_dict(count=True)}.
	 * @return a new map owned by the caller
	 */
	Map<String, Object> toCountMap() {
		return BodyWriter.toMap(this.body, true);
	}

	/**
	 * Streams the request body without building {@link #toMap()}.
	 * @param generator where to write
	 */
	@Override
	public void writeJson(JsonGenerator generator) {
		BodyWriter.write(generator, this.body, false);
	}

	void writeCountJson(JsonGenerator generator) {
		BodyWriter.write(generator, this.body, true);
	}

	<R> Search<R> copy(Target target, SearchBody body) {
		return new Search<>(target, body);
	}

	private Search<T> with(SearchBody changed) {
		return (changed == this.body) ? this : copy(this.target, changed);
	}

	/**
	 * Equal when of the same class, with the same indices, alias, parameters, hit type and body.
	 */
	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || other.getClass() != getClass()) {
			return false;
		}
		Search<?> that = (Search<?>) other;
		return this.target.equals(that.target) && this.body.equals(that.body);
	}

	@Override
	public int hashCode() {
		return 31 * this.target.hashCode() + this.body.hashCode();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "{" + this.target + ", body=" + toJson() + "}";
	}

}
