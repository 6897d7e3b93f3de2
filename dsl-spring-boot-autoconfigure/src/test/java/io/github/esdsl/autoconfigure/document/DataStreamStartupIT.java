package io.github.esdsl.autoconfigure.document;

import java.util.List;
import java.util.Map;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.samples.stream.Reading;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.json.Json;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataStream} document at startup on the real node: its template is a data stream
 * template, as templates are created for other documents.
 */
@WithElasticsearch
class DataStreamStartupIT {

	private static Connection admin;

	private static String url;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class));

	@BeforeAll
	static void connect(ElasticsearchEndpoint endpoint) {
		url = endpoint.uri().toString();
		admin = Connection.create(ConnectionSettings.of(url));
	}

	@AfterAll
	static void close() {
		admin.close();
	}

	@BeforeEach
	void clean() {
		admin.perform(RawRequest.delete("/_index_template/esdsl-readings").ignore(404));
	}

	@Test
	@SuppressWarnings("unchecked")
	void dataStreamDocumentGetsADataStreamTemplateAtStartup() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + url,
				"elasticsearch.dsl.index-management=create",
				"elasticsearch.dsl.documents.packages=" + Reading.class.getPackageName())
			.run((context) -> assertThat(context).hasNotFailed());
		Map<String, Object> template = (Map<String, Object>) ((List<Map<String, Object>>) admin
			.perform(RawRequest.get("/_index_template/esdsl-readings")).bodyAsMap().get("index_templates")).get(0)
			.get("index_template");
		assertThat(Json.toJson(template)).isEqualTo("{\"index_patterns\":[\"esdsl-readings\"],\"template\":{\"mappings\":"
				+ "{\"properties\":{\"@timestamp\":{\"type\":\"date\"},\"sensor\":{\"type\":\"keyword\"},\"value\":"
				+ "{\"type\":\"double\"}}},\"lifecycle\":{\"enabled\":true,\"data_retention\":\"30d\"}},"
				+ "\"composed_of\":[],\"priority\":150,\"data_stream\":{\"hidden\":false,\"allow_custom_routing\":false}}");
	}

}
