package io.github.esdsl.benchmarks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.benchmarks.startup.esdsl.EsdslDocuments;
import io.github.esdsl.benchmarks.startup.springdata.SpringDataApplication;
import io.github.esdsl.benchmarks.startup.springdata.SpringDataDocuments;
import io.github.esdsl.benchmarks.startup.springdata.SpringDataRepositories;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.core.convert.MappingElasticsearchConverter;
import org.springframework.data.elasticsearch.core.index.MappingBuilder;
import org.springframework.data.elasticsearch.core.mapping.SimpleElasticsearchMappingContext;
import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two applications of the startup benchmark must manage the same number of indices with the
 * same fields, or the comparison means nothing; and each contender must do at startup what the
 * benchmark says it does.
 */
class StartupContendersTest {

	private static final String NOBODY = "http://127.0.0.1:9";

	private final MappingBuilder springDataMappings = new MappingBuilder(
			new MappingElasticsearchConverter(new SimpleElasticsearchMappingContext()));

	@Test
	void bothSidesHaveOneHundredClassesEachWithAnIndexOfItsOwn() {
		List<Class<?>> esdsl = Arrays.asList(EsdslDocuments.class.getClasses());
		List<Class<?>> springData = Arrays.asList(SpringDataDocuments.class.getClasses());
		assertThat(esdsl).hasSize(StartupBenchmark.CLASSES);
		assertThat(springData).hasSize(StartupBenchmark.CLASSES);
		assertThat(SpringDataRepositories.class.getClasses()).hasSize(StartupBenchmark.CLASSES);
		assertThat(esdsl.stream().map((type) -> DocumentMetadata.of(type).index().orElseThrow()).distinct())
			.hasSize(StartupBenchmark.CLASSES)
			.allMatch((index) -> index.startsWith(EsdslDocuments.INDEX_PREFIX));
		assertThat(springData.stream().map((type) -> type.getAnnotation(Document.class).indexName()).distinct())
			.hasSize(StartupBenchmark.CLASSES)
			.allMatch((index) -> index.startsWith(SpringDataDocuments.INDEX_PREFIX));
	}

	@Test
	void everyClassMapsTheSameFieldsWithTheSameTypesOnBothSides() {
		List<Class<?>> esdsl = sorted(EsdslDocuments.class.getClasses());
		List<Class<?>> springData = sorted(SpringDataDocuments.class.getClasses());
		for (int i = 0; i < StartupBenchmark.CLASSES; i++) {
			Map<String, Object> expected = Map.of("title", "text", "tag", "keyword", "at", "date");
			assertThat(types(DocumentMetadata.of(esdsl.get(i)).mapping().properties())).isEqualTo(expected);
			Map<String, Object> springDataProperties = new LinkedHashMap<>(
					properties(this.springDataMappings.buildPropertyMapping(springData.get(i))));
			assertThat(springDataProperties.remove("_class")).as("Spring Data's type hint field").isNotNull();
			assertThat(types(springDataProperties)).isEqualTo(expected);
		}
	}

	@Test
	void withoutRepositoriesSpringDataScansTheEntitiesButBuildsNoRepositoryAndSendsNoRequest() {
		// nothing listens on port 9 of loopback: a request at startup would fail the start
		try (ConfigurableApplicationContext context = StartupBenchmark.start(SpringDataApplication.class,
				"--spring.elasticsearch.uris=" + NOBODY, "--benchmark.repositories=false")) {
			assertThat(context.getBeansOfType(ElasticsearchRepository.class)).isEmpty();
			SimpleElasticsearchMappingContext mapping = context.getBean(SimpleElasticsearchMappingContext.class);
			assertThat(SpringDataDocuments.class.getClasses()).allMatch(mapping::hasPersistentEntityFor);
		}
	}

	@Test
	void withItsRepositoriesSpringDataAsksForEachIndexWhileStarting() {
		assertThatThrownBy(() -> StartupBenchmark.start(SpringDataApplication.class, "--spring.elasticsearch.uris=" + NOBODY)
			.close()).hasStackTraceContaining("Connection refused");
	}

	private static List<Class<?>> sorted(Class<?>[] classes) {
		return Arrays.stream(classes).sorted(Comparator.comparing(Class::getSimpleName)).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(String mapping) {
		return (Map<String, Object>) Json.parseMap(mapping).get("properties");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> types(Map<String, Object> properties) {
		Map<String, Object> types = new LinkedHashMap<>();
		properties.forEach((name, field) -> types.put(name, ((Map<String, Object>) field).get("type")));
		return types;
	}

}
