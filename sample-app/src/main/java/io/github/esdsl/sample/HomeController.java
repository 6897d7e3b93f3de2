package io.github.esdsl.sample;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page at {@code /}, with the indexing progress while the packages are still being
 * indexed.
 */
@Controller
class HomeController {

	private final PackageSearchService search;

	private final SearchParameterCheck check;

	private final IndexingProgress progress;

	HomeController(PackageSearchService search, SearchParameterCheck check, IndexingProgress progress) {
		this.search = search;
		this.check = check;
		this.progress = progress;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String q, @RequestParam(required = false) String like,
			@RequestParam(required = false) String section, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String architecture, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page, Model model) {
		this.check.check(SearchApiController.filters(section, priority, architecture, size), sort);
		SearchParams params = new SearchParams(q, like, section, priority, architecture, size, sort, page);
		model.addAttribute("indexing", !this.progress.isDone());
		model.addAttribute("indexed", this.progress.indexed());
		model.addAttribute("expected", this.progress.expected());
		model.addAttribute("percent", this.progress.percent());
		model.addAttribute("params", params);
		model.addAttribute("result", this.search.search(params));
		return "home";
	}

}
