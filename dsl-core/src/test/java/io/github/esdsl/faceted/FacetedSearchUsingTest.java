package io.github.esdsl.faceted;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Binding an immutable faceted search definition to a connection with {@code using(Connection)}.
 */
class FacetedSearchUsingTest {

	@Test
	void definitionWithOnlyAnAliasHasNoConnection() {
		FacetedSearch<Map<String, Object>> search = FacetedSearch.builder("blog").using("analytics").build();
		assertThat(search.alias()).isEqualTo("analytics");
		assertThat(search.connection()).isEmpty();
	}

	@Test
	void usingConnectionCopiesTheDefinitionWithTheConnectionAndLeavesTheOriginalAlone() {
		FacetedSearch<Map<String, Object>> search = FacetedSearch.builder("blog")
			.using("analytics")
			.fields("title^2")
			.facet("tags", new TermsFacet("tags"))
			.build();
		try (Connection connection = Connection.create(ConnectionSettings.of("http://localhost:1"))) {
			FacetedSearch<Map<String, Object>> bound = search.using(connection);
			assertThat(bound.connection()).containsSame(connection);
			assertThat(bound.alias()).isEqualTo("analytics");
			assertThat(bound.fields()).isEqualTo(List.of("title^2"));
			assertThat(bound.facets()).containsOnlyKeys("tags");
			assertThat(bound.build(FacetedRequest.query("x")).toJson())
				.isEqualTo(search.build(FacetedRequest.query("x")).toJson());
			assertThat(search.connection()).isEmpty();
		}
	}

	@Test
	void usingNullConnectionIsRefused() {
		FacetedSearch<Map<String, Object>> search = FacetedSearch.builder("blog").build();
		assertThatIllegalArgumentException().isThrownBy(() -> search.using((Connection) null))
			.withMessageContaining("must not be null");
	}

}
