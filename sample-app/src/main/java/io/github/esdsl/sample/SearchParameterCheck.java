package io.github.esdsl.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.A;
import io.github.esdsl.faceted.Facet;
import io.github.esdsl.faceted.RangeFacet;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;
import io.github.esdsl.spring.SearchTemplate;

import org.springframework.stereotype.Component;

/**
 * Checks the search parameters before a search: a facet value must be one the facet has (the
 * ranges of a range facet, the values in the index of a terms facet, read once the packages are
 * indexed) and the sort one of {@link #SORTS}.
 */
@Component
class SearchParameterCheck {

	static final List<String> SORTS = List.of("relevance", "name", "size");

	private final SearchTemplate template;

	private final Map<String, Facet> facets;

	private final IndexingProgress progress;

	private volatile Map<String, List<String>> indexedValues;

	SearchParameterCheck(SearchTemplate template, PackageSearchService search, IndexingProgress progress) {
		this.template = template;
		this.facets = search.facetedSearch().facets();
		this.progress = progress;
	}

	/**
	 * Checks raw request parameters.
	 * @param filters the selected value by facet request parameter
	 * @param sort the sort, or {@code null}
	 * @throws BadParameterException for the first bad one
	 */
	void check(Map<String, String> filters, String sort) {
		if (sort != null && !sort.isBlank() && !SORTS.contains(sort.strip())) {
			throw new BadParameterException("sort", sort, SORTS);
		}
		filters.forEach((name, value) -> {
			if (value == null || value.isBlank()) {
				return;
			}
			List<String> valid = validValues(name);
			if (valid != null && !valid.contains(value.strip())) {
				throw new BadParameterException(name, value, valid);
			}
		});
	}

	/** @return the values a facet takes, or {@code null} when they are not known yet */
	private List<String> validValues(String name) {
		Facet facet = this.facets.get(name);
		if (facet instanceof RangeFacet range) {
			return range.ranges().stream().map(RangeFacet.Range::key).toList();
		}
		if (!this.progress.isDone()) {
			return null;
		}
		Map<String, List<String>> values = this.indexedValues;
		if (values == null) {
			values = readIndexedValues();
			this.indexedValues = values;
		}
		return values.get(name);
	}

	/** Every value of the terms facets' fields in the index, sorted. */
	@SuppressWarnings("unchecked")
	private Map<String, List<String>> readIndexedValues() {
		Search<Package> search = this.template.search(Package.class).size(0).aggs((aggs) -> this.facets
			.forEach((name, facet) -> {
				if (!(facet instanceof RangeFacet)) {
					aggs.bucket(name, A.terms(facet.field(), Map.of("size", 1000, "order", Map.of("_key", "asc"))));
				}
			}));
		Response<Package> response = this.template.execute(search);
		Map<String, List<String>> values = new LinkedHashMap<>();
		Map<String, Object> aggregations = response.aggregations().toMap();
		aggregations.forEach((name, result) -> {
			List<String> keys = new ArrayList<>();
			for (Map<String, Object> bucket : (List<Map<String, Object>>) ((Map<String, Object>) result).get("buckets")) {
				keys.add(String.valueOf(bucket.get("key")));
			}
			values.put(name, List.copyOf(keys));
		});
		return values;
	}

}
