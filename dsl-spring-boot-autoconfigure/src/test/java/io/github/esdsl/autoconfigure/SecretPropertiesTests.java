package io.github.esdsl.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

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

	@Test
	void hostsAreNotSanitized() {
		SanitizableData data = new SanitizableData(null, "elasticsearch.dsl.connections.default.hosts", "http://es:9200");
		assertThat(this.credentials.applyUnlessFiltered(data).getValue()).isEqualTo("http://es:9200");
	}

}
