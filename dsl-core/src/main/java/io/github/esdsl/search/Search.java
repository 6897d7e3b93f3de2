package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.github.esdsl.aggs.Agg;
import io.github.esdsl.aggs.AggsBuilder;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Query;
import io.github.esdsl.types.CollapseOptions;
import io.github.esdsl.types.CompletionSuggesterOptions;
import io.github.esdsl.types.FieldSortOptions;
import io.github.esdsl.types.HighlightFieldOptions;
import io.github.esdsl.types.HighlightOptions;
import io.github.esdsl.types.KnnSearchOptions;
import io.github.esdsl.types.Options;
import io.github.esdsl.types.PhraseSuggesterOptions;
import io.github.esdsl.types.PointInTimeOptions;
import io.github.esdsl.types.RescoreOptions;
import io.github.esdsl.types.RuntimeFieldOptions;
import io.github.esdsl.types.ScriptDefinitionOptions;
import io.github.esdsl.types.SourceFilterOptions;
import io.github.esdsl.types.TermSuggesterOptions;
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
public sealed class Search<T> extends SearchExecution<T> permits EmptySearch {

	final SearchBody body;

	Search(Target target, SearchBody body) {
		super(target);
		this.body = body;
	}

	@Override
	Search<T> withTarget(Target target) {
		return copy(target, this.body);
	}

	@Override
	Query currentQuery() {
		return this.body.query();
	}

	@Override
	Search<T> replaceQuery(Query query) {
		return with(this.body.withQuery(query).withoutExtra("query"));
	}

	@Override
	Map<String, Object> currentExtra() {
		return this.body.extra();
	}

	@Override
	Search<T> replaceExtra(Map<String, Object> extra) {
		return with(this.body.withExtra(extra));
	}

	@Override
	Object body() {
		return this.body;
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
	 * A copy with aggregations added or changed with Python's chaining rules: the builder holds
	 * the current top-level aggregations; {@code bucket(...)} returns the new child's builder,
	 * {@code metric(...)} and {@code pipeline(...)} the builder they were called on, and
	 * {@code get(name)} an existing child's builder. The builder is only valid inside the
	 * lambda; this search is not changed. For example
	 * {@code s.aggs(a -> a.bucket("per_tag", A.terms("tags")).metric("clicks", A.sum("clicks")))}.
	 * @param builder changes the aggregations
	 * @return the new search
	 */
	public Search<T> aggs(Consumer<AggsBuilder> builder) {
		Objects.requireNonNull(builder, "builder");
		AggsBuilder root = AggsBuilder.of(this.body.aggs());
		builder.accept(root);
		// build() gives an unmodifiable map of immutable values that nothing else holds
		return with(this.body.withAggs(root.build()).withoutExtra("aggs").withoutExtra("aggregations"));
	}

	/**
	 * A copy whose top-level aggregations are replaced.
	 * @param aggs the aggregations by name; empty removes them
	 * @return the new search
	 */
	public Search<T> withAggs(Map<String, ? extends Agg> aggs) {
		return with(this.body.withAggs(BodyParser.aggsCopy(aggs)).withoutExtra("aggs").withoutExtra("aggregations"));
	}

	/**
	 * The top-level aggregations.
	 * @return the aggregations by name, unmodifiable, empty when none are set
	 */
	public Map<String, Agg> aggs() {
		return this.body.aggs();
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
		Object knn = Knn.of(field, k, numCandidates, queryVector, options);
		return with(this.body.withKnn(Knn.add(this.body, knn)).withoutExtra("knn"));
	}

	/**
	 * A copy with a kNN search added, its options typed, e.g.
	 * {@code knn("embedding", 10, 100, vector, o -> o.similarity(0.8).filter(Q.term("lang", "en")))}.
	 * @param field the dense_vector field
	 * @param k how many nearest neighbours to return
	 * @param numCandidates how many candidates to consider per shard
	 * @param queryVector the vector to search for, or {@code null} with a {@code query_vector_builder}
	 * @param options sets the options on {@link KnnSearchOptions}
	 * @return the new search
	 */
	public Search<T> knn(String field, int k, int numCandidates, List<? extends Number> queryVector,
			UnaryOperator<KnnSearchOptions> options) {
		return knn(field, k, numCandidates, queryVector, Options.build(new KnnSearchOptions(), options));
	}

	/**
	 * A copy with a kNN search added in its raw form ({@code field}, {@code k},
	 * {@code num_candidates}, {@code query_vector} or {@code query_vector_builder}, …).
	 * @param knn the kNN search
	 * @return the new search
	 */
	public Search<T> knn(Map<String, ?> knn) {
		return with(this.body.withKnn(Knn.add(this.body, Knn.raw(knn))).withoutExtra("knn"));
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
	 * descending, a map is sent as given; a field reference sorts on its path
	 * ({@code sort(Post_.published.desc(), Post_.title)}). Without arguments the sort is removed.
	 * @param keys the sort keys
	 * @return the new search
	 * @throws InvalidDslException for {@code "-_score"} or a key of another type
	 */
	public Search<T> sort(Object... keys) {
		return with(this.body.withSort(SortKeys.of(keys)).withoutExtra("sort"));
	}

	/**
	 * A copy sorted on one field with typed sort options, e.g.
	 * {@code sort("price", s -> s.order(SortOrder.DESC).mode(SortMode.AVG))}: replaces the previous sort.
	 * @param field the field
	 * @param options sets the options on {@link FieldSortOptions}
	 * @return the new search
	 */
	public Search<T> sort(String field, UnaryOperator<FieldSortOptions> options) {
		if (field == null || field.isEmpty()) {
			throw new InvalidDslException("The field of a sort must be a non-empty name, like \"published\"");
		}
		return sort(Map.of(field, Options.build(new FieldSortOptions(), options)));
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
	 * A copy with highlighting options shared by all fields merged in, typed, e.g.
	 * {@code highlightOptions(h -> h.order(HighlighterOrder.SCORE).preTags(List.of("<em>")))}.
	 * @param options sets the options on {@link HighlightOptions}
	 * @return the new search
	 */
	public Search<T> highlightOptions(UnaryOperator<HighlightOptions> options) {
		return highlightOptions(Options.build(new HighlightOptions(), options));
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
		return with(this.body.withHighlight(Highlight.current(this.body).withFields(fields, options))
			.withoutExtra("highlight"));
	}

	/**
	 * A copy highlighting a field with typed options, e.g.
	 * {@code highlight("title", h -> h.fragmentSize(150).numberOfFragments(3))}; highlighting the
	 * same field again replaces its options.
	 * @param field the field name
	 * @param options sets the options of this field on {@link HighlightFieldOptions}
	 * @return the new search
	 */
	public Search<T> highlight(String field, UnaryOperator<HighlightFieldOptions> options) {
		return highlight(field, Options.build(new HighlightFieldOptions(), options));
	}

	/**
	 * A copy highlighting several fields with the same typed options.
	 * @param fields the field names
	 * @param options sets the options of each field on {@link HighlightFieldOptions}
	 * @return the new search
	 */
	public Search<T> highlight(Collection<String> fields, UnaryOperator<HighlightFieldOptions> options) {
		return highlight(fields, Options.build(new HighlightFieldOptions(), options));
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
	 * A copy with a {@code term} suggestion added (replacing one of the same name), e.g.
	 * {@code suggestTerm("fix", "pyhton", t -> t.field("title").suggestMode(SuggestMode.POPULAR))}.
	 * @param name the name the suggestions come back under
	 * @param text the text to suggest for
	 * @param suggester sets the suggester on {@link TermSuggesterOptions}
	 * @return the new search
	 */
	public Search<T> suggestTerm(String name, String text, UnaryOperator<TermSuggesterOptions> suggester) {
		return suggest(name, text, Map.of("term", Options.build(new TermSuggesterOptions(), suggester)));
	}

	/**
	 * A copy with a {@code phrase} suggestion added (replacing one of the same name).
	 * @param name the name the suggestions come back under
	 * @param text the text to suggest for
	 * @param suggester sets the suggester on {@link PhraseSuggesterOptions}
	 * @return the new search
	 */
	public Search<T> suggestPhrase(String name, String text, UnaryOperator<PhraseSuggesterOptions> suggester) {
		return suggest(name, text, Map.of("phrase", Options.build(new PhraseSuggesterOptions(), suggester)));
	}

	/**
	 * A copy with a {@code completion} suggestion added (replacing one of the same name); the
	 * prefix is sent as {@code prefix}.
	 * @param name the name the suggestions come back under
	 * @param prefix the prefix to complete
	 * @param suggester sets the suggester on {@link CompletionSuggesterOptions}
	 * @return the new search
	 */
	public Search<T> suggestCompletion(String name, String prefix,
			UnaryOperator<CompletionSuggesterOptions> suggester) {
		return suggest(name, prefix, Map.of("completion", Options.build(new CompletionSuggesterOptions(), suggester)));
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
	 * A copy collapsing hits on a field with typed options, e.g.
	 * {@code collapse("author", c -> c.innerHits(List.of(new InnerHitsOptions().name("latest").size(3))))}.
	 * @param field the keyword or numeric field
	 * @param options sets the options on {@link CollapseOptions}
	 * @return the new search
	 */
	public Search<T> collapse(String field, UnaryOperator<CollapseOptions> options) {
		return collapse(field, Options.build(new CollapseOptions(), options));
	}

	/**
	 * A copy returning only some source fields (names or wildcard patterns); without
	 * arguments, whole sources again (Python's {@code source()} and {@code source(None)}).
	 * @param includes the fields to return
	 * @return the new search
	 */
	public Search<T> source(String... includes) {
		if (includes.length == 0) {
			return with(this.body.withSource(null).withoutExtra("_source"));
		}
		return source(Arrays.asList(includes));
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
	 * A copy filtering the returned sources with typed options, e.g.
	 * {@code source(f -> f.includes(List.of("title", "author.*")).excludes(List.of("*.raw")))}.
	 * @param filter sets the filter on {@link SourceFilterOptions}
	 * @return the new search
	 */
	public Search<T> source(UnaryOperator<SourceFilterOptions> filter) {
		return source(Options.build(new SourceFilterOptions(), filter));
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
	 * A copy with a kNN search added on a field reference: {@code knn(Post_.embedding, 10, 100, vector)}.
	 * @param field the dense_vector field
	 * @param k how many nearest neighbours to return
	 * @param numCandidates how many candidates to consider per shard
	 * @param queryVector the vector to search for
	 * @return the new search
	 * @see #knn(String, int, int, List)
	 */
	public Search<T> knn(FieldRef field, int k, int numCandidates, List<? extends Number> queryVector) {
		return knn(FieldRef.pathOf(field), k, numCandidates, queryVector);
	}

	/**
	 * A copy with a kNN search added on a field reference, with options.
	 * @param field the dense_vector field
	 * @param k how many nearest neighbours to return
	 * @param numCandidates how many candidates to consider per shard
	 * @param queryVector the vector to search for, or {@code null} with a {@code query_vector_builder}
	 * @param options the options
	 * @return the new search
	 * @see #knn(String, int, int, List, Map)
	 */
	public Search<T> knn(FieldRef field, int k, int numCandidates, List<? extends Number> queryVector,
			Map<String, ?> options) {
		return knn(FieldRef.pathOf(field), k, numCandidates, queryVector, options);
	}

	/**
	 * A copy highlighting fields given as references, with default options:
	 * {@code highlight(Post_.title, Post_.body)}.
	 * @param field a field
	 * @param more more fields
	 * @return the new search
	 */
	public Search<T> highlight(FieldRef field, FieldRef... more) {
		return highlight(FieldRef.pathsOf(field, more), Map.of());
	}

	/**
	 * A copy highlighting a field given as a reference, with options.
	 * @param field the field
	 * @param options the options of this field
	 * @return the new search
	 */
	public Search<T> highlight(FieldRef field, Map<String, ?> options) {
		return highlight(FieldRef.pathOf(field), options);
	}

	/**
	 * A copy highlighting a field given as a reference, with typed options.
	 * @param field the field
	 * @param options sets the options of this field on {@link HighlightFieldOptions}
	 * @return the new search
	 * @see #highlight(String, UnaryOperator)
	 */
	public Search<T> highlight(FieldRef field, UnaryOperator<HighlightFieldOptions> options) {
		return highlight(FieldRef.pathOf(field), options);
	}

	/**
	 * A copy sorted on a field given as a reference, with typed sort options.
	 * @param field the field
	 * @param options sets the options on {@link FieldSortOptions}
	 * @return the new search
	 * @see #sort(String, UnaryOperator)
	 */
	public Search<T> sort(FieldRef field, UnaryOperator<FieldSortOptions> options) {
		return sort(FieldRef.pathOf(field), options);
	}

	/**
	 * A copy collapsing hits on a field given as a reference, with typed options.
	 * @param field the keyword or numeric field
	 * @param options sets the options on {@link CollapseOptions}
	 * @return the new search
	 * @see #collapse(String, UnaryOperator)
	 */
	public Search<T> collapse(FieldRef field, UnaryOperator<CollapseOptions> options) {
		return collapse(FieldRef.pathOf(field), options);
	}

	/**
	 * A copy with a kNN search on a field given as a reference, with typed options.
	 * @param field the dense_vector field
	 * @param k how many nearest neighbours to return
	 * @param numCandidates how many candidates to consider per shard
	 * @param queryVector the vector to search for, or {@code null} with a {@code query_vector_builder}
	 * @param options sets the options on {@link KnnSearchOptions}
	 * @return the new search
	 */
	public Search<T> knn(FieldRef field, int k, int numCandidates, List<? extends Number> queryVector,
			UnaryOperator<KnnSearchOptions> options) {
		return knn(FieldRef.pathOf(field), k, numCandidates, queryVector, options);
	}

	/**
	 * A copy collapsing hits on a field given as a reference.
	 * @param field the keyword or numeric field
	 * @return the new search
	 */
	public Search<T> collapse(FieldRef field) {
		return collapse(FieldRef.pathOf(field));
	}

	/**
	 * A copy collapsing hits on a field given as a reference, with options.
	 * @param field the keyword or numeric field
	 * @param options the options
	 * @return the new search
	 * @see #collapse(String, Map)
	 */
	public Search<T> collapse(FieldRef field, Map<String, ?> options) {
		return collapse(FieldRef.pathOf(field), options);
	}

	/**
	 * A copy with fields given as references merged into the source filter's {@code includes}:
	 * {@code sourceIncludes(Post_.title, Post_.published)}.
	 * @param field a field to return
	 * @param more more fields to return
	 * @return the new search
	 */
	public Search<T> sourceIncludes(FieldRef field, FieldRef... more) {
		return sourceIncludes(FieldRef.pathsOf(field, more).toArray(String[]::new));
	}

	/**
	 * A copy with fields given as references merged into the source filter's {@code excludes}.
	 * @param field a field to leave out
	 * @param more more fields to leave out
	 * @return the new search
	 */
	public Search<T> sourceExcludes(FieldRef field, FieldRef... more) {
		return sourceExcludes(FieldRef.pathsOf(field, more).toArray(String[]::new));
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
	 * A copy with one script field merged in, its script typed, e.g.
	 * {@code scriptField("total", s -> s.source("doc['price'].value * 2"))}.
	 * @param name the name the value comes back under
	 * @param script sets the script on {@link ScriptDefinitionOptions}
	 * @return the new search
	 */
	public Search<T> scriptField(String name, UnaryOperator<ScriptDefinitionOptions> script) {
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException("A script field needs a non-empty name");
		}
		return scriptFields(Map.of(name, Map.of("script", Options.build(new ScriptDefinitionOptions(), script))));
	}

	/**
	 * A copy with a rescorer ({@code rescore}), typed, e.g.
	 * {@code rescore(r -> r.windowSize(50).query(q -> q.rescoreQuery(Q.matchPhrase("title", "python"))))}.
	 * @param rescorer sets the rescorer on {@link RescoreOptions}
	 * @return the new search
	 */
	public Search<T> rescore(UnaryOperator<RescoreOptions> rescorer) {
		return extra("rescore", Options.build(new RescoreOptions(), rescorer));
	}

	/**
	 * A copy searching a point in time ({@code pit}), typed, e.g.
	 * {@code pit(p -> p.id(pitId).keepAlive("1m"))}.
	 * @param pit sets the point in time on {@link PointInTimeOptions}
	 * @return the new search
	 */
	public Search<T> pit(UnaryOperator<PointInTimeOptions> pit) {
		return extra("pit", Options.build(new PointInTimeOptions(), pit));
	}

	/**
	 * A copy with a runtime field added to {@code runtime_mappings} (replacing one of the same
	 * name), typed, e.g. {@code runtimeMapping("day", r -> r.type(RuntimeFieldType.KEYWORD).script(s -> s.source("...")))}.
	 * @param name the runtime field's name
	 * @param field sets the field on {@link RuntimeFieldOptions}
	 * @return the new search
	 */
	public Search<T> runtimeMapping(String name, UnaryOperator<RuntimeFieldOptions> field) {
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException("A runtime field needs a non-empty name");
		}
		Map<String, Object> mappings = new LinkedHashMap<>();
		if (currentExtra().get("runtime_mappings") instanceof Map<?, ?> current) {
			current.forEach((key, value) -> mappings.put((String) key, value));
		}
		mappings.put(name, Options.build(new RuntimeFieldOptions(), field));
		return extra("runtime_mappings", mappings);
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
	 * The type hits are read as.
	 * @return the class
	 */
	@SuppressWarnings("unchecked")
	public Class<T> documentType() {
		return (Class<T>) this.target.documentType();
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

}
