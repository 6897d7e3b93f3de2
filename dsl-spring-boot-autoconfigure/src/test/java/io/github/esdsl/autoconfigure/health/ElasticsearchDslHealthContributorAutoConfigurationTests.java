package io.github.esdsl.autoconfigure.health;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.health.ElasticsearchDslHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.PingHealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchDslHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				ElasticsearchDslHealthContributorAutoConfiguration.class));

	@Test
	void contributorHasOneIndicatorPerAlias() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.run((context) -> {
				CompositeHealthContributor contributor = context.getBean("elasticsearchDslHealthContributor",
						CompositeHealthContributor.class);
				assertThat(contributor.getContributor("default")).isInstanceOf(ElasticsearchDslHealthIndicator.class);
				assertThat(contributor.getContributor("analytics")).isInstanceOf(ElasticsearchDslHealthIndicator.class);
				assertThat(contributor.stream().map((entry) -> entry.name())).containsExactlyInAnyOrder("default",
						"analytics");
			});
	}

	@Test
	void configureWhenCustomContributorShouldBackOff() {
		this.contextRunner
			.withBean("elasticsearchDslHealthContributor", HealthContributor.class, PingHealthIndicator::new)
			.run((context) -> assertThat(context.getBean("elasticsearchDslHealthContributor"))
				.isInstanceOf(PingHealthIndicator.class));
	}

	@Test
	void contributorIsAbsentWhenDisabled() {
		this.contextRunner.withPropertyValues("management.health.elasticsearch-dsl.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("elasticsearchDslHealthContributor"));
	}

	@Test
	void contributorIsAbsentWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthContributor.class))
			.run((context) -> assertThat(context).doesNotHaveBean("elasticsearchDslHealthContributor"));
	}

	@Test
	void contributorIsAbsentWithoutConnections() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticsearchDslHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean("elasticsearchDslHealthContributor"));
	}

	@Test
	void contributorUsesUserConnections() {
		Connections connections = new Connections();
		connections.create("only", io.github.esdsl.connection.ConnectionSettings.of("http://only:9200"));
		this.contextRunner.withBean(Connections.class, () -> connections)
			.withPropertyValues("elasticsearch.dsl.health.timeout=1s")
			.run((context) -> assertThat(context.getBean("elasticsearchDslHealthContributor",
					CompositeHealthContributor.class)
				.getContributor("only")).isNotNull());
	}

}
