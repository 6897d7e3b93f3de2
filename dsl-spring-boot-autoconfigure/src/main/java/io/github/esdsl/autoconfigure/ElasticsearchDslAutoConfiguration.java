package io.github.esdsl.autoconfigure;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
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
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the esdsl {@link Connections}: one connection per alias configured under
 * {@code elasticsearch.dsl.connections} or given by a ConnectionDetails bean (which wins over the
 * properties); with neither, a {@code default} one from Spring Boot's {@code spring.elasticsearch.*}
 * or {@code http://localhost:9200}.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		beforeName = "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration")
@ConditionalOnClass(Connections.class)
@EnableConfigurationProperties(ElasticsearchDslProperties.class)
public final class ElasticsearchDslAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	Connections elasticsearchDslConnections(ElasticsearchDslProperties properties, Environment environment,
			ObjectProvider<ConnectionSettingsCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<ElasticsearchDslConnectionDetails> connectionDetails,
			ObjectProvider<ConnectionDetailsSource> springBootConnectionDetails) {
		ConnectionPropertyNames.check(environment);
		return new ConnectionResolution(properties, environment,
				new PropertiesConnectionSettings(sslBundles.getIfAvailable()), connectionDetails.orderedStream().toList(),
				springBootConnectionDetails.getIfAvailable(), customizers.orderedStream().toList())
			.open();
	}

	/**
	 * With Spring Boot's {@code spring-boot-elasticsearch} module, its {@code Rest5Client} (and the
	 * {@code ElasticsearchClient} it builds on it) is the one of esdsl's {@code default} alias, or
	 * of the first alias without one, so both talk to one cluster through one HTTP client.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration")
	static class SpringBootRestClientConfiguration {

		@Bean(destroyMethod = "")
		@Lazy
		@ConditionalOnMissingBean
		Rest5Client elasticsearchDslRestClient(Connections connections) {
			String alias = connections.contains(Connections.DEFAULT_ALIAS) ? Connections.DEFAULT_ALIAS
					: connections.aliases().stream().findFirst().orElseThrow(() -> new IllegalStateException(
							"Spring Boot's Rest5Client is the client of an esdsl alias, but there is none in " + connections));
			return connections.get(alias).restClient();
		}

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
