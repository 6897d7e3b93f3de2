package io.github.esdsl.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.ElasticsearchDslProperties;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.health.ElasticsearchDslHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code elasticsearchDsl} health contributor: one
 * {@link ElasticsearchDslHealthIndicator} per connection alias.
 */
@AutoConfiguration(after = ElasticsearchDslAutoConfiguration.class)
@ConditionalOnClass({ HealthContributor.class, Connections.class })
@ConditionalOnBean(Connections.class)
@ConditionalOnEnabledHealthIndicator("elasticsearch-dsl")
public final class ElasticsearchDslHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "elasticsearchDslHealthContributor")
	HealthContributor elasticsearchDslHealthContributor(Connections connections,
			ElasticsearchDslProperties properties) {
		Map<String, ElasticsearchDslHealthIndicator> indicators = new LinkedHashMap<>();
		for (String alias : connections.aliases()) {
			indicators.put(alias,
					new ElasticsearchDslHealthIndicator(connections.get(alias), properties.getHealth().getTimeout()));
		}
		return CompositeHealthContributor.fromMap(indicators);
	}

}
