package io.github.esdsl.sample;

import java.util.List;
import java.util.Map;

import io.github.esdsl.faceted.FacetValue;
import io.github.esdsl.faceted.FacetedRequest;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.faceted.TermsFacet;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import io.github.esdsl.spring.FacetedPage;
import io.github.esdsl.spring.SearchTemplate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Packages page by page with Spring Data's {@link Pageable} ({@code page} from 0, {@code size},
 * {@code sort=name,desc}): {@code /api/packages} with {@link SearchTemplate#search(Search, Pageable)}
 * and {@code /api/packages/by-section} with the faceted form, which adds the section counts.
 */
@RestController
class PackagePageController {

	private static final String[] FIELDS = { "name^4", "summary^2", "description" };

	private final SearchTemplate template;

	private final FacetedSearch<Package> bySection = FacetedSearch.builder(Package.class)
		.fields(FIELDS)
		.facet("section", new TermsFacet("section", Map.of("size", 5)))
		.build();

	PackagePageController(SearchTemplate template) {
		this.template = template;
	}

	@GetMapping("/api/packages")
	PackagePage packages(@RequestParam(required = false) String q, Pageable pageable) {
		Search<Package> search = this.template.search(Package.class);
		if (q != null && !q.isBlank()) {
			search = search.query(Q.multiMatch(q, FIELDS));
		}
		return PackagePage.of(this.template.search(search, pageable), Map.of());
	}

	@GetMapping("/api/packages/by-section")
	PackagePage bySection(@RequestParam(required = false) String q, @RequestParam(required = false) String section,
			Pageable pageable) {
		FacetedRequest request = (q != null && !q.isBlank()) ? FacetedRequest.query(q) : FacetedRequest.all();
		if (section != null && !section.isBlank()) {
			request = request.filter("section", section);
		}
		FacetedPage<Package> page = this.template.search(this.bySection, request, pageable);
		return PackagePage.of(page, page.getFacets());
	}

	/**
	 * One page as JSON.
	 * @param content the packages on the page
	 * @param number the page number, from 0
	 * @param size the page size
	 * @param totalElements the number of matching packages
	 * @param totalPages the number of pages
	 * @param facets the facets' values, empty without facets
	 */
	record PackagePage(List<Package> content, int number, int size, long totalElements, int totalPages,
			Map<String, List<FacetValue>> facets) {

		static PackagePage of(Page<Package> page, Map<String, List<FacetValue>> facets) {
			return new PackagePage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages(), facets);
		}

	}

}
