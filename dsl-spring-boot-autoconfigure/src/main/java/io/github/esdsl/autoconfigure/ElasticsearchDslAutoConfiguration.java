package io.github.esdsl.autoconfigure;

import java.util.Map;

import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the esdsl {@link Connections}: one connection per alias configured under
 * {@code elasticsearch.dsl.connections}, or a {@code default} one from Spring Boot's
 * {@code ElasticsearchConnectionDetails} or {@code http://localhost:9200}.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
		"org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration" })
@ConditionalOnClass(Connections.class)
@EnableConfigurationProperties(ElasticsearchDslProperties.class)
public final class ElasticsearchDslAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	Connections elasticsearchDslConnections(ElasticsearchDslProperties properties,
			ObjectProvider<ConnectionSettingsCustomizer> customizers, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<DefaultConnectionSource> defaultSource, Environment environment) {
		ConnectionPropertyNames.check(environment);
		PropertiesConnectionSettings mapper = new PropertiesConnectionSettings(sslBundles.getIfAvailable());
		Connections connections = new Connections();
		try {
			Map<String, ElasticsearchDslProperties.Connection> configured = properties.getConnections();
			if (configured.isEmpty()) {
				ConnectionSettings.Builder builder = ConnectionSettings.builder();
				defaultSource.orderedStream().anyMatch((source) -> source.apply(builder));
				open(connections, Connections.DEFAULT_ALIAS, builder, customizers);
			}
			configured.forEach((alias, connection) -> {
				ConnectionSettings.Builder builder = ConnectionSettings.builder();
				mapper.apply(alias, connection, builder);
				open(connections, alias, builder, customizers);
			});
			return connections;
		}
		catch (RuntimeException ex) {
			connections.close();
			throw ex;
		}
	}

	private static void open(Connections connections, String alias, ConnectionSettings.Builder builder,
			ObjectProvider<ConnectionSettingsCustomizer> customizers) {
		customizers.orderedStream().forEach((customizer) -> customizer.customize(alias, builder));
		ConnectionSettings settings;
		try {
			settings = builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConnectionPropertyException("elasticsearch.dsl.connections." + alias, null, ex.getMessage(),
					ex);
		}
		connections.create(alias, settings);
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
		DefaultConnectionSource elasticsearchDslConnectionDetailsSource(
				ObjectProvider<ElasticsearchConnectionDetails> details) {
			return new ConnectionDetailsSource(details);
		}

	}

}
