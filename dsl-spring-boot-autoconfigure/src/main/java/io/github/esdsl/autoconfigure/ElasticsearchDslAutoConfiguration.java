package io.github.esdsl.autoconfigure;

import io.github.esdsl.connection.Connections;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the esdsl {@link Connections}: one connection per alias configured under
 * {@code elasticsearch.dsl.connections} or given by a ConnectionDetails bean (which wins over the
 * properties); with neither, a {@code default} one from Spring Boot's {@code spring.elasticsearch.*}
 * or {@code http://localhost:9200}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		"org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration" })
@ConditionalOnClass(Connections.class)
@EnableConfigurationProperties(ElasticsearchDslProperties.class)
public final class ElasticsearchDslAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	Connections elasticsearchDslConnections(ElasticsearchDslProperties properties, Environment environment,
			ObjectProvider<ConnectionSettingsCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<ElasticsearchDslConnectionDetails> connectionDetails,
			ObjectProvider<ConnectionDetailsSource> springBootConnectionDetails) {
		return new ConnectionResolution(properties, environment,
				new PropertiesConnectionSettings(sslBundles.getIfAvailable()), connectionDetails.orderedStream().toList(),
				springBootConnectionDetails.getIfAvailable(), customizers.orderedStream().toList())
			.open();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "elasticsearchDslSanitizingFunction")
		static SanitizingFunction elasticsearchDslSanitizingFunction() {
			return new ElasticsearchDslSanitizingFunction();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails")
	static class ConnectionDetailsConfiguration {

		@Bean
		ConnectionDetailsSource elasticsearchDslSpringBootConnectionDetails(ListableBeanFactory beanFactory) {
			return new SpringBootConnectionDetails(beanFactory);
		}

	}

}
