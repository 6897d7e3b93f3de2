package io.github.esdsl.sample;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page at {@code /}.
 */
@Controller
class HomeController {

	private final PackageSearchService search;

	HomeController(PackageSearchService search) {
		this.search = search;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String q, @RequestParam(required = false) String like,
			@RequestParam(required = false) String section, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String architecture, @RequestParam(required = false) String size,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page, Model model) {
		SearchParams params = new SearchParams(q, like, section, priority, architecture, size, sort, page);
		model.addAttribute("params", params);
		model.addAttribute("result", this.search.search(params));
		return "home";
	}

}
