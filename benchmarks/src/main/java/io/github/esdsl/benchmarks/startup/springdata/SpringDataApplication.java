package io.github.esdsl.benchmarks.startup.springdata;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchAutoConfiguration;
import org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchRepositoriesAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.repository.config.EnableElasticsearchRepositories;

/**
 * An application using Spring Boot's Elasticsearch and Spring Data Elasticsearch
 * auto-configuration (what {@code spring-boot-starter-data-elasticsearch} brings, less the
 * actuator health contributor) with the entities of {@link SpringDataDocuments} and the
 * repositories of {@link SpringDataRepositories}; each repository creates its index with the
 * mapping when the index is missing, Spring Data Elasticsearch's normal startup path.
 * {@code considerNestedRepositories} only because the generated repositories are nested types.
 *
 * <p>With {@code benchmark.repositories=false} the repositories are left out: Spring Data
 * Elasticsearch used through {@code ElasticsearchOperations} only, whose mapping context still
 * scans the 100 entities at startup but which builds no bean per entity and sends no request.
 *
 * <p>The node is Elasticsearch 8 and elasticsearch-java 9 asks for {@code compatible-with=9},
 * which Elasticsearch 8 rejects; a request interceptor asks for {@code compatible-with=8}
 * instead (esdsl's connection sends plain JSON), the only change to Spring Data's defaults.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@ImportAutoConfiguration({ ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class,
		DataElasticsearchAutoConfiguration.class, DataElasticsearchRepositoriesAutoConfiguration.class,
		PersistenceExceptionTranslationAutoConfiguration.class })
public class SpringDataApplication {

	/** The repositories of {@link SpringDataRepositories}, unless {@code benchmark.repositories=false}. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "benchmark.repositories", matchIfMissing = true)
	@EnableElasticsearchRepositories(considerNestedRepositories = true)
	static class Repositories {

	}

	@Bean
	Rest5ClientBuilderCustomizer compatibleWithElasticsearch8() {
		return new Rest5ClientBuilderCustomizer() {

			@Override
			public void customize(Rest5ClientBuilder builder) {
			}

			@Override
			public void customize(HttpAsyncClientBuilder builder) {
				builder.addRequestInterceptorLast((request, entity, context) -> {
					compatibleWith8(request, "Accept");
					compatibleWith8(request, "Content-Type");
				});
			}

		};
	}

	private static void compatibleWith8(HttpRequest request, String name) {
		for (Header header : request.getHeaders(name)) {
			if (header.getValue().contains("compatible-with=9")) {
				request.setHeader(name, header.getValue().replace("compatible-with=9", "compatible-with=8"));
			}
		}
	}

}
