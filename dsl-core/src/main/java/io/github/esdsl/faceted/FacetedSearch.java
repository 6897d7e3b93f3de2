package io.github.esdsl.faceted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import io.github.esdsl.aggs.A;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;

/**
 * Faceted navigation, Python's {@code FacetedSearch}: a reusable, immutable and thread-safe
 * definition of where to search (indices, document type, connection alias), which fields the
 * query text is matched against and which facets are shown. Each user request is turned into a
 * {@link Search} by {@link #build(FacetedRequest)}.
 *
 * <pre>{@code
 * FacetedSearch<Article> blog = FacetedSearch.builder(Article.class)
 *     .fields("title^5", "body")
 *     .facet("tags", new TermsFacet("tags"))
 *     .facet("published", new DateHistogramFacet("published", Map.of("calendar_interval", "month")))
 *     .baseSearch((search) -> search.filter(Q.term("published", true)))
 *     .build();
 *
 * Search<Article> search = blog.build("python web", Map.of("tags", List.of("python")), List.of("-published"));
 * }</pre>
 *
 * <p>The built search has exactly the shape of Python's {@code build_search()}: the base search,
 * a {@code multi_match} query over the fields when there is query text (none otherwise, which
 * matches everything), the facet filters combined with {@code and} as {@code post_filter}, a
 * highlight of the fields without their boosts, the sort, and per facet {@code name} an
 * aggregation {@code _filter_<name>}: a {@code filter} of all the <em>other</em> facets'
 * filters ({@code match_all} when there are none) holding the facet's aggregation as
 * {@code name}. So the counts of a facet ignore its own selection but honour the others.
 *
 * <p>Customise it with the builder's hooks ({@link FacetedSearchBuilder#baseSearch}, {@link FacetedSearchBuilder#query},
 * {@link FacetedSearchBuilder#highlight}), or, Python style, by subclassing and overriding the protected
 * methods {@link #search()}, {@link #query(Search, String)}, {@link #highlight(Search)},
 * {@link #sort(Search, List)}, {@link #filter(Search, Map)} and {@link #aggregate(Search, Map)}.
 *
 * @param <T> the type hits are read as
 */
public class FacetedSearch<T> implements Cloneable {

	/** The prefix of the filter aggregation wrapping each facet's aggregation. */
	public static final String FILTER_PREFIX = "_filter_";

	/** Not final only for {@link #using(Connection)}, which sets it on a fresh clone. */
	private Search<T> base;

	private final List<String> fields;

	private final Map<String, Facet> facets;

	private final UnaryOperator<Search<T>> baseSearch;

	private final BiFunction<Search<T>, String, Search<T>> query;

	private final BiFunction<Search<T>, List<String>, Search<T>> highlight;

	/** Not final only for {@link #using(Connection)}, which sets it on a fresh clone. */
	private Connection connection;

	/**
	 * The definition a builder holds; for subclasses, e.g.
	 * {@code super(FacetedSearch.builder("blog").facet("tags", new TermsFacet("tags")))}.
	 * @param builder the builder
	 */
	protected FacetedSearch(FacetedSearchBuilder<T> builder) {
		this.base = builder.base;
		this.fields = List.copyOf(builder.fields);
		this.facets = Collections.unmodifiableMap(new LinkedHashMap<>(builder.facets));
		this.baseSearch = builder.baseSearch;
		this.query = builder.query;
		this.highlight = builder.highlight;
		this.connection = builder.connection;
	}

	/**
	 * A builder for a faceted search over some indices (all when none are given), hits read as
	 * maps.
	 * @param indices the index names or patterns
	 * @return the builder
	 */
	public static FacetedSearchBuilder<Map<String, Object>> builder(String... indices) {
		return new FacetedSearchBuilder<>(Search.of(indices));
	}

	/**
	 * A builder for a faceted search over a document class: its index and connection alias come
	 * from its {@link io.github.esdsl.document.Document @Document}, hits are read as the class.
	 * @param <T> the document class
	 * @param documentClass the class
	 * @return the builder
	 */
	public static <T> FacetedSearchBuilder<T> builder(Class<T> documentClass) {
		return new FacetedSearchBuilder<>(Search.of(documentClass));
	}

	/**
	 * The connection alias the searches run on unless a connection was given.
	 * @return the alias, {@code "default"} unless set with {@link FacetedSearchBuilder#using(String)}
	 */
	public final String alias() {
		return this.base.alias();
	}

	/**
	 * The connection the searches run on when one was given, rather than looking the alias up
	 * in {@link io.github.esdsl.connection.Connections#global()}.
	 * @return the given connection, or empty
	 */
	public final Optional<Connection> connection() {
		return Optional.ofNullable(this.connection);
	}

	/**
	 * A copy running on a given connection (how an application context binds a definition to
	 * the connection of its alias). The copy is of the same class, subclasses included (a
	 * shallow {@link Object#clone() clone} with the connection set), so overridden hooks stay in
	 * effect, and {@link #execute(FacetedRequest)} runs on the connection even when an overridden
	 * {@link #search()} builds its search from scratch with the definition's alias.
	 * @param connection the connection
	 * @return the copy
	 */
	@SuppressWarnings("unchecked")
	public FacetedSearch<T> using(Connection connection) {
		if (connection == null) {
			throw new IllegalArgumentException("The connection must not be null; use the builder's using(alias) to "
					+ "look one up by name");
		}
		FacetedSearch<T> copy;
		try {
			copy = (FacetedSearch<T>) super.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("FacetedSearch is Cloneable", ex);
		}
		copy.base = this.base.using(connection);
		copy.connection = connection;
		return copy;
	}

	/**
	 * The fields the query text is matched against, with their boosts.
	 * @return the fields
	 */
	public final List<String> fields() {
		return this.fields;
	}

	/**
	 * The facets by name, in the order they were added.
	 * @return the facets, unmodifiable
	 */
	public final Map<String, Facet> facets() {
		return this.facets;
	}

	/**
	 * The search for a request, Python's {@code build_search()} (with the slice applied).
	 * @param request the query text, selected values, sort and page
	 * @return the search
	 * @throws IllegalArgumentException if a filter names an unknown facet or a value the facet
	 * cannot filter on
	 */
	public Search<T> build(FacetedRequest request) {
		Search<T> search = search();
		if (request.queryText() != null) {
			search = query(search, request.queryText());
		}
		Map<String, Query> filters = facetFilters(request);
		search = filter(search, filters);
		if (!this.fields.isEmpty()) {
			search = highlight(search);
		}
		search = sort(search, request.sortKeys());
		search = aggregate(search, filters);
		return (request.from() != null) ? search.slice(request.from(), request.to()) : search;
	}

	/**
	 * The search for a query text, selected values by facet and sort, Python's
	 * {@code FacetedSearch(query, filters, sort).build_search()}.
	 * @param query the text, {@code null} for all documents
	 * @param filters the selected values by facet name, or {@code null}
	 * @param sort the sort keys, or {@code null}
	 * @return the search
	 */
	public Search<T> build(String query, Map<String, ? extends List<?>> filters, List<String> sort) {
		return build(FacetedRequest.query(query).filters(filters).sort(sort));
	}

	/**
	 * The values of every facet read from the {@code aggregations} of a search response,
	 * Python's {@code FacetedResponse.facets}.
	 * @param request the request the search was built for (for the selected flags)
	 * @param aggregations the {@code aggregations} object of the response
	 * @return the values by facet name, in the facets' order
	 * @throws IllegalArgumentException if a facet's aggregation is missing or malformed
	 */
	public Map<String, List<FacetValue>> facetValues(FacetedRequest request, Map<String, ?> aggregations) {
		Map<String, List<FacetValue>> values = new LinkedHashMap<>();
		for (Map.Entry<String, Facet> entry : this.facets.entrySet()) {
			String name = entry.getKey();
			Object wrapper = (aggregations != null) ? aggregations.get(FILTER_PREFIX + name) : null;
			if (wrapper == null) {
				throw new IllegalArgumentException("The response has no aggregation '" + FILTER_PREFIX + name
						+ "' for facet '" + name + "'; was the search built by this FacetedSearch?");
			}
			Map<String, Object> data = Keys.map(Keys.map(wrapper, "Aggregation '" + FILTER_PREFIX + name + "'").get(name),
					"Aggregation '" + FILTER_PREFIX + name + "." + name + "'");
			values.put(name, List.copyOf(entry.getValue().values(data, request.selected(name))));
		}
		return Collections.unmodifiableMap(values);
	}

	/**
	 * Reads a raw search response body (as from {@code Json.parseMap}) for a request: hits as
	 * documents and the facets' values.
	 * @param request the request the search was built for
	 * @param body the response body
	 * @return the response
	 */
	public FacetedResponse<T> response(FacetedRequest request, Map<String, ?> body) {
		if (body == null) {
			throw new IllegalArgumentException("A search response body is needed but got null");
		}
		return response(request, Response.parse(Json.toBytes(body), this.base.documentType()));
	}

	/**
	 * Adds the facets' values to the response of a search built by {@link #build(FacetedRequest)}.
	 * @param request the request the search was built for
	 * @param response the search response
	 * @return the response
	 */
	public FacetedResponse<T> response(FacetedRequest request, Response<T> response) {
		return new FacetedResponse<>(request, response, facetValues(request, response.aggregations().toMap()));
	}

	/**
	 * Runs the search for a request on the connection of the definition's alias, Python's
	 * {@code execute()}.
	 * @param request the query text, selected values, sort and page
	 * @return the hits and facet values
	 * @throws io.github.esdsl.connection.ElasticsearchException if Elasticsearch refuses the
	 * search
	 */
	public FacetedResponse<T> execute(FacetedRequest request) {
		Search<T> search = build(request);
		if (this.connection != null && search.alias().equals(alias())) {
			search = search.using(this.connection);
		}
		return response(request, search.execute());
	}

	/**
	 * Runs the search for a query text, selected values and sort; see
	 * {@link #build(String, Map, List)} and {@link #execute(FacetedRequest)}.
	 * @param query the text, {@code null} for all documents
	 * @param filters the selected values by facet name, or {@code null}
	 * @param sort the sort keys, or {@code null}
	 * @return the hits and facet values
	 */
	public FacetedResponse<T> execute(String query, Map<String, ? extends List<?>> filters, List<String> sort) {
		return execute(FacetedRequest.query(query).filters(filters).sort(sort));
	}

	/**
	 * Runs the search for a request on a given connection instead of the alias.
	 * @param request the query text, selected values, sort and page
	 * @param connection the connection
	 * @return the hits and facet values
	 */
	public FacetedResponse<T> execute(FacetedRequest request, Connection connection) {
		return response(request, build(request).using(connection).execute());
	}

	/**
	 * The base search facets are added to, Python's {@code search()}: the indices, document
	 * type and alias, then the builder's {@link FacetedSearchBuilder#baseSearch base search hook}.
	 * @return the search
	 */
	protected Search<T> search() {
		return (this.baseSearch != null) ? this.baseSearch.apply(this.base) : this.base;
	}

	/**
	 * Adds the query for the text, Python's {@code query()}: the builder's query hook, or a
	 * {@code multi_match} over the fields; empty text adds nothing.
	 * @param search the search
	 * @param text the query text, not {@code null}
	 * @return the search with the query
	 */
	protected Search<T> query(Search<T> search, String text) {
		if (this.query != null) {
			return this.query.apply(search, text);
		}
		if (text.isEmpty()) {
			return search;
		}
		return this.fields.isEmpty() ? search.query(Q.of("multi_match", Map.of("query", text)))
				: search.query(Q.multiMatch(text, this.fields.toArray(String[]::new)));
	}

	/**
	 * Adds highlighting, Python's {@code highlight()}: the builder's highlight hook, or the
	 * fields without their boosts; only called when there are fields.
	 * @param search the search
	 * @return the search with highlighting
	 */
	protected Search<T> highlight(Search<T> search) {
		List<String> names = new ArrayList<>(this.fields.size());
		for (String field : this.fields) {
			int caret = field.indexOf('^');
			names.add((caret < 0) ? field : field.substring(0, caret));
		}
		return (this.highlight != null) ? this.highlight.apply(search, List.copyOf(names))
				: search.highlight(names.toArray(String[]::new));
	}

	/**
	 * Adds the sort, Python's {@code sort()}.
	 * @param search the search
	 * @param keys the sort keys, possibly empty
	 * @return the sorted search
	 */
	protected Search<T> sort(Search<T> search, List<String> keys) {
		return keys.isEmpty() ? search : search.sort(keys.toArray());
	}

	/**
	 * Adds the facet filters as {@code post_filter}, Python's {@code filter()}: all of them
	 * combined with {@code and}.
	 * @param search the search
	 * @param filters the filter of each facet with selected values, in request order
	 * @return the search
	 */
	protected Search<T> filter(Search<T> search, Map<String, Query> filters) {
		if (filters.isEmpty()) {
			return search;
		}
		Query postFilter = Q.matchAll();
		for (Query filter : filters.values()) {
			postFilter = postFilter.and(filter);
		}
		return search.postFilter(postFilter);
	}

	/**
	 * Adds the facets' aggregations, Python's {@code aggregate()}: per facet a {@code filter}
	 * aggregation {@code _filter_<name>} of the other facets' filters holding the facet's
	 * aggregation.
	 * @param search the search
	 * @param filters the filter of each facet with selected values, in request order
	 * @return the search
	 */
	protected Search<T> aggregate(Search<T> search, Map<String, Query> filters) {
		return search.aggs((aggs) -> this.facets.forEach((name, facet) -> {
			Query others = Q.matchAll();
			for (Map.Entry<String, Query> filter : filters.entrySet()) {
				if (!filter.getKey().equals(name)) {
					others = others.and(filter.getValue());
				}
			}
			aggs.bucket(FILTER_PREFIX + name, A.filter(others).withBucket(name, facet.aggregation()));
		}));
	}

	private Map<String, Query> facetFilters(FacetedRequest request) {
		Map<String, Query> filters = new LinkedHashMap<>();
		request.filters().forEach((name, values) -> {
			Facet facet = this.facets.get(name);
			if (facet == null) {
				throw new IllegalArgumentException("Cannot filter on facet '" + name + "': known facets are "
						+ this.facets.keySet());
			}
			facet.filter(values).ifPresent((filter) -> filters.put(name, filter));
		});
		return filters;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "{fields=" + this.fields + ", facets=" + this.facets.keySet() + ", base="
				+ this.base + "}";
	}

}
