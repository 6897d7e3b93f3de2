package io.github.esdsl.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: {@code /api/search} takes the search page's parameters and answers with the same
 * hits and facets (HTTP 400 naming the parameter and its valid values for a bad one);
 * {@code /api/suggest?prefix=} answers with package names for the search box.
 */
@RestController
class SearchApiController {

	private final PackageSearchService search;

	private final SearchParameterCheck check;

	SearchApiController(PackageSearchService search, SearchParameterCheck check) {
		this.search = search;
		this.check = check;
	}

	/** The facet parameters by name, {@code null} values included. */
	static Map<String, String> filters(String section, String priority, String architecture, String size) {
		Map<String, String> filters = new LinkedHashMap<>();
		filters.put("section", section);
		filters.put("priority", priority);
		filters.put("architecture", architecture);
		filters.put("size", size);
		return filters;
	}

	@GetMapping("/api/search")
	SearchResult search(@RequestParam(required = false) String q, @RequestParam(required = false) String like,
			@RequestParam(required = false) String section, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String architecture, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page) {
		this.check.check(filters(section, priority, architecture, size), sort);
		return this.search.search(new SearchParams(q, like, section, priority, architecture, size, sort, page));
	}

	@GetMapping("/api/suggest")
	List<String> suggest(@RequestParam(required = false) String prefix) {
		return this.search.suggest(prefix);
	}

}
