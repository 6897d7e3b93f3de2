package io.github.esdsl.autoconfigure;

import java.io.IOException;

import io.github.esdsl.connection.Connections;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown keys under {@code elasticsearch.dsl.connections.<alias>} fail startup instead of being
 * ignored as Spring Boot's binder does elsewhere.
 */
class UnknownConnectionPropertyTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class));

	@Test
	void misspeltHostsInApplicationPropertiesFailsNamingTheKeyItsLineAndTheClosestKey() {
		this.contextRunner.withInitializer((context) -> {
			try {
				new PropertiesPropertySourceLoader().load("application.properties", new ClassPathResource("unknown/application.properties"))
					.forEach(context.getEnvironment().getPropertySources()::addFirst);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}).run((context) -> {
			assertThat(context).hasFailed();
			UnknownConnectionPropertyException ex = find(context.getStartupFailure());
			assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.logs.host");
			assertThat(ex.getClosestKey()).isEqualTo("hosts");
			assertThat(ex.getMessage()).isEqualTo("Unknown property 'elasticsearch.dsl.connections.logs.host' "
					+ "(class path resource [unknown/application.properties] - 1:41); the closest known is "
					+ "'elasticsearch.dsl.connections.logs.hosts'");
			FailureAnalysis analysis = new UnknownConnectionPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("Property 'elasticsearch.dsl.connections.logs.host' "
					+ "(class path resource [unknown/application.properties] - 1:41) is not a property of a connection, so "
					+ "connection 'logs' would be made without it.");
			assertThat(analysis.getAction()).isEqualTo("Rename it to 'elasticsearch.dsl.connections.logs.hosts' "
					+ "(the closest known property) or remove it. A connection has: " + String.join(", ", ex.getKnownKeys())
					+ ".");
			assertThat(ex.getKnownKeys()).contains("hosts", "api-key", "ssl.bundle", "ssl.verify-hostnames")
				.doesNotContain("ssl");
		});
	}

	@Test
	void misspeltSecretKeyFailsWithoutShowingItsValue() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://es1:9200",
					"elasticsearch.dsl.connections.default.pasword=s3cr3t-value")
			.run((context) -> {
				UnknownConnectionPropertyException ex = find(context.getStartupFailure());
				assertThat(ex.getClosestKey()).isEqualTo("password");
				assertThat(ex.getMessage()).doesNotContain("s3cr3t-value");
				assertThat(new UnknownConnectionPropertyFailureAnalyzer().analyze(context.getStartupFailure())
					.getDescription()).doesNotContain("s3cr3t-value");
			});
	}

	@Test
	void misspeltNestedSslKeyNamesTheClosestNestedKey() {
		this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=https://es1:9200",
				"elasticsearch.dsl.connections.default.ssl.bundel=es")
			.run((context) -> {
				UnknownConnectionPropertyException ex = find(context.getStartupFailure());
				assertThat(ex.getProperty()).isEqualTo("elasticsearch.dsl.connections.default.ssl.bundel");
				assertThat(ex.getClosestKey()).isEqualTo("ssl.bundle");
			});
	}

	@Test
	void headersTakeAnyName() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=http://es1:9200",
					"elasticsearch.dsl.connections.default.headers.X-Team=search",
					"elasticsearch.dsl.connections.default.headers.X-Opaque-Id=app")
			.run((context) -> assertThat(context.getBean(Connections.class).get().settings().headers())
				.containsEntry("X-Team", "search")
				.containsEntry("X-Opaque-Id", "app"));
	}

	private static UnknownConnectionPropertyException find(Throwable failure) {
		for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
			if (candidate instanceof UnknownConnectionPropertyException unknown) {
				return unknown;
			}
		}
		throw new AssertionError("No UnknownConnectionPropertyException in " + failure, failure);
	}

}
