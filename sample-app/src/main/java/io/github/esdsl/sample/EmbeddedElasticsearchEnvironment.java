package io.github.esdsl.sample;

import java.nio.file.Path;
import java.util.Map;

import io.github.esdsl.test.EmbeddedElasticsearch;
import io.github.esdsl.test.ElasticsearchEndpoint;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded Elasticsearch from the Maven distribution (module {@code dsl-test}) when
 * no cluster is configured, and points the {@code default} connection at it. Set
 * {@code elasticsearch.dsl.connections.default.hosts} to use another cluster, or
 * {@code sample.embedded-elasticsearch.enabled=false} to never start one.
 */
class EmbeddedElasticsearchEnvironment implements EnvironmentPostProcessor {

	static final String HOSTS = "elasticsearch.dsl.connections.default.hosts";

	private final Log logger;

	EmbeddedElasticsearchEnvironment(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(EmbeddedElasticsearchEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(HOSTS)
				|| !environment.getProperty("sample.embedded-elasticsearch.enabled", Boolean.class, true)) {
			return;
		}
		String data = environment.getProperty("sample.embedded-elasticsearch.data", "target/sample-elasticsearch");
		if (System.getProperty(EmbeddedElasticsearch.DATA_PROPERTY) == null) {
			System.setProperty(EmbeddedElasticsearch.DATA_PROPERTY, Path.of(data).toAbsolutePath().toString());
		}
		long start = System.nanoTime();
		ElasticsearchEndpoint endpoint = EmbeddedElasticsearch.endpoint();
		this.logger.info("Embedded Elasticsearch at " + endpoint.urisAsString() + " ready in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
		environment.getPropertySources()
			.addLast(new MapPropertySource("embeddedElasticsearch",
					Map.of(HOSTS, endpoint.urisAsString(), "elasticsearch.dsl.connections.default.compatibility", 8)));
	}

}
