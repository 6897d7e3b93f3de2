package io.github.esdsl.benchmarks.startup.esdsl;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.DocumentIndexAutoConfiguration;
import io.github.esdsl.autoconfigure.faceted.FacetedSearchAutoConfiguration;
import io.github.esdsl.autoconfigure.observation.ElasticsearchDslObservationAutoConfiguration;
import io.github.esdsl.autoconfigure.template.SearchTemplateAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * An application using esdsl's auto-configuration (what the starter brings, less the actuator
 * health contributor) with the {@code @Document} classes of {@link EsdslDocuments}, found in
 * the application's package as in a {@code @SpringBootApplication}.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ImportAutoConfiguration({ ElasticsearchDslObservationAutoConfiguration.class, ElasticsearchDslAutoConfiguration.class,
		DocumentIndexAutoConfiguration.class, SearchTemplateAutoConfiguration.class,
		FacetedSearchAutoConfiguration.class })
public class EsdslApplication {

}
