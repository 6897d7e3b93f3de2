package io.github.esdsl.autoconfigure.faceted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.faceted.FacetValue;
import io.github.esdsl.faceted.FacetedRequest;
import io.github.esdsl.faceted.FacetedResponse;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.faceted.TermsFacet;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A faceted search declared in configuration alone, run against the real node.
 */
@WithElasticsearch
class FacetedSearchBeansIT {

	private static final String INDEX = "esdsl-faceted-beans-products";

	private static Connection admin;

	private static String url;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class, FacetedSearchAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.index-management=none");

	@BeforeAll
	static void seed(ElasticsearchEndpoint endpoint) {
		url = endpoint.uri().toString();
		admin = Connection.create(ConnectionSettings.of(url));
		admin.perform(RawRequest.delete("/" + INDEX).ignore(404));
		admin.perform(RawRequest.put("/" + INDEX).body(Map.of("mappings", Map.of("properties",
				Map.of("name", Map.of("type", "text"), "brand", Map.of("type", "keyword"), "price",
						Map.of("type", "double"))))));
		List<Object> lines = new ArrayList<>();
		Object[][] products = { { "red shirt", "acme", 5 }, { "blue shirt", "acme", 15 }, { "red hat", "zeta", 25 },
				{ "green shirt", "zeta", 8 }, { "red socks", "acme", 3 } };
		for (Object[] product : products) {
			lines.add(Map.of("index", Map.of("_index", INDEX)));
			lines.add(Map.of("name", product[0], "brand", product[1], "price", product[2]));
		}
		admin.perform(RawRequest.post("/_bulk").param("refresh", "true").ndjson(lines));
	}

	@AfterAll
	static void close() {
		admin.perform(RawRequest.delete("/" + INDEX).ignore(404));
		admin.close();
	}

	@Test
	void configuredFacetedSearchReturnsFacetCountsFromTheRealNode() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + url,
					"elasticsearch.dsl.faceted-searches.products.index=" + INDEX,
					"elasticsearch.dsl.faceted-searches.products.fields=name",
					"elasticsearch.dsl.faceted-searches.products.facets.brand.kind=terms",
					"elasticsearch.dsl.faceted-searches.products.facets.brand.field=brand",
					"elasticsearch.dsl.faceted-searches.products.facets.price.kind=range",
					"elasticsearch.dsl.faceted-searches.products.facets.price.field=price",
					"elasticsearch.dsl.faceted-searches.products.facets.price.ranges[0].key=cheap",
					"elasticsearch.dsl.faceted-searches.products.facets.price.ranges[0].to=10",
					"elasticsearch.dsl.faceted-searches.products.facets.price.ranges[1].key=dear",
					"elasticsearch.dsl.faceted-searches.products.facets.price.ranges[1].from=10")
			.run((context) -> {
				FacetedSearch<?> products = context.getBean("productsFacetedSearch", FacetedSearch.class);

				FacetedResponse<?> shirts = products.execute(FacetedRequest.query("shirt"));
				assertThat(shirts.total().value()).isEqualTo(3);
				assertThat(shirts.facet("brand")).containsExactly(new FacetValue("acme", 2, false),
						new FacetValue("zeta", 1, false));
				assertThat(shirts.facet("price")).containsExactly(new FacetValue("cheap", 2, false),
						new FacetValue("dear", 1, false));

				FacetedResponse<?> acme = products.execute(FacetedRequest.all().filter("brand", "acme"));
				assertThat(acme.total().value()).isEqualTo(3);
				assertThat(acme.facet("brand")).containsExactly(new FacetValue("acme", 3, true),
						new FacetValue("zeta", 2, false));
				assertThat(acme.facet("price")).containsExactly(new FacetValue("cheap", 2, false),
						new FacetValue("dear", 1, false));
			});
	}

	@Test
	void componentSubclassOverridingOnlyItsSearchHookRunsOnTheConnectionOfItsAlias() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://127.0.0.1:1",
					"elasticsearch.dsl.connections.shop.hosts=" + url)
			.withUserConfiguration(CheapProducts.class)
			.run((context) -> {
				CheapProducts cheap = context.getBean(CheapProducts.class);
				FacetedResponse<?> response = cheap.execute(FacetedRequest.all());
				assertThat(response.total().value()).isEqualTo(3);
				assertThat(response.facet("brand")).containsExactly(new FacetValue("acme", 2, false),
						new FacetValue("zeta", 1, false));
			});
	}

	/** A faceted search as an application writes one: a component overriding only the search hook. */
	@Component
	static class CheapProducts extends FacetedSearch<Map<String, Object>> {

		CheapProducts() {
			super(FacetedSearch.builder(INDEX).using("shop").fields("name").facet("brand", new TermsFacet("brand")));
		}

		@Override
		protected Search<Map<String, Object>> search() {
			return super.search().filter(Q.range("price", Map.of("lt", 10)));
		}

	}

}
