package io.github.esdsl.connection;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Secret headers keep their value on the wire but show only a mask in the HTTP client's header log,
 * which prints each header with {@code toString()}.
 */
class SecretHeadersTest {

	@Test
	void secretHeadersAreReplacedByMaskedOnesInPlace() {
		BasicHttpRequest request = new BasicHttpRequest("GET", "/");
		request.addHeader("Accept", "application/json");
		request.addHeader("Authorization", "Basic ZWxhc3RpYzpodW50ZXIy");
		request.addHeader("X-Api-Key", "k-123456");
		request.addHeader("X-Opaque-Id", "visible");

		SecretHeaders.INSTANCE.process(request, null, null);

		assertThat(request.getHeaders()).extracting(Header::getName)
			.containsExactly("Accept", "Authorization", "X-Api-Key", "X-Opaque-Id");
		assertThat(request.getHeaders()).extracting(Header::getValue)
			.containsExactly("application/json", "Basic ZWxhc3RpYzpodW50ZXIy", "k-123456", "visible");
		assertThat(request.getHeaders()).extracting(Object::toString).containsExactly("Accept: application/json",
				"Authorization: ******", "X-Api-Key: ******", "X-Opaque-Id: visible");
		assertThat(request.getFirstHeader("Authorization").isSensitive()).isTrue();
	}

	@Test
	void secretHeaderNamesAreRecognized() {
		assertThat(ConnectionSettings.isSecretHeader("Authorization")).isTrue();
		assertThat(ConnectionSettings.isSecretHeader("x-elastic-api-key")).isTrue();
		assertThat(ConnectionSettings.isSecretHeader("Cookie")).isTrue();
		assertThat(ConnectionSettings.isSecretHeader("X-Opaque-Id")).isFalse();
		assertThat(ConnectionSettings.isSecretHeader("Accept")).isFalse();
	}

	@Test
	void userNameWithAColonIsRefusedWithoutBeingShown() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().basicAuth("elastic:hunter2", ""))
			.withMessage("basicAuth username must not contain ':'; give the password separately");
	}

	@Test
	void credentialsAreDescribedWithoutSecrets() {
		assertThat(ConnectionSettings.builder().basicAuth("app", "hunter2").build().credentialsDescription())
			.isEqualTo("basic auth as user 'app'");
		assertThat(ConnectionSettings.builder().apiKey("id", "key").build().credentialsDescription())
			.isEqualTo("an API key");
		assertThat(ConnectionSettings.builder().bearerToken("t").build().credentialsDescription())
			.isEqualTo("a bearer token");
		assertThat(ConnectionSettings.builder().header("authorization", "x").build().credentialsDescription())
			.isEqualTo("the configured Authorization header");
		assertThat(ConnectionSettings.of("http://es:9200").credentialsDescription()).isEqualTo("no credentials");
	}

}
