package io.github.esdsl.sample;

import io.github.esdsl.connection.Connection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's front page.
 */
@Controller
class HomeController {

	private final Connection connection;

	HomeController(Connection connection) {
		this.connection = connection;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("health", this.connection.client().clusterHealth());
		return "home";
	}

}
