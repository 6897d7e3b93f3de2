package io.github.esdsl.faceted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.search.Search;

/**
 * Collects a faceted search definition; not thread-safe, unlike what it builds.
 *
 * @param <T> the type hits are read as
 */
public final class FacetedSearchBuilder<T> {

	Search<T> base;

	io.github.esdsl.connection.Connection connection;

	final List<String> fields = new ArrayList<>();

	final Map<String, Facet> facets = new LinkedHashMap<>();

	UnaryOperator<Search<T>> baseSearch;

	BiFunction<Search<T>, String, Search<T>> query;

	BiFunction<Search<T>, List<String>, Search<T>> highlight;

	FacetedSearchBuilder(Search<T> base) {
		this.base = base;
	}

	/**
	 * Adds fields the query text is matched against, each optionally boosted
	 * ({@code "title^5"}).
	 * @param fields the fields
	 * @return this builder
	 */
	public FacetedSearchBuilder<T> fields(String... fields) {
		for (String field : (fields != null) ? fields : new String[0]) {
			if (field == null || field.isBlank() || field.startsWith("^")) {
				throw new IllegalArgumentException("Fields must be names with an optional ^boost, like \"title^5\", "
						+ "but got " + Arrays.toString(fields));
			}
			this.fields.add(field);
		}
		return this;
	}

	/**
	 * Adds fields, given as references, the query text is matched against.
	 * @param field a field
	 * @param more more fields
	 * @return this builder
	 */
	public FacetedSearchBuilder<T> fields(FieldRef field, FieldRef... more) {
		return fields(FieldRef.pathsOf(field, more).toArray(String[]::new));
	}

	/**
	 * Adds a field, given as a reference, with a boost: {@code field(Post_.title, 5)} is
	 * {@code "title^5"}.
	 * @param field the field
	 * @param boost how much a match in this field counts
	 * @return this builder
	 * @throws IllegalArgumentException if the boost is not a positive finite number
	 */
	public FacetedSearchBuilder<T> field(FieldRef field, double boost) {
		if (!(boost > 0) || Double.isInfinite(boost)) {
			throw new IllegalArgumentException("The boost of " + FieldRef.pathOf(field)
					+ " must be a positive number, not " + boost);
		}
		String text = (boost == Math.rint(boost)) ? String.valueOf((long) boost) : String.valueOf(boost);
		return fields(FieldRef.pathOf(field) + "^" + text);
	}

	/**
	 * Adds a facet.
	 * @param name the name requests and responses use
	 * @param facet the facet
	 * @return this builder
	 * @throws IllegalArgumentException if the name is blank or taken, or the facet null
	 */
	public FacetedSearchBuilder<T> facet(String name, Facet facet) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A facet needs a name, e.g. \"tags\", but got "
					+ ((name == null) ? "null" : "'" + name + "'"));
		}
		if (facet == null) {
			throw new IllegalArgumentException("Facet '" + name + "' is null; pass e.g. new TermsFacet(\"" + name + "\")");
		}
		if (this.facets.containsKey(name)) {
			throw new IllegalArgumentException("Facet '" + name + "' is defined twice; facet names must differ");
		}
		this.facets.put(name, facet);
		return this;
	}

	/**
	 * Reads hits as another type (Python's {@code doc_types}); call it before the hooks.
	 * @param <R> the type
	 * @param type the document class, or {@code Map.class}
	 * @return a builder with the same fields, facets, indices and alias
	 * @throws IllegalStateException if a hook was set already
	 */
	public <R> FacetedSearchBuilder<R> docType(Class<R> type) {
		if (this.baseSearch != null || this.query != null || this.highlight != null) {
			throw new IllegalStateException("Call docType(" + type + ") before baseSearch, query or highlight: "
					+ "the hooks are typed by the document type");
		}
		FacetedSearchBuilder<R> builder = new FacetedSearchBuilder<>(this.base.docType(type));
		builder.fields.addAll(this.fields);
		builder.facets.putAll(this.facets);
		return builder;
	}

	/**
	 * Uses another connection alias.
	 * @param alias the alias
	 * @return this builder
	 */
	public FacetedSearchBuilder<T> using(String alias) {
		this.base = this.base.using(alias);
		this.connection = null;
		return this;
	}

	/**
	 * Runs on a given connection instead of looking the alias up in
	 * {@link io.github.esdsl.connection.Connections#global()} (how an application context passes
	 * its own connection).
	 * @param connection the connection
	 * @return this builder
	 */
	public FacetedSearchBuilder<T> using(io.github.esdsl.connection.Connection connection) {
		this.base = this.base.using(connection);
		this.connection = connection;
		return this;
	}

	/**
	 * Customises the base search every request starts from (Python's overridden
	 * {@code search()}), e.g. {@code (s) -> s.filter(Q.term("published", true))}.
	 * @param hook the change
	 * @return this builder
	 */
	public FacetedSearchBuilder<T> baseSearch(UnaryOperator<Search<T>> hook) {
		this.baseSearch = hook;
		return this;
	}

	/**
	 * Replaces how query text becomes a query (Python's overridden {@code query()}); the
	 * hook gets the search and the text (never {@code null}, possibly empty).
	 * @param hook the query hook
	 * @return this builder
	 */
	public FacetedSearchBuilder<T> query(BiFunction<Search<T>, String, Search<T>> hook) {
		this.query = hook;
		return this;
	}

	/**
	 * Replaces the highlighting (Python's overridden {@code highlight()}); the hook gets the
	 * search and the field names without boosts.
	 * @param hook the highlight hook
	 * @return this builder
	 */
	public FacetedSearchBuilder<T> highlight(BiFunction<Search<T>, List<String>, Search<T>> hook) {
		this.highlight = hook;
		return this;
	}

	/**
	 * The immutable faceted search.
	 * @return the definition
	 */
	public FacetedSearch<T> build() {
		return new FacetedSearch<>(this);
	}

}
