package io.github.esdsl.test;

import java.io.IOException;
import java.nio.file.Files;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shared secured node speaks only HTTPS with certificates from its own CA and wants
 * credentials.
 */
@WithElasticsearch(secured = true)
class SecuredNodeIT {

	@Test
	void endpointCarriesHttpsCredentialsAndThePemCa(ElasticsearchEndpoint endpoint) throws IOException {
		assertThat(endpoint.isSecure()).isTrue();
		assertThat(endpoint.uri().getScheme()).isEqualTo("https");
		assertThat(endpoint.username()).contains("esdsl");
		assertThat(endpoint.toString()).contains("password=****").doesNotContain(endpoint.password().get());
		assertThat(Files.readString(endpoint.caCertificate().get())).startsWith("-----BEGIN CERTIFICATE-----");
		assertThat(EmbeddedElasticsearch.sharedSecured().caCertificate()).isEqualTo(endpoint.caCertificate().get());
	}

	@Test
	void requestWithoutCredentialsIsRejectedWith401(ElasticsearchEndpoint endpoint) throws IOException {
		ElasticsearchEndpoint anonymous = ElasticsearchEndpoint.of(endpoint.uris())
			.withCaCertificate(endpoint.caCertificate().get());

		HttpCalls.Response response = new HttpCalls(anonymous).get("/_cluster/health");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).contains("security_exception");
	}

	@Test
	void requestWithWrongPasswordIsRejectedWith401(ElasticsearchEndpoint endpoint) throws IOException {
		ElasticsearchEndpoint wrong = endpoint.withBasicAuth("esdsl", "not-the-password");

		assertThat(new HttpCalls(wrong).get("/_cluster/health").status()).isEqualTo(401);
	}

	@Test
	void requestWithCredentialsOverHttpsWithTheTestCaSucceeds(ElasticsearchEndpoint endpoint) throws IOException {
		HttpCalls http = new HttpCalls(endpoint);

		HttpCalls.Response health = http.get("/_cluster/health");
		HttpCalls.Response user = http.get("/_security/_authenticate");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.value("status")).hasValueSatisfying((status) -> assertThat(status).isIn("green", "yellow"));
		assertThat(user.value("username")).contains("esdsl");
		assertThat(user.body()).contains("\"superuser\"");
	}

	@Test
	void certificateIsRejectedWithoutTheTestCa(ElasticsearchEndpoint endpoint) {
		ElasticsearchEndpoint jvmTrustOnly = ElasticsearchEndpoint.of(endpoint.uris())
			.withBasicAuth(endpoint.username().get(), endpoint.password().get());

		assertThatExceptionOfType(SSLHandshakeException.class)
			.isThrownBy(() -> new HttpCalls(jvmTrustOnly).get("/_cluster/health"));
	}

}
