package io.github.esdsl.autoconfigure;

import java.util.List;

import io.github.esdsl.autoconfigure.faceted.FacetedSearchProperties;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.Range;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.aot.hint.predicate.RuntimeHintsPredicates.reflection;

class ElasticsearchDslRuntimeHintsTests {

	private final SpringFactoriesLoader aotFactories = SpringFactoriesLoader
		.forResourceLocation("META-INF/spring/aot.factories");

	@Test
	void registrarAndDocumentProcessorAreRegisteredInAotFactories() {
		assertThat(esdsl(this.aotFactories.load(RuntimeHintsRegistrar.class)))
			.containsExactly(ElasticsearchDslRuntimeHints.class.getName());
		assertThat(esdsl(this.aotFactories.load(BeanFactoryInitializationAotProcessor.class)))
			.containsExactly(CaCertificateAotProcessor.class.getName(),
					"io.github.esdsl.autoconfigure.document.DocumentClassesAotProcessor");
	}

	@Test
	void documentAnnotationAttributesAndRangeAreReflective() {
		RuntimeHints hints = hints();
		assertThat(reflection().onMethodInvocation(Field.class, "name")).accepts(hints);
		assertThat(reflection().onMethodInvocation(Field.class, "fields")).accepts(hints);
		assertThat(reflection().onFieldAccess(Range.class, "lower")).accepts(hints);
	}

	@Test
	void facetedSearchDeclarationsCanBeBoundFromTheEnvironment() {
		RuntimeHints hints = hints();
		assertThat(reflection().onMethodInvocation(FacetedSearchProperties.Definition.class, "setFields"))
			.accepts(hints);
		assertThat(reflection().onMethodInvocation(FacetedSearchProperties.Facet.class, "setKind")).accepts(hints);
		assertThat(reflection().onMethodInvocation(FacetedSearchProperties.Range.class, "setFrom")).accepts(hints);
	}

	@Test
	void caCertificateOnTheClassPathIsAResourceOfTheImage() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		StandardEnvironment environment = new StandardEnvironment();
		TestPropertyValues.of("elasticsearch.dsl.connections.default.hosts=https://a:9200",
				"elasticsearch.dsl.connections.default.ssl.ca-certificate=classpath:certs/ca.pem",
				"elasticsearch.dsl.connections.logs.hosts=https://b:9200",
				"elasticsearch.dsl.connections.logs.ssl.ca-certificate=file:/etc/ca.pem")
			.applyTo(environment);
		beanFactory.registerSingleton("environment", environment);
		TestGenerationContext generation = new TestGenerationContext();
		new CaCertificateAotProcessor().processAheadOfTime(beanFactory).applyTo(generation, null);
		assertThat(RuntimeHintsPredicates.resource().forResource("certs/ca.pem")).accepts(generation.getRuntimeHints());
		assertThat(generation.getRuntimeHints().resources().resourcePatternHints()).hasSize(1);
	}

	@Test
	void withoutCertificatesOnTheClassPathThereIsNoContribution() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		StandardEnvironment environment = new StandardEnvironment();
		TestPropertyValues.of("elasticsearch.dsl.connections.default.hosts=http://a:9200").applyTo(environment);
		beanFactory.registerSingleton("environment", environment);
		assertThat(new CaCertificateAotProcessor().processAheadOfTime(beanFactory)).isNull();
	}

	private static List<String> esdsl(List<?> factories) {
		return factories.stream()
			.map((factory) -> factory.getClass().getName())
			.filter((name) -> name.startsWith("io.github.esdsl."))
			.toList();
	}

	private static RuntimeHints hints() {
		RuntimeHints hints = new RuntimeHints();
		new ElasticsearchDslRuntimeHints().registerHints(hints, ElasticsearchDslRuntimeHintsTests.class.getClassLoader());
		return hints;
	}

}
