package io.github.esdsl.autoconfigure.observation;

import io.github.esdsl.autoconfigure.ConnectionSettingsCustomizer;
import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.observation.ElasticsearchDslObservationConvention;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Micrometer observations for every esdsl request, when an
 * {@link ObservationRegistry} bean exists: observation {@code elasticsearch.dsl.request} with the
 * connection alias and operation as low-cardinality key values, named by an
 * {@link ElasticsearchDslObservationConvention} bean when there is one.
 */
@AutoConfiguration(before = ElasticsearchDslAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public final class ElasticsearchDslObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "elasticsearchDslObservationCustomizer")
	ConnectionSettingsCustomizer elasticsearchDslObservationCustomizer(ObservationRegistry registry,
			ObjectProvider<ElasticsearchDslObservationConvention> convention) {
		ElasticsearchDslObservationConvention custom = convention.getIfAvailable();
		return (alias, builder) -> builder.listener(new ObservationRequestListener(registry, custom, alias));
	}

}
