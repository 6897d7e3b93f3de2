package io.github.esdsl.faceted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.Documents;

/**
 * The result of a faceted search, Python's {@code FacetedResponse}: the hits as documents, the
 * total, and per facet its values with their counts and whether they were selected.
 *
 * <pre>{@code
 * for (FacetValue tag : response.facet("tags")) {
 *     System.out.println(tag.key() + (tag.selected() ? " (SELECTED)" : "") + ": " + tag.count());
 * }
 * }</pre>
 *
 * @param <T> the type hits are read as
 */
public final class FacetedResponse<T> {

	private final FacetedRequest request;

	private final List<T> hits;

	private final List<Map<String, Object>> rawHits;

	private final long total;

	private final String totalRelation;

	private final Map<String, List<FacetValue>> facets;

	private final Map<String, Object> aggregations;

	FacetedResponse(FacetedRequest request, List<T> hits, List<Map<String, Object>> rawHits, long total,
			String totalRelation, Map<String, List<FacetValue>> facets, Map<String, Object> aggregations) {
		this.request = request;
		this.hits = hits;
		this.rawHits = rawHits;
		this.total = total;
		this.totalRelation = totalRelation;
		this.facets = facets;
		this.aggregations = aggregations;
	}

	static <T> FacetedResponse<T> read(FacetedSearch<T> search, FacetedRequest request, Map<String, ?> body,
			Class<T> type) {
		if (body == null) {
			throw new IllegalArgumentException("A search response body is needed but got null");
		}
		Map<String, Object> hitsObject = Keys.map(body.get("hits"), "The 'hits' of a search response");
		List<T> hits = new ArrayList<>();
		List<Map<String, Object>> rawHits = new ArrayList<>();
		Object list = hitsObject.get("hits");
		if (list instanceof List<?> items) {
			for (Object item : items) {
				Map<String, Object> hit = Keys.map(item, "A hit");
				rawHits.add(hit);
				hits.add(document(hit, type));
			}
		}
		long total = hits.size();
		String relation = "eq";
		Object totalValue = hitsObject.get("total");
		if (totalValue instanceof Number number) {
			total = number.longValue();
		}
		else if (totalValue instanceof Map<?, ?> map && map.get("value") instanceof Number number) {
			total = number.longValue();
			relation = String.valueOf(map.get("relation"));
		}
		Object aggs = body.get("aggregations");
		Map<String, Object> aggregations = (aggs != null) ? Keys.map(aggs, "The 'aggregations' of a search response")
				: Map.of();
		return new FacetedResponse<>(request, Collections.unmodifiableList(hits),
				Collections.unmodifiableList(rawHits), total, relation,
				search.facetValues(request, aggregations), aggregations);
	}

	@SuppressWarnings("unchecked")
	private static <T> T document(Map<String, Object> hit, Class<T> type) {
		Object source = hit.get("_source");
		Map<String, Object> map = (source != null) ? Keys.map(source, "The _source of a hit") : Map.of();
		if (type.isAssignableFrom(Map.class) || Map.class.equals(type)) {
			return (T) map;
		}
		Object id = hit.get("_id");
		return Documents.fromMap(map, type, (id != null) ? id.toString() : null);
	}

	/**
	 * The request this answers.
	 * @return the request
	 */
	public FacetedRequest request() {
		return this.request;
	}

	/**
	 * The query text searched for, Python's {@code query_string}.
	 * @return the text, {@code null} for all documents
	 */
	public String queryText() {
		return this.request.queryText();
	}

	/**
	 * The hits of this page, as documents (or source maps).
	 * @return the hits, unmodifiable
	 */
	public List<T> hits() {
		return this.hits;
	}

	/**
	 * The hits of this page as Elasticsearch returned them, with {@code _id}, {@code _score},
	 * {@code highlight} and the other metadata, in the order of {@link #hits()}.
	 * @return the raw hits, unmodifiable
	 */
	public List<Map<String, Object>> rawHits() {
		return this.rawHits;
	}

	/**
	 * The number of matching documents (after the facet filters).
	 * @return the total
	 */
	public long total() {
		return this.total;
	}

	/**
	 * Whether {@link #total()} is exact ({@code "eq"}) or a lower bound ({@code "gte"}).
	 * @return the relation
	 */
	public String totalRelation() {
		return this.totalRelation;
	}

	/**
	 * The values of every facet, Python's {@code facets}.
	 * @return the values by facet name, in the facets' order, unmodifiable
	 */
	public Map<String, List<FacetValue>> facets() {
		return this.facets;
	}

	/**
	 * The values of one facet.
	 * @param name the facet's name
	 * @return its values, in bucket order
	 * @throws IllegalArgumentException for an unknown facet
	 */
	public List<FacetValue> facet(String name) {
		List<FacetValue> values = this.facets.get(name);
		if (values == null) {
			throw new IllegalArgumentException("No facet '" + name + "'; known facets are " + this.facets.keySet());
		}
		return values;
	}

	/**
	 * The raw {@code aggregations} of the response, including any added by hooks.
	 * @return the aggregations
	 */
	public Map<String, Object> aggregations() {
		return this.aggregations;
	}

	@Override
	public String toString() {
		return "FacetedResponse{total=" + this.total + ", hits=" + this.hits.size() + ", facets=" + this.facets + "}";
	}

}
