package io.github.esdsl.autoconfigure.faceted;

import java.util.List;
import java.util.Map;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.faceted.DateHistogramFacet;
import io.github.esdsl.faceted.FacetedRequest;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.faceted.HistogramFacet;
import io.github.esdsl.faceted.RangeFacet;
import io.github.esdsl.faceted.TermsFacet;
import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class FacetedSearchAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class, FacetedSearchAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.index-management=none");

	@Test
	void withoutConfiguredFacetedSearchesThereIsNoFacetedSearchBean() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(FacetedSearch.class));
	}

	@Test
	void configuredFacetedSearchBecomesABeanNamedAfterItWithItsFieldsAndFacets() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.faceted-searches.blog.index=posts,archive",
				"elasticsearch.dsl.faceted-searches.blog.fields=title^5,body",
				"elasticsearch.dsl.faceted-searches.blog.facets.tags.kind=terms",
				"elasticsearch.dsl.faceted-searches.blog.facets.tags.field=tags",
				"elasticsearch.dsl.faceted-searches.blog.facets.tags.size=5",
				"elasticsearch.dsl.faceted-searches.blog.facets.words.kind=histogram",
				"elasticsearch.dsl.faceted-searches.blog.facets.words.field=words",
				"elasticsearch.dsl.faceted-searches.blog.facets.words.interval=100",
				"elasticsearch.dsl.faceted-searches.blog.facets.published.kind=date-histogram",
				"elasticsearch.dsl.faceted-searches.blog.facets.published.field=published",
				"elasticsearch.dsl.faceted-searches.blog.facets.published.interval=month",
				"elasticsearch.dsl.faceted-searches.blog.facets.price.kind=range",
				"elasticsearch.dsl.faceted-searches.blog.facets.price.field=price",
				"elasticsearch.dsl.faceted-searches.blog.facets.price.ranges[0].key=cheap",
				"elasticsearch.dsl.faceted-searches.blog.facets.price.ranges[0].to=10",
				"elasticsearch.dsl.faceted-searches.blog.facets.price.ranges[1].key=dear",
				"elasticsearch.dsl.faceted-searches.blog.facets.price.ranges[1].from=10")
			.run((context) -> {
				assertThat(context).hasSingleBean(FacetedSearch.class).hasBean("blogFacetedSearch");
				FacetedSearch<?> blog = context.getBean("blogFacetedSearch", FacetedSearch.class);
				assertThat(blog.fields()).isEqualTo(List.of("title^5", "body"));
				assertThat(blog.facets()).containsOnlyKeys("tags", "words", "published", "price");
				assertThat(blog.facets().get("tags")).isInstanceOf(TermsFacet.class);
				assertThat(((HistogramFacet) blog.facets().get("words")).interval()).isEqualTo(100L);
				assertThat(blog.facets().get("published")).isInstanceOf(DateHistogramFacet.class);
				assertThat(((RangeFacet) blog.facets().get("price")).ranges()).containsExactly(
						RangeFacet.range("cheap", null, 10.0), RangeFacet.range("dear", 10.0, null));
				assertThat(blog.alias()).isEqualTo("default");
				assertThat(blog.connection()).containsSame(context.getBean(Connections.class).get("default"));
				Map<String, Object> body = Json.parseMap(blog.build(FacetedRequest.all()).toJson());
				assertThat(Json.toJson(body.get("aggs"))).contains("\"tags\":{\"terms\":{\"field\":\"tags\",\"size\":5}}",
						"\"words\":{\"histogram\":{\"field\":\"words\",\"interval\":100",
						"\"published\":{\"date_histogram\":{\"field\":\"published\",\"calendar_interval\":\"month\"");
				assertThat(blog.build(FacetedRequest.all()).indices()).containsExactly("posts", "archive");
			});
	}

	@Test
	void configuredFacetedSearchRunsOnTheConnectionOfItsAlias() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200",
					"elasticsearch.dsl.faceted-searches.logs.alias=analytics",
					"elasticsearch.dsl.faceted-searches.logs.facets.level.kind=terms",
					"elasticsearch.dsl.faceted-searches.logs.facets.level.field=level")
			.run((context) -> {
				FacetedSearch<?> logs = context.getBean("logsFacetedSearch", FacetedSearch.class);
				assertThat(logs.alias()).isEqualTo("analytics");
				assertThat(logs.connection()).containsSame(context.getBean(Connections.class).get("analytics"));
			});
	}

	@Test
	void unknownAliasFailsStartupNamingTheFacetedSearchAndTheKnownAliases() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.faceted-searches.logs.alias=analytics",
					"elasticsearch.dsl.faceted-searches.logs.facets.level.kind=terms",
					"elasticsearch.dsl.faceted-searches.logs.facets.level.field=level")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("Faceted search 'logs' (elasticsearch.dsl.faceted-searches.logs.alias) uses alias "
						+ "'analytics' but there is no such connection; known aliases: [default]"));
	}

	@Test
	void unknownKindFailsStartupListingTheValidKindsAndThePropertyPath() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.faceted-searches.logs.facets.level.kind=pie",
					"elasticsearch.dsl.faceted-searches.logs.facets.level.field=level")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("Unknown facet kind 'pie' at elasticsearch.dsl.faceted-searches.logs.facets.level.kind; "
						+ "valid kinds are [terms, histogram, date-histogram, range]"));
	}

	@Test
	void misspeltKindHasAFailureAnalysisWithTheValidKindsAndTheClosest() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.faceted-searches.blog.facets.tags.kind=term",
					"elasticsearch.dsl.faceted-searches.blog.facets.tags.field=tags")
			.run((context) -> {
				FailureAnalysis analysis = new UnknownFacetKindFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).isEqualTo("Property "
						+ "'elasticsearch.dsl.faceted-searches.blog.facets.tags.kind' has the unknown facet kind 'term'.");
				assertThat(analysis.getAction()).isEqualTo("Set 'elasticsearch.dsl.faceted-searches.blog.facets.tags.kind' "
						+ "to one of terms, histogram, date-histogram, range (the closest is 'terms').");
			});
	}

	@Test
	void missingKindHasAFailureAnalysisWithTheValidKinds() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.faceted-searches.blog.facets.tags.field=tags")
			.run((context) -> assertThat(new UnknownFacetKindFailureAnalyzer().analyze(context.getStartupFailure())
				.getAction()).isEqualTo("Set 'elasticsearch.dsl.faceted-searches.blog.facets.tags.kind' to one of "
						+ "terms, histogram, date-histogram, range."));
	}

	@Test
	void histogramWithoutANumericIntervalFailsStartupNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.faceted-searches.shop.facets.price.kind=histogram",
					"elasticsearch.dsl.faceted-searches.shop.facets.price.field=price",
					"elasticsearch.dsl.faceted-searches.shop.facets.price.interval=month")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("A histogram facet needs a number at elasticsearch.dsl.faceted-searches.shop.facets.price"
						+ ".interval, such as 10, but got 'month'"));
	}

	@Test
	void userFacetedSearchWithOnlyAnAliasIsBoundToTheContextsConnectionOfThatAlias() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://a:9200",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withUserConfiguration(UserFacetedSearchConfiguration.class)
			.run((context) -> {
				FacetedSearch<?> user = context.getBean("userFacetedSearch", FacetedSearch.class);
				assertThat(user.connection()).containsSame(context.getBean(Connections.class).get("analytics"));
				assertThat(user.facets()).containsOnlyKeys("tags");
				assertThat(user.fields()).containsExactly("title");
			});
	}

	@Test
	void userFacetedSearchWithAnUnknownAliasFailsStartupNamingTheBean() {
		this.contextRunner.withUserConfiguration(UserFacetedSearchConfiguration.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("FacetedSearch bean 'userFacetedSearch' uses alias 'analytics' but there is no such "
						+ "connection; known aliases: [default]. Configure elasticsearch.dsl.connections.analytics.hosts "
						+ "or use one of the known aliases"));
	}

	@Test
	void userBeanNamedLikeAConfiguredOneReplacesIt() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.faceted-searches.user.facets.level.kind=terms",
					"elasticsearch.dsl.faceted-searches.user.facets.level.field=level",
					"elasticsearch.dsl.connections.analytics.hosts=http://b:9200")
			.withUserConfiguration(UserFacetedSearchConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(FacetedSearch.class);
				assertThat(context.getBean("userFacetedSearch", FacetedSearch.class).facets()).containsOnlyKeys("tags");
			});
	}

	@Test
	void userBeanQualifiedWithTheNameOfAConfiguredOneReplacesIt() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.faceted-searches.logs.facets.level.kind=terms",
					"elasticsearch.dsl.faceted-searches.logs.facets.level.field=level")
			.withUserConfiguration(QualifiedUserFacetedSearchConfiguration.class)
			.run((context) -> {
				assertThat(context.getBeansOfType(FacetedSearch.class)).containsOnlyKeys("mine");
				assertThat(context.getBean("mine", FacetedSearch.class).facets()).containsOnlyKeys("tags");
			});
	}

	@Test
	void configuredFacetedSearchIsAFactoryMethodDefinitionInjectedByQualifierOfItsName() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.faceted-searches.logs.facets.level.kind=terms",
					"elasticsearch.dsl.faceted-searches.logs.facets.level.field=level",
					"elasticsearch.dsl.faceted-searches.blog.facets.tags.kind=terms",
					"elasticsearch.dsl.faceted-searches.blog.facets.tags.field=tags")
			.withUserConfiguration(LogsConsumer.class)
			.run((context) -> {
				RootBeanDefinition logs = (RootBeanDefinition) context.getBeanFactory()
					.getMergedBeanDefinition("logsFacetedSearch");
				assertThat(logs.getInstanceSupplier()).isNull();
				assertThat(logs.getFactoryMethodName()).isEqualTo("facetedSearch");
				assertThat(logs.getConstructorArgumentValues().getIndexedArgumentValue(0, String.class).getValue())
					.isEqualTo("logs");
				assertThat(context.getBean(LogsConsumer.class).search).isSameAs(context.getBean("logsFacetedSearch"));
			});
	}

	@Test
	void subclassIsBoundToTheContextsConnectionOfItsAlias() {
		this.contextRunner.withBean("customFacetedSearch", Custom.class, Custom::new).run((context) -> {
			assertThat(context.getBean("customFacetedSearch")).isInstanceOf(Custom.class);
			assertThat(context.getBean(Custom.class).connection())
				.containsSame(context.getBean(Connections.class).get("default"));
		});
	}

	static class Custom extends FacetedSearch<Map<String, Object>> {

		Custom() {
			super(FacetedSearch.builder("posts").facet("tags", new TermsFacet("tags")));
		}

	}

	static class LogsConsumer {

		final FacetedSearch<Map<String, Object>> search;

		LogsConsumer(@Qualifier("logs") FacetedSearch<Map<String, Object>> search) {
			this.search = search;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class QualifiedUserFacetedSearchConfiguration {

		@Bean
		@Qualifier("logs")
		FacetedSearch<Map<String, Object>> mine() {
			return FacetedSearch.builder("logs").facet("tags", new TermsFacet("tags")).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFacetedSearchConfiguration {

		@Bean
		FacetedSearch<Map<String, Object>> userFacetedSearch() {
			return FacetedSearch.builder("posts")
				.using("analytics")
				.fields("title")
				.facet("tags", new TermsFacet("tags"))
				.build();
		}

	}

}
