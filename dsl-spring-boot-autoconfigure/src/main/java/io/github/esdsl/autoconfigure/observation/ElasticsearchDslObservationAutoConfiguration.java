package io.github.esdsl.autoconfigure.observation;

import io.github.esdsl.autoconfigure.ConnectionSettingsCustomizer;
import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Micrometer observations for every esdsl request, when an
 * {@link ObservationRegistry} bean exists: observation {@code elasticsearch.dsl.request} with the
 * connection alias and operation as low-cardinality key values.
 */
@AutoConfiguration(before = ElasticsearchDslAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public final class ElasticsearchDslObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "elasticsearchDslObservationCustomizer")
	ConnectionSettingsCustomizer elasticsearchDslObservationCustomizer(ObservationRegistry registry) {
		return (alias, builder) -> builder.listener(new ObservationRequestListener(registry, alias));
	}

}
