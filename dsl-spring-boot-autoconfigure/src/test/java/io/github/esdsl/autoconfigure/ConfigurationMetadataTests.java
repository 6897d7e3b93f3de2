package io.github.esdsl.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.esdsl.autoconfigure.faceted.FacetedSearchProperties;
import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapperImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata (generated, plus the default connection's properties described by
 * hand) documents every property in one sentence.
 */
class ConfigurationMetadataTests {

	@Test
	@SuppressWarnings("unchecked")
	void everyPropertyHasADescription() throws Exception {
		List<Map<String, Object>> properties = properties();
		assertThat(properties).isNotEmpty();
		for (Map<String, Object> property : properties) {
			assertThat((String) property.get("description")).as((String) property.get("name"))
				.isNotBlank()
				.endsWith(".");
		}
	}

	@Test
	void everyConnectionPropertyIsDescribedForTheDefaultAlias() throws Exception {
		Set<String> names = new TreeSet<>();
		properties().forEach((property) -> names.add((String) property.get("name")));
		Set<String> expected = new TreeSet<>();
		collect("elasticsearch.dsl.connections.default.", new ElasticsearchDslProperties.Connection(), expected);
		assertThat(names).containsAll(expected);
		assertThat(names).contains("elasticsearch.dsl.index-management", "elasticsearch.dsl.documents.packages",
				"elasticsearch.dsl.startup.fail-fast", "elasticsearch.dsl.health.timeout",
				"elasticsearch.dsl.templates.priority", "elasticsearch.dsl.connections.default.api-key",
				"elasticsearch.dsl.connections.default.bearer-token");
	}

	@Test
	void everyFacetedSearchPropertyIsDescribedForAnExampleName() throws Exception {
		Set<String> names = new TreeSet<>();
		properties().forEach((property) -> names.add((String) property.get("name")));
		Set<String> expected = new TreeSet<>();
		String prefix = "elasticsearch.dsl.faceted-searches.example.";
		collect(prefix, new FacetedSearchProperties.Definition(), expected);
		expected.remove(prefix + "facets");
		collect(prefix + "facets.example.", new FacetedSearchProperties.Facet(), expected);
		assertThat(expected).contains(prefix + "index", prefix + "alias", prefix + "facets.example.kind",
				prefix + "facets.example.ranges");
		assertThat(names).containsAll(expected).contains("elasticsearch.dsl.faceted-searches");
	}

	private static void collect(String prefix, Object bean, Set<String> names) {
		BeanWrapperImpl wrapper = new BeanWrapperImpl(bean);
		for (var descriptor : wrapper.getPropertyDescriptors()) {
			String name = descriptor.getName();
			if (name.equals("class")) {
				continue;
			}
			String kebab = name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
			if (descriptor.getPropertyType() == ElasticsearchDslProperties.Ssl.class) {
				collect(prefix + kebab + ".", wrapper.getPropertyValue(name), names);
			}
			else {
				names.add(prefix + kebab);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> properties() throws Exception {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			Map<String, Object> metadata = Json.parseMap(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			return new ArrayList<>((List<Map<String, Object>>) metadata.get("properties"));
		}
	}

}
