package io.github.esdsl.spring;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.esdsl.faceted.FacetValue;
import io.github.esdsl.faceted.FacetedResponse;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * One page of a {@link io.github.esdsl.faceted.FacetedSearch faceted search} as a Spring Data
 * {@link org.springframework.data.domain.Page}, carrying the values of every facet too; see
 * {@link SearchTemplate#search(io.github.esdsl.faceted.FacetedSearch, io.github.esdsl.faceted.FacetedRequest, Pageable)}.
 *
 * @param <T> the type hits are read as
 */
public final class FacetedPage<T> extends PageImpl<T> {

	private static final long serialVersionUID = 1L;

	private final transient FacetedResponse<T> response;

	FacetedPage(FacetedResponse<T> response, Pageable pageable) {
		super(response.documents(), pageable,
				(response.total() != null) ? response.total().value() : response.documents().size());
		this.response = response;
	}

	/** @return the values of every facet by facet name, in the facets' order */
	public Map<String, List<FacetValue>> getFacets() {
		return this.response.facets();
	}

	/**
	 * The values of one facet.
	 * @param name the facet name
	 * @return its values
	 * @throws IllegalArgumentException naming the facets when there is no such facet
	 */
	public List<FacetValue> getFacet(String name) {
		return this.response.facet(name);
	}

	/** @return the whole faceted response: hits with highlights, all aggregations, took */
	public FacetedResponse<T> getResponse() {
		return this.response;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FacetedPage<?> page && super.equals(page) && getFacets().equals(page.getFacets());
	}

	@Override
	public int hashCode() {
		return Objects.hash(super.hashCode(), getFacets());
	}

	@Override
	public String toString() {
		return "FacetedPage " + (getNumber() + 1) + " of " + getTotalPages() + " (" + getTotalElements()
				+ " hits), facets " + getFacets().keySet();
	}

}
