package io.github.esdsl.faceted;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.esdsl.search.Aggregations;
import io.github.esdsl.search.Hit;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Total;

/**
 * The result of a faceted search, Python's {@code FacetedResponse}: the search
 * {@link Response} (hits as documents, total, aggregations) plus, per facet, its values with
 * their counts and whether they were selected. Iterating it iterates the documents.
 *
 * <pre>{@code
 * FacetedResponse<Article> response = blog.execute(FacetedRequest.query("python").filter("tags", "web"));
 * for (Hit<Article> hit : response.hits()) {
 *     System.out.println(hit.score() + " " + hit.source().title + " " + hit.highlight("title"));
 * }
 * for (FacetValue tag : response.facet("tags")) {
 *     System.out.println(tag.key() + (tag.selected() ? " (SELECTED)" : "") + ": " + tag.count());
 * }
 * }</pre>
 *
 * @param <T> the type hits are read as
 */
public final class FacetedResponse<T> implements Iterable<T> {

	private final FacetedRequest request;

	private final Response<T> response;

	private final Map<String, List<FacetValue>> facets;

	FacetedResponse(FacetedRequest request, Response<T> response, Map<String, List<FacetValue>> facets) {
		this.request = request;
		this.response = response;
		this.facets = facets;
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
	 * The underlying search response.
	 * @return the response
	 */
	public Response<T> response() {
		return this.response;
	}

	/**
	 * The hits of this page, with their ids, scores and highlights.
	 * @return the hits, unmodifiable
	 */
	public List<Hit<T>> hits() {
		return this.response.hits();
	}

	/**
	 * The documents of this page, in order.
	 * @return the documents
	 */
	public List<T> documents() {
		return this.response.documents();
	}

	@Override
	public Iterator<T> iterator() {
		return documents().iterator();
	}

	/**
	 * How many documents matched (after the facet filters).
	 * @return the total
	 */
	public Total total() {
		return this.response.total();
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
	 * All the aggregations of the response, including the facets' own and any added by hooks.
	 * @return the aggregations
	 */
	public Aggregations aggregations() {
		return this.response.aggregations();
	}

	@Override
	public String toString() {
		return "FacetedResponse{total=" + total().value() + ", hits=" + this.response.size() + ", facets="
				+ this.facets + "}";
	}

}
