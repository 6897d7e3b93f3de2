package io.github.esdsl.autoconfigure.migration;

import io.github.esdsl.autoconfigure.document.DocumentIndexAutoConfiguration;
import io.github.esdsl.autoconfigure.document.DocumentIndexInitializer;
import io.github.esdsl.connection.Connections;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of {@link DocumentMigrations} for the scanned document classes, the
 * {@code migrations} actuator endpoint when the actuator is present, and migrations at startup
 * only with {@code elasticsearch.dsl.migrations.on-startup=true}.
 */
@AutoConfiguration(after = DocumentIndexAutoConfiguration.class)
@ConditionalOnBean({ Connections.class, DocumentIndexInitializer.class })
public final class MigrationsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DocumentMigrations elasticsearchDslDocumentMigrations(Connections connections,
			DocumentIndexInitializer initializer) {
		return new DocumentMigrations(connections, initializer.getDocumentClasses());
	}

	@Bean
	@ConditionalOnBooleanProperty("elasticsearch.dsl.migrations.on-startup")
	MigrationsOnStartup elasticsearchDslMigrationsOnStartup(DocumentMigrations migrations) {
		return new MigrationsOnStartup(migrations);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Endpoint.class)
	static class MigrationsEndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrationsEndpoint elasticsearchDslMigrationsEndpoint(DocumentMigrations migrations) {
			return new MigrationsEndpoint(migrations);
		}

	}

}
