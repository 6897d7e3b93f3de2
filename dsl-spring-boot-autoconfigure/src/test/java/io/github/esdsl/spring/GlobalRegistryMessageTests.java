package io.github.esdsl.spring;

import io.github.esdsl.search.Search;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * In an application on the starter, a request that fell back to {@code Connections.global()}
 * is told to go through the application's connections, never to fill the global registry by hand.
 */
class GlobalRegistryMessageTests {

	@Test
	void searchWithoutTheApplicationsConnectionPointsToSearchTemplate() {
		assertThatIllegalStateException().isThrownBy(() -> Search.of("posts").using("esdsl-unbound").execute())
			.withMessageStartingWith("There is no connection with alias 'esdsl-unbound'; known aliases: ")
			.withMessageEndingWith(". This application's connections are its Spring context's, not "
					+ "Connections.global(): run the request through a SearchTemplate (template.execute(search)) or a "
					+ "FacetedSearch bean, or give it the injected connection with using(connection)")
			.withMessageNotContaining("connections.create");
	}

}
