package io.github.esdsl.autoconfigure.template;

import java.util.List;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.spring.SearchTemplate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

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
	void userTemplateUnderAnotherNameBacksOffTheDefaultTemplateOnly() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withUserConfiguration(OwnUnqualifiedTemplate.class, PlainAndAnalyticsConsumer.class)
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(context.getBeansOfType(SearchTemplate.class)).containsOnlyKeys("mine",
						"analyticsSearchTemplate");
				PlainAndAnalyticsConsumer consumer = context.getBean(PlainAndAnalyticsConsumer.class);
				assertThat(consumer.primary).isSameAs(context.getBean("mine"));
				assertThat(consumer.analytics.connection()).isSameAs(connections.get("analytics"));
			});
	}

	@Test
	void userTemplateQualifiedWithAnAliasBacksOffThatAliasTemplateOnly() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withUserConfiguration(OwnQualifiedTemplate.class, TwoTemplatesConsumer.class)
			.run((context) -> {
				Connections connections = context.getBean(Connections.class);
				assertThat(context.getBeansOfType(SearchTemplate.class)).containsOnlyKeys("reporting",
						"searchTemplate");
				TwoTemplatesConsumer consumer = context.getBean(TwoTemplatesConsumer.class);
				assertThat(consumer.analytics).isSameAs(context.getBean("reporting"));
				assertThat(consumer.primary.connection()).isSameAs(connections.get("default"));
			});
	}

	@Test
	void templatesAreFactoryMethodDefinitionsWithTheAliasAsArgument() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.run((context) -> {
				RootBeanDefinition analytics = (RootBeanDefinition) context.getBeanFactory()
					.getMergedBeanDefinition("analyticsSearchTemplate");
				assertThat(analytics.getInstanceSupplier()).isNull();
				assertThat(analytics.getFactoryMethodName()).isEqualTo("searchTemplate");
				assertThat(analytics.getConstructorArgumentValues().getIndexedArgumentValue(1, String.class).getValue())
					.isEqualTo("analytics");
				assertThat(analytics.isPrimary()).isFalse();
				assertThat(analytics.isDefaultCandidate()).isFalse();
				assertThat(context.getBeanFactory().getMergedBeanDefinition("searchTemplate").isPrimary()).isTrue();
			});
	}

	@Test
	void qualifierNamingAnUnknownAliasIsExplainedWithTheClosestConfiguredAlias() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withUserConfiguration(MisspeltQualifierConsumer.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new UnknownAliasQualifierFailureAnalyzer(
						environment("elasticsearch.dsl.connections.default.hosts=http://a:9200",
								"elasticsearch.dsl.connections.analytics.hosts=http://b:9200"))
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).isEqualTo("Parameter 0 of constructor in "
						+ MisspeltQualifierConsumer.class.getName() + " required a SearchTemplate for the connection "
						+ "alias 'analytcs' (@Qualifier(\"analytcs\")), but no such alias is configured. Configured "
						+ "aliases: [default, analytics]; the closest is 'analytics'.");
				assertThat(analysis.getAction()).isEqualTo("Change the qualifier to @Qualifier(\"analytics\"), or "
						+ "configure the connection with 'elasticsearch.dsl.connections.analytcs.hosts'.");
			});
	}

	@Test
	void qualifierNamingAConfiguredAliasIsLeftToSpringBoot() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withBean("analyticsSearchTemplate", String.class, () -> "not a template")
			.withUserConfiguration(AnalyticsConsumer.class)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(new UnknownAliasQualifierFailureAnalyzer(
						environment("elasticsearch.dsl.connections.default.hosts=http://a:9200",
								"elasticsearch.dsl.connections.analytics.hosts=http://b:9200"))
					.analyze(context.getStartupFailure())).isNull();
			});
	}

	@Test
	void unknownAliasAnalysisRunsBeforeSpringBootsMissingBeanAnalysis() {
		List<String> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, new StandardEnvironment())
				.and(BeanFactory.class, new DefaultListableBeanFactory()), FailureHandler.handleMessage((message, ex) -> {
				}))
			.stream()
			.map((analyzer) -> analyzer.getClass().getSimpleName())
			.toList();
		assertThat(analyzers).contains("NoSuchBeanDefinitionFailureAnalyzer");
		assertThat(analyzers.indexOf("UnknownAliasQualifierFailureAnalyzer"))
			.isLessThan(analyzers.indexOf("NoSuchBeanDefinitionFailureAnalyzer"));
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

	private static Environment environment(String... properties) {
		StandardEnvironment environment = new StandardEnvironment();
		TestPropertyValues.of(properties).applyTo(environment);
		return environment;
	}

	static class PlainAndAnalyticsConsumer {

		final SearchTemplate primary;

		final SearchTemplate analytics;

		PlainAndAnalyticsConsumer(SearchTemplate primary, @Qualifier("analytics") SearchTemplate analytics) {
			this.primary = primary;
			this.analytics = analytics;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnUnqualifiedTemplate {

		@Bean
		SearchTemplate mine(Connections connections) {
			return new SearchTemplate(connections.get("default"));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnQualifiedTemplate {

		@Bean
		@Qualifier("analytics")
		SearchTemplate reporting(Connections connections) {
			return new SearchTemplate(connections.get("analytics"));
		}

	}

	static class MisspeltQualifierConsumer {

		MisspeltQualifierConsumer(@Qualifier("analytcs") SearchTemplate template) {
		}

	}

	static class AnalyticsConsumer {

		AnalyticsConsumer(@Qualifier("analytics") SearchTemplate template) {
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
