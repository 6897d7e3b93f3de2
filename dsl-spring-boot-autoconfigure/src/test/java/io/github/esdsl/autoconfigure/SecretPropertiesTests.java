package io.github.esdsl.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secret connection properties have names Spring Boot's credential sanitizing recognizes,
 * so {@code /actuator/configprops} and {@code /actuator/env} mask them even where values are
 * shown.
 */
class SecretPropertiesTests {

	private final SanitizingFunction credentials = SanitizingFunction.sanitizeValue().ifLikelyCredential();

	@ParameterizedTest
	@ValueSource(strings = { "password", "apiKey", "api-key", "bearerToken", "bearer-token" })
	void secretPropertiesAreSanitized(String name) {
		SanitizableData data = new SanitizableData(null, "elasticsearch.dsl.connections.default." + name, "s3cr3t");
		assertThat(this.credentials.applyUnlessFiltered(data).getValue()).isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hosts=https://elastic:pw-4f1d9c@es:9200",
			"hosts=https://es:9200,http://elastic:pw-4f1d9c@es2:9200", "username=elastic:pw-4f1d9c",
			"headers.Authorization=Bearer pw-4f1d9c\nX-Injected: 1", "api-key=pw-4f1d9c,bearer-token=pw-4f1d9c",
			"headers[Bad Name]=x,headers.X-Api-Key=pw-4f1d9c" })
	void badConfigurationFailsWithoutShowingTheSecret(String property) {
		String[] properties = property.split(",(?=[a-z-]+[.\\[=])");
		for (int i = 0; i < properties.length; i++) {
			properties[i] = "elasticsearch.dsl.connections.default." + properties[i].replace("\\n", "\n");
		}
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class))
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				StringWriter trace = new StringWriter();
				failure.printStackTrace(new PrintWriter(trace));
				FailureAnalysis analysis = new InvalidConnectionPropertyFailureAnalyzer().analyze(failure);
				assertThat(analysis).isNotNull();
				assertThat(trace.toString() + analysis.getDescription() + analysis.getAction())
					.contains("'elasticsearch.dsl.connections.default")
					.doesNotContain("pw-4f1d9c");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "elasticsearch.dsl.connections.default.password",
			"elasticsearch.dsl.connections.search.api-key", "elasticsearch.dsl.connections.search.apiKey",
			"elasticsearch.dsl.connections.x.bearer-token", "elasticsearch.dsl.connections.x.headers.Authorization",
			"elasticsearch.dsl.connections.x.headers[X-Api-Key]", "elasticsearch.dsl.connections.x.headers",
			"ELASTICSEARCH_DSL_CONNECTIONS_DEFAULT_PASSWORD", "ELASTICSEARCH_DSL_CONNECTIONS_DEFAULT_APIKEY",
			"ELASTICSEARCH_DSL_CONNECTIONS_DEFAULT_HEADERS_COOKIE" })
	void esdslSanitizingFunctionMasksSecretsInAnyForm(String key) {
		SanitizableData data = new SanitizableData(null, key, "s3cr3t");
		assertThat(new ElasticsearchDslSanitizingFunction().apply(data).getValue())
			.isEqualTo(SanitizableData.SANITIZED_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "elasticsearch.dsl.connections.default.hosts", "elasticsearch.dsl.connections.default.username",
			"elasticsearch.dsl.connections.x.headers.X-Opaque-Id", "spring.datasource.url", "elasticsearch.dsl.startup.fail-fast" })
	void esdslSanitizingFunctionLeavesOtherValues(String key) {
		SanitizableData data = new SanitizableData(null, key, "visible");
		assertThat(new ElasticsearchDslSanitizingFunction().apply(data).getValue()).isEqualTo("visible");
	}

	@Test
	void hostsAreNotSanitized() {
		SanitizableData data = new SanitizableData(null, "elasticsearch.dsl.connections.default.hosts", "http://es:9200");
		assertThat(this.credentials.applyUnlessFiltered(data).getValue()).isEqualTo("http://es:9200");
	}

}
