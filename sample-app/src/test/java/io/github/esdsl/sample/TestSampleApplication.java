package io.github.esdsl.sample;

import io.github.esdsl.test.spring.AutoConfigureEmbeddedElasticsearch;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample site on an embedded Elasticsearch started from the Maven distribution:
 * {@code ./mvnw -B -pl sample-app -am package -DskipTests spring-boot:test-run}. The application itself is unchanged
 * ({@link SampleApplication#main}); this test-scoped main only adds
 * {@link AutoConfigureEmbeddedElasticsearch}, which connects every alias to an embedded node.
 */
@AutoConfigureEmbeddedElasticsearch
public class TestSampleApplication {

	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main).with(TestSampleApplication.class).run(args);
	}

}
