package io.github.esdsl.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * Runs the sample site. Without {@code elasticsearch.dsl.connections.default.hosts} it starts an
 * embedded Elasticsearch first (see {@link EmbeddedElasticsearchEnvironment}).
 */
@SpringBootApplication
@ImportRuntimeHints(SampleRuntimeHints.class)
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
