package io.github.esdsl.slice;

import java.util.Map;

import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.faceted.TermsFacet;

import org.springframework.stereotype.Component;

/** A FacetedSearch component of the application, which {@code @ElasticsearchDslTest} keeps. */
@Component
public class NoteFacetedSearch extends FacetedSearch<Map<String, Object>> {

	NoteFacetedSearch() {
		super(FacetedSearch.builder("esdsl-slice-notes").facet("text", new TermsFacet("text")));
	}

}
