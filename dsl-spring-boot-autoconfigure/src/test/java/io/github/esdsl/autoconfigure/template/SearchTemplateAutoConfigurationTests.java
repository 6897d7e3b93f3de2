package io.github.esdsl.autoconfigure.template;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.spring.SearchTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTemplateAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class, SearchTemplateAutoConfiguration.class));

	@Test
	void withoutAliasesTheDefaultTemplateIsOnTheDefaultConnection() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SearchTemplate.class).hasBean("searchTemplate");
			assertThat(context.getBean(SearchTemplate.class).connection())
				.isSameAs(context.getBean(Connections.class).get("default"));
		});
	}

	@Test
	void defaultTemplateIsPrimaryAndAnotherAliasIsInjectedByQualifier() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withUserConfiguration(TwoTemplatesConsumer.class)
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(context.getBeansOfType(SearchTemplate.class)).containsOnlyKeys("searchTemplate",
						"analyticsSearchTemplate");
				TwoTemplatesConsumer consumer = context.getBean(TwoTemplatesConsumer.class);
				assertThat(consumer.primary.connection()).isSameAs(connections.get("default"));
				assertThat(consumer.analytics.connection()).isSameAs(connections.get("analytics"));
				assertThat(consumer.analytics.connection()).isNotSameAs(consumer.primary.connection());
				assertThat(consumer.qualifiedDefault).isSameAs(consumer.primary);
			});
	}

	@Test
	void withoutADefaultAliasTheOnlyTemplateIsInjectedWithoutQualifier() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.run((context) -> {
				assertThat(context).hasSingleBean(SearchTemplate.class)
					.doesNotHaveBean("searchTemplate")
					.hasBean("analyticsSearchTemplate");
				assertThat(context.getBean(SearchTemplate.class).connection())
					.isSameAs(context.getBean(Connections.class).get("analytics"));
			});
	}

	@Test
	void userBeanNamedSearchTemplateReplacesTheDefaultOne() {
		Connection own = Connection.create(ConnectionSettings.of("http://own:9200"));
		SearchTemplate user = new SearchTemplate(own);
		try {
			this.contextRunner
				.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
						"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
				.withBean("searchTemplate", SearchTemplate.class, () -> user)
				.run((context) -> {
					assertThat(context.getBeansOfType(SearchTemplate.class)).containsOnlyKeys("searchTemplate",
							"analyticsSearchTemplate");
					assertThat(context.getBean("searchTemplate")).isSameAs(user);
					assertThat(context.getBean("analyticsSearchTemplate", SearchTemplate.class).connection())
						.isSameAs(context.getBean(Connections.class).get("analytics"));
				});
		}
		finally {
			own.close();
		}
	}

	@Test
	void userBeanForAnAliasReplacesThatAliasTemplateOnly() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withUserConfiguration(OwnAnalyticsTemplate.class)
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(context.getBean("analyticsSearchTemplate", SearchTemplate.class).toString())
					.isEqualTo("SearchTemplate on " + connections.get("default"));
				assertThat(context.getBean(SearchTemplate.class).connection()).isSameAs(connections.get("default"));
			});
	}

	@Test
	void templatesAreAbsentWithoutConnections() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SearchTemplateAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SearchTemplate.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoTemplatesConsumer {

		final SearchTemplate primary;

		final SearchTemplate analytics;

		final SearchTemplate qualifiedDefault;

		TwoTemplatesConsumer(SearchTemplate primary, @Qualifier("analytics") SearchTemplate analytics,
				@Qualifier("default") SearchTemplate qualifiedDefault) {
			this.primary = primary;
			this.analytics = analytics;
			this.qualifiedDefault = qualifiedDefault;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnAnalyticsTemplate {

		@Bean
		SearchTemplate analyticsSearchTemplate(Connections connections) {
			return new SearchTemplate(connections.get("default"));
		}

	}

}
