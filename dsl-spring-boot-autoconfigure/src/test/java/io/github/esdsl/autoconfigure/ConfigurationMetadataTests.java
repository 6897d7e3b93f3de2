package io.github.esdsl.autoconfigure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import io.github.esdsl.autoconfigure.faceted.FacetedSearchAutoConfiguration;
import io.github.esdsl.autoconfigure.faceted.FacetedSearchProperties;
import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata (generated, plus hints and the health switch by hand) documents
 * every property in one sentence, and describes connections and faceted searches as maps whose
 * keys are any alias or name.
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
	void connectionsAreAMapOfConnectionsForAnyAliasWithDefaultOffered() throws Exception {
		Map<String, Map<String, Object>> byName = byName(properties());
		assertThat(byName.get("elasticsearch.dsl.connections")).containsEntry("type",
				"java.util.Map<java.lang.String,io.github.esdsl.autoconfigure.ElasticsearchDslProperties$Connection>");
		assertThat(byName.keySet()).noneMatch((name) -> name.startsWith("elasticsearch.dsl.connections."));
		assertThat(Json.toJson(byName(metadata("hints")).get("elasticsearch.dsl.connections.keys")))
			.isEqualTo("{\"name\":\"elasticsearch.dsl.connections.keys\",\"values\":[{\"value\":\"default\","
					+ "\"description\":\"The connection used by searches and documents that name no alias.\"}],"
					+ "\"providers\":[{\"name\":\"any\"}]}");
		assertThat(byName.keySet()).contains("elasticsearch.dsl.index-management", "elasticsearch.dsl.documents.packages",
				"elasticsearch.dsl.startup.fail-fast", "elasticsearch.dsl.health.timeout",
				"elasticsearch.dsl.templates.priority");
	}

	@Test
	void facetedSearchesAreAMapOfDefinitionsForAnyName() throws Exception {
		Map<String, Map<String, Object>> byName = byName(properties());
		assertThat(byName.get("elasticsearch.dsl.faceted-searches")).containsEntry("type", "java.util.Map<java.lang.String,"
				+ FacetedSearchProperties.Definition.class.getName() + ">");
		assertThat(byName.keySet()).noneMatch((name) -> name.startsWith("elasticsearch.dsl.faceted-searches."));
		assertThat(byName(metadata("hints"))).containsKey("elasticsearch.dsl.faceted-searches.keys");
	}

	@Test
	void healthIndicatorSwitchIsDescribed() throws Exception {
		assertThat(byName(properties()).get("management.health.elasticsearch-dsl.enabled")).containsEntry("type",
				"java.lang.Boolean")
			.containsEntry("defaultValue", true)
			.containsEntry("description", "Whether to enable the health check of the esdsl connections.");
	}

	@Test
	void autoConfigurationMetadataIsGenerated() throws Exception {
		Properties metadata = PropertiesLoaderUtils
			.loadProperties(new ClassPathResource("META-INF/spring-autoconfigure-metadata.properties"));
		assertThat(metadata.getProperty(ElasticsearchDslAutoConfiguration.class.getName() + ".ConditionalOnClass"))
			.isEqualTo("io.github.esdsl.connection.Connections");
		assertThat(metadata.getProperty(FacetedSearchAutoConfiguration.class.getName() + ".AutoConfigureAfter"))
			.isEqualTo(ElasticsearchDslAutoConfiguration.class.getName());
	}

	private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> entries) {
		Map<String, Map<String, Object>> byName = new TreeMap<>();
		entries.forEach((entry) -> byName.put((String) entry.get("name"), entry));
		return byName;
	}

	private static List<Map<String, Object>> properties() throws Exception {
		return metadata("properties");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> metadata(String part) throws Exception {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			Map<String, Object> metadata = Json.parseMap(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			return new ArrayList<>((List<Map<String, Object>>) metadata.get(part));
		}
	}

}
