package io.github.esdsl.autoconfigure.faceted;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.faceted.FacetedSearch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of {@link FacetedSearch} beans: one named {@code <name>FacetedSearch} and
 * qualified by its name per entry under {@code elasticsearch.dsl.faceted-searches}, on the
 * connection of its alias, unless the application defines one of that name or qualifier; and the
 * application's own {@code FacetedSearch} beans bound to the connection of their alias.
 */
@AutoConfiguration(after = ElasticsearchDslAutoConfiguration.class)
@ConditionalOnClass(FacetedSearch.class)
@ConditionalOnBean(Connections.class)
public final class FacetedSearchAutoConfiguration {

	@Bean
	static FacetedSearchConnectionBinder facetedSearchConnectionBinder(ObjectProvider<Connections> connections) {
		return new FacetedSearchConnectionBinder(connections);
	}

	@Configuration(proxyBeanMethods = false)
	@Import(FacetedSearchRegistrar.class)
	static class ConfiguredFacetedSearchesConfiguration {

	}

}
