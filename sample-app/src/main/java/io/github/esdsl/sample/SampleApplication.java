package io.github.esdsl.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * Runs the sample site against the cluster of {@code elasticsearch.dsl.connections.default.hosts}.
 * For local development on an embedded node, run the test-scoped {@code TestSampleApplication}
 * ({@code ./mvnw -B -pl sample-app -am package -DskipTests spring-boot:test-run}).
 */
@SpringBootApplication
@ImportRuntimeHints(SampleRuntimeHints.class)
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
