package io.github.esdsl.autoconfigure.aot;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.DocumentIndexAutoConfiguration;
import io.github.esdsl.autoconfigure.document.DocumentIndexInitializer;
import io.github.esdsl.autoconfigure.document.samples.aot.Article;
import io.github.esdsl.autoconfigure.document.samples.aot.Section;
import io.github.esdsl.autoconfigure.faceted.FacetedSearchAutoConfiguration;
import io.github.esdsl.autoconfigure.faceted.FacetedSearchProperties;
import io.github.esdsl.autoconfigure.health.ElasticsearchDslHealthContributorAutoConfiguration;
import io.github.esdsl.autoconfigure.observation.ElasticsearchDslObservationAutoConfiguration;
import io.github.esdsl.autoconfigure.template.SearchTemplateAutoConfiguration;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.Range;
import io.github.esdsl.faceted.FacetValue;
import io.github.esdsl.faceted.FacetedRequest;
import io.github.esdsl.faceted.FacetedResponse;
import io.github.esdsl.faceted.FacetedSearch;
import io.github.esdsl.spring.SearchTemplate;
import io.github.esdsl.test.EmbeddedElasticsearch;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.Compiled;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.aot.hint.predicate.RuntimeHintsPredicates.reflection;

/**
 * An application context with two aliases, a document class and a faceted search from properties,
 * processed ahead of time as {@code process-aot} does, compiled, and run from the generated code
 * (AOT mode) against the real node: templates, index management, the faceted search, health,
 * observations and the sanitizing function work as they do without AOT.
 */
@CompileWithForkedClassLoader
class AotApplicationContextIT {

	private static final String DOCUMENTS = "io.github.esdsl.autoconfigure.document.samples.aot";

	@Test
	void contextProcessedAheadOfTimeRunsFromTheGeneratedCode() throws Exception {
		String url = sharedNodeUrl();
		String[] properties = { "elasticsearch.dsl.connections.default.hosts=" + url,
				"elasticsearch.dsl.connections.analytics.hosts=" + url,
				"elasticsearch.dsl.faceted-searches.articles.index=esdsl-aot-articles",
				"elasticsearch.dsl.faceted-searches.articles.fields=title",
				"elasticsearch.dsl.faceted-searches.articles.facets.tags.kind=terms",
				"elasticsearch.dsl.faceted-searches.articles.facets.tags.field=tags" };
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
					DocumentIndexAutoConfiguration.class, SearchTemplateAutoConfiguration.class,
					FacetedSearchAutoConfiguration.class, ElasticsearchDslHealthContributorAutoConfiguration.class,
					ElasticsearchDslObservationAutoConfiguration.class))
			.withUserConfiguration(ObservationConfiguration.class)
			.withPropertyValues(properties)
			.withPropertyValues("elasticsearch.dsl.documents.packages=" + DOCUMENTS)
			.prepare((prepared) -> {
				TestGenerationContext generation = new TestGenerationContext(AotApplicationContextIT.class);
				ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(
						(GenericApplicationContext) prepared.getSourceApplicationContext(), generation);
				generation.writeGeneratedContent();
				assertHintsFor(generation.getRuntimeHints());
				TestCompiler.forSystem().with(generation).compile((compiled) -> {
					try (GenericApplicationContext context = new GenericApplicationContext()) {
						// at run time the document package names another package: the recorded classes win
						TestPropertyValues.of(properties)
							.and("elasticsearch.dsl.documents.packages=io.github.esdsl.autoconfigure.document.samples.blog")
							.applyTo(context);
						initializer(compiled, initializer).initialize(context);
						context.refresh();
						assertRunsOnTheRealNode(context);
					}
				});
			});
	}

	/**
	 * The node this JVM's other tests use. This test runs in a forked class loader (the generated
	 * code calls package-private factory methods), where dsl-test would start a node of its own:
	 * ask the application class loader's instead.
	 */
	private static String sharedNodeUrl() throws ReflectiveOperationException {
		Class<?> embedded = ClassLoader.getSystemClassLoader().loadClass(EmbeddedElasticsearch.class.getName());
		Object endpoint = embedded.getMethod("endpoint").invoke(null);
		return (String) endpoint.getClass().getMethod("urisAsString").invoke(endpoint);
	}

	@SuppressWarnings("unchecked")
	private static ApplicationContextInitializer<GenericApplicationContext> initializer(Compiled compiled,
			ClassName name) {
		return compiled.getInstance(ApplicationContextInitializer.class, name.toString());
	}

	private static void assertHintsFor(RuntimeHints hints) {
		assertThat(reflection().onFieldAccess(Article.class, "title")).accepts(hints);
		assertThat(reflection().onFieldAccess(Section.class, "heading")).accepts(hints);
		assertThat(reflection().onType(Range.class)).accepts(hints);
		assertThat(reflection().onMethodInvocation(FacetedSearchProperties.Facet.class, "setKind")).accepts(hints);
	}

	private static void assertRunsOnTheRealNode(GenericApplicationContext context) {
		RootBeanDefinition analyticsDefinition = (RootBeanDefinition) context.getBeanFactory()
			.getMergedBeanDefinition("analyticsSearchTemplate");
		assertThat(analyticsDefinition.getInstanceSupplier()).as("generated instance supplier").isNotNull();
		assertThat(context.getBean(DocumentIndexInitializer.class).getDocumentClasses())
			.containsExactly(Article.class);
		Connections connections = context.getBean(Connections.class);
		SearchTemplate template = context.getBean(SearchTemplate.class);
		SearchTemplate analytics = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
				SearchTemplate.class, "analytics");
		assertThat(template.connection()).isSameAs(connections.get("default"));
		assertThat(analytics.connection()).isSameAs(connections.get("analytics"));

		template.connection().perform(RawRequest.delete("/esdsl-aot-articles").ignore(404));
		template.save(new Article("1", "native images", List.of("aot", "graalvm"), new Article.Author("ada"),
				List.of(new Section(1, "why", Section.Kind.INTRO)), Range.<Instant>unbounded().gte(Instant.EPOCH).lt(Instant.now())));
		template.save(new Article("2", "ahead of time", List.of("aot"), null, List.of(), null));
		template.indices().refresh("esdsl-aot-articles");

		assertThat(analytics.count(analytics.search(Article.class))).isEqualTo(2);
		Article read = template.get(Article.class, "1").orElseThrow().document();
		assertThat(read.author()).isEqualTo(new Article.Author("ada"));
		assertThat(read.sections()).singleElement().satisfies((section) -> assertThat(section.heading()).isEqualTo("why"));

		FacetedSearch<?> articles = BeanFactoryAnnotationUtils.qualifiedBeanOfType(context.getBeanFactory(),
				FacetedSearch.class, "articles");
		FacetedResponse<?> response = articles.execute(FacetedRequest.query("ahead native"));
		assertThat(response.total().value()).isEqualTo(2);
		assertThat(response.facet("tags")).containsExactly(new FacetValue("aot", 2, false),
				new FacetValue("graalvm", 1, false));

		assertThat(context.getBean(RecordingHandler.class).names).contains("elasticsearch.dsl.request");
		CompositeHealthContributor health = context.getBean("elasticsearchDslHealthContributor",
				CompositeHealthContributor.class);
		assertThat(((HealthIndicator) health.getContributor("analytics")).health().getStatus()).isEqualTo(Status.UP);
		assertThat(context.getBean("elasticsearchDslSanitizingFunction")).isInstanceOf(SanitizingFunction.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class ObservationConfiguration {

		@Bean
		RecordingHandler recordingHandler() {
			return new RecordingHandler();
		}

		@Bean
		ObservationRegistry observationRegistry(RecordingHandler handler) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(handler);
			return registry;
		}

	}

	static class RecordingHandler implements ObservationHandler<Observation.Context> {

		final List<String> names = new CopyOnWriteArrayList<>();

		@Override
		public void onStart(Observation.Context context) {
			this.names.add(context.getName());
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
