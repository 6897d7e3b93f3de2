package io.github.esdsl.faceted;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;

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
	void usingConnectionOnASubclassKeepsTheSubclassAndItsHooks() {
		Cheap cheap = new Cheap();
		try (Connection connection = Connection.create(ConnectionSettings.of("http://localhost:1"))) {
			FacetedSearch<Map<String, Object>> bound = cheap.using(connection);
			assertThat(bound).isInstanceOf(Cheap.class).isNotSameAs(cheap);
			assertThat(bound.connection()).containsSame(connection);
			assertThat(bound.alias()).isEqualTo("shop");
			assertThat(bound.build(FacetedRequest.all()).toJson()).isEqualTo("{\"query\":{\"range\":{\"price\":"
					+ "{\"lt\":10}}},\"aggs\":{\"_filter_brand\":{\"filter\":{\"match_all\":{}},\"aggs\":{\"brand\":"
					+ "{\"terms\":{\"field\":\"brand\"}}}}}}");
			assertThat(cheap.connection()).isEmpty();
		}
	}

	/** Overrides only the base search hook, building its search from scratch. */
	static class Cheap extends FacetedSearch<Map<String, Object>> {

		Cheap() {
			super(FacetedSearch.builder("products").using("shop").facet("brand", new TermsFacet("brand")));
		}

		@Override
		protected Search<Map<String, Object>> search() {
			return Search.of("products").using("shop").query(Q.range("price", Map.of("lt", 10)));
		}

	}

	@Test
	void usingNullConnectionIsRefused() {
		FacetedSearch<Map<String, Object>> search = FacetedSearch.builder("blog").build();
		assertThatIllegalArgumentException().isThrownBy(() -> search.using((Connection) null))
			.withMessageContaining("must not be null");
	}

}
