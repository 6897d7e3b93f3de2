package io.github.esdsl.autoconfigure.document;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.ElasticsearchDslProperties;
import io.github.esdsl.connection.Connections;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of document scanning and index management at startup: the
 * {@code @Document} classes of {@code elasticsearch.dsl.documents.packages}, else of
 * {@link DocumentScan @DocumentScan}, else of the application's auto-configuration packages; in
 * AOT mode the classes found when the application was processed ahead of time.
 */
@AutoConfiguration(after = ElasticsearchDslAutoConfiguration.class)
@ConditionalOnBean(Connections.class)
public final class DocumentIndexAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DocumentIndexInitializer elasticsearchDslDocumentIndexInitializer(Connections connections,
			ElasticsearchDslProperties properties, BeanFactory beanFactory, Environment environment,
			ResourceLoader resourceLoader) {
		return new DocumentIndexInitializer(connections, properties,
				DocumentClasses.find(beanFactory, environment, resourceLoader));
	}

}
