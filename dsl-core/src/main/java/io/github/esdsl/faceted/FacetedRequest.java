package io.github.esdsl.faceted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.FieldSort;

/**
 * What one user asked a {@link FacetedSearch} for, Python's {@code FacetedSearch(query,
 * filters, sort)} arguments plus its {@code [from:to]} slice: the query text, the selected
 * values per facet, the sort and the page. Immutable; every method returns a new request.
 *
 * <pre>{@code
 * FacetedRequest request = FacetedRequest.query("python web")
 *     .filter("tags", "python", "django")
 *     .filter("category", "blog")
 *     .sort("-published")
 *     .slice(20, 40);
 * }</pre>
 */
public final class FacetedRequest {

	private static final FacetedRequest ALL = new FacetedRequest(null, Map.of(), List.of(), null, null);

	private final String query;

	private final Map<String, List<Object>> filters;

	private final List<String> sort;

	private final Integer from;

	private final Integer to;

	private FacetedRequest(String query, Map<String, List<Object>> filters, List<String> sort, Integer from,
			Integer to) {
		this.query = query;
		this.filters = filters;
		this.sort = sort;
		this.from = from;
		this.to = to;
	}

	/**
	 * A request for everything: no query text (all documents), no filters.
	 * @return the request
	 */
	public static FacetedRequest all() {
		return ALL;
	}

	/**
	 * A request searching for some text.
	 * @param text the text, or {@code null} (or empty) for all documents
	 * @return the request
	 */
	public static FacetedRequest query(String text) {
		return new FacetedRequest(text, Map.of(), List.of(), null, null);
	}

	/**
	 * A copy that also filters a facet on some values (a document matches if it has any of
	 * them), replacing earlier values for that facet; no values selects nothing but keeps the
	 * facet in {@link #filters()} (like Python's empty list).
	 * @param facet the facet's name
	 * @param values the selected values
	 * @return the new request
	 */
	public FacetedRequest filter(String facet, Object... values) {
		return filter(facet, (values != null) ? Arrays.asList(values) : null);
	}

	/**
	 * A copy that also filters a facet on some values; see {@link #filter(String, Object...)}.
	 * @param facet the facet's name
	 * @param values the selected values; {@code null} is ignored like Python's {@code None}
	 * @return the new request
	 */
	public FacetedRequest filter(String facet, List<?> values) {
		if (facet == null || facet.isBlank()) {
			throw new IllegalArgumentException("A filter needs the facet's name but got "
					+ ((facet == null) ? "null" : "'" + facet + "'"));
		}
		if (values == null) {
			return this;
		}
		List<Object> copy = new ArrayList<>(values.size());
		for (Object value : values) {
			if (value == null) {
				throw new IllegalArgumentException("The values selected for facet '" + facet
						+ "' must not contain null but were " + values);
			}
			copy.add(value);
		}
		Map<String, List<Object>> filters = new LinkedHashMap<>(this.filters);
		filters.put(facet, Collections.unmodifiableList(copy));
		return new FacetedRequest(this.query, Collections.unmodifiableMap(filters), this.sort, this.from, this.to);
	}

	/**
	 * A copy with the filters of a map added, in its order; see {@link #filter(String, List)}.
	 * @param filters the selected values by facet name
	 * @return the new request
	 */
	public FacetedRequest filters(Map<String, ? extends List<?>> filters) {
		FacetedRequest request = this;
		if (filters != null) {
			for (Map.Entry<String, ? extends List<?>> entry : filters.entrySet()) {
				request = request.filter(entry.getKey(), entry.getValue());
			}
		}
		return request;
	}

	/**
	 * A copy sorted by some keys, in {@code Search.sort} form ({@code "-published"} for
	 * descending), replacing the previous sort.
	 * @param keys the sort keys
	 * @return the new request
	 */
	public FacetedRequest sort(String... keys) {
		return sort((keys != null) ? Arrays.asList(keys) : List.of());
	}

	/**
	 * A copy sorted by fields given as references:
	 * {@code sort(Package_.installedSize.desc(), Package_.name.asc())}.
	 * @param key the first sort key
	 * @param more more sort keys
	 * @return the new request
	 */
	public FacetedRequest sort(FieldSort key, FieldSort... more) {
		List<FieldSort> all = new ArrayList<>();
		all.add(key);
		all.addAll((more != null) ? Arrays.asList(more) : List.of());
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i) == null) {
				throw new IllegalArgumentException("Sort key [" + i + "] is null: give a reference's asc() or desc(), "
						+ "like Post_.published.desc()");
			}
			keys.add(all.get(i).toString());
		}
		return sort(keys);
	}

	/**
	 * A copy sorted by some keys; see {@link #sort(String...)}.
	 * @param keys the sort keys
	 * @return the new request
	 */
	public FacetedRequest sort(List<String> keys) {
		List<String> copy = new ArrayList<>();
		if (keys != null) {
			for (String key : keys) {
				if (key == null || key.isBlank()) {
					throw new IllegalArgumentException("Sort keys must not be null or blank but were " + keys);
				}
				copy.add(key);
			}
		}
		return new FacetedRequest(this.query, this.filters, Collections.unmodifiableList(copy), this.from, this.to);
	}

	/**
	 * A copy returning hits {@code from} (inclusive) to {@code to} (exclusive), Python's
	 * {@code faceted_search[from:to]}.
	 * @param from the first hit
	 * @param to the hit after the last
	 * @return the new request
	 */
	public FacetedRequest slice(int from, int to) {
		if (from < 0 || to < from) {
			throw new IllegalArgumentException("A slice needs 0 <= from <= to but got from=" + from + ", to=" + to);
		}
		return new FacetedRequest(this.query, this.filters, this.sort, from, to);
	}

	/**
	 * A copy returning one page of hits.
	 * @param page the page number, starting at 1
	 * @param size the hits per page
	 * @return the new request
	 */
	public FacetedRequest page(int page, int size) {
		if (page < 1 || size < 0) {
			throw new IllegalArgumentException("A page needs page >= 1 and size >= 0 but got page=" + page
					+ ", size=" + size);
		}
		return slice(Math.multiplyExact(page - 1, size), Math.multiplyExact(page, size));
	}

	/**
	 * The query text.
	 * @return the text, {@code null} for all documents
	 */
	public String queryText() {
		return this.query;
	}

	/**
	 * The selected values by facet name, in the order they were added.
	 * @return the filters, unmodifiable
	 */
	public Map<String, List<Object>> filters() {
		return this.filters;
	}

	/**
	 * The values selected for a facet.
	 * @param facet the facet's name
	 * @return the values, empty when none
	 */
	public List<Object> selected(String facet) {
		return this.filters.getOrDefault(facet, List.of());
	}

	/**
	 * The sort keys.
	 * @return the keys, unmodifiable
	 */
	public List<String> sortKeys() {
		return this.sort;
	}

	/**
	 * The first hit of the slice.
	 * @return the index, {@code null} when not sliced
	 */
	public Integer from() {
		return this.from;
	}

	/**
	 * The hit after the last of the slice.
	 * @return the index, {@code null} when not sliced
	 */
	public Integer to() {
		return this.to;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FacetedRequest that && java.util.Objects.equals(this.query, that.query)
				&& this.filters.equals(that.filters) && this.sort.equals(that.sort)
				&& java.util.Objects.equals(this.from, that.from) && java.util.Objects.equals(this.to, that.to);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(this.query, this.filters, this.sort, this.from, this.to);
	}

	@Override
	public String toString() {
		return "FacetedRequest{query=" + this.query + ", filters=" + this.filters + ", sort=" + this.sort
				+ ((this.from != null) ? ", slice=[" + this.from + ":" + this.to + "]" : "") + "}";
	}

}
