package io.github.esdsl.autoconfigure;

import java.util.List;

import io.github.esdsl.autoconfigure.faceted.FacetedSearchProperties;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.Range;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
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
			.containsExactly("io.github.esdsl.autoconfigure.document.DocumentClassesAotProcessor");
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
