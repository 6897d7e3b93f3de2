package io.github.esdsl.spring;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.search.Search;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SearchTemplateTests {

	@Test
	void templateNeedsAConnection() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchTemplate(null))
			.withMessage("A SearchTemplate needs a connection, not null");
	}

	@Test
	void searchesAndClientsAreOnTheTemplateConnection() {
		try (Connection connection = Connection.create(ConnectionSettings.of("http://search-template:9200"))) {
			SearchTemplate template = new SearchTemplate(connection);
			assertThat(template.connection()).isSameAs(connection);
			assertThat(template.documents().connection()).isSameAs(connection);
			assertThat(template.search("a", "b").indices()).containsExactly("a", "b");
			assertThat(template.esql()).hasToString("EsqlClient[" + connection + "]");
			assertThat(template).hasToString("SearchTemplate on " + connection);
		}
	}

	@Test
	void nullSearchIsRefusedByName() {
		try (Connection connection = Connection.create(ConnectionSettings.of("http://search-template:9200"))) {
			SearchTemplate template = new SearchTemplate(connection);
			assertThatIllegalArgumentException().isThrownBy(() -> template.execute((Search<Object>) null))
				.withMessage("The search to run must not be null");
			assertThatIllegalArgumentException().isThrownBy(() -> template.multiSearch(null))
				.withMessage("The multi-search to run must not be null");
		}
	}

}
