package io.github.esdsl.benchmarks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.benchmarks.startup.esdsl.EsdslDocuments;
import io.github.esdsl.benchmarks.startup.springdata.SpringDataDocuments;
import io.github.esdsl.benchmarks.startup.springdata.SpringDataRepositories;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.core.convert.MappingElasticsearchConverter;
import org.springframework.data.elasticsearch.core.index.MappingBuilder;
import org.springframework.data.elasticsearch.core.mapping.SimpleElasticsearchMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two applications of the startup benchmark must manage the same number of indices with the
 * same fields, or the comparison means nothing.
 */
class StartupContendersTest {

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
