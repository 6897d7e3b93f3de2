package io.github.esdsl.sample;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: {@code /api/search} takes the search page's parameters and answers with the same
 * hits and facets; {@code /api/suggest?prefix=} answers with package names for the search box.
 */
@RestController
class SearchApiController {

	private final PackageSearchService search;

	SearchApiController(PackageSearchService search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String like,
			@RequestParam(required = false) String section, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String architecture, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page) {
		return this.search.search(new SearchParams(q, like, section, priority, architecture, size, sort, page));
	}

	@GetMapping("/api/suggest")
	List<String> suggest(@RequestParam(required = false) String prefix) {
		return this.search.suggest(prefix);
	}

}
