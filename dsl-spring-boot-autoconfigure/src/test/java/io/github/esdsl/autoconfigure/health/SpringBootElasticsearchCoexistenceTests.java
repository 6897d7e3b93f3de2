package io.github.esdsl.autoconfigure.health;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connections;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.health.ElasticsearchRestHealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot's {@code spring-boot-elasticsearch} module next to the starter: one HTTP client and
 * one health indicator per cluster unless the application asks for Spring Boot's too.
 */
class SpringBootElasticsearchCoexistenceTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> new SpringBootElasticsearchHealthDefault()
			.postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				ElasticsearchRestClientAutoConfiguration.class, ElasticsearchDslHealthContributorAutoConfiguration.class,
				ElasticsearchRestHealthContributorAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://es:9200",
				"spring.elasticsearch.uris=http://elsewhere:9200");

	@Test
	void springBootsRestClientIsTheDefaultAliasesClient() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(Rest5Client.class);
			assertThat(context.getBean(Rest5Client.class))
				.isSameAs(context.getBean(Connections.class).get().restClient());
		});
	}

	@Test
	void springBootsHealthIndicatorIsOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context.getBeanNamesForType(HealthContributor.class))
			.containsExactly("elasticsearchDslHealthContributor"));
	}

	@Test
	void springBootsHealthIndicatorCanBeTurnedBackOn() {
		this.contextRunner.withPropertyValues("management.health.elasticsearch.enabled=true")
			.run((context) -> assertThat(context.getBeanNamesForType(HealthContributor.class))
				.containsExactlyInAnyOrder("elasticsearchDslHealthContributor", "elasticsearchHealthContributor"));
	}

	@Test
	void aliasesWithoutDefaultGiveTheFirstAliasesClient() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
					ElasticsearchRestClientAutoConfiguration.class))
			.withPropertyValues("elasticsearch.dsl.connections.logs.hosts=http://logs:9200")
			.run((context) -> assertThat(context.getBean(Rest5Client.class))
				.isSameAs(context.getBean(Connections.class).get("logs").restClient()));
	}

}
