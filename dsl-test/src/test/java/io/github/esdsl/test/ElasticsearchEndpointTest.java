package io.github.esdsl.test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ElasticsearchEndpointTest {

	@TempDir
	Path temp;

	@Test
	void toStringMasksThePassword() {
		ElasticsearchEndpoint endpoint = ElasticsearchEndpoint.of("https://127.0.0.1:9200")
			.withBasicAuth("elastic", "s3cr3t-value");

		assertThat(endpoint).hasToString(
				"ElasticsearchEndpoint[uris=[https://127.0.0.1:9200], username=elastic, password=****]");
	}

	@Test
	void fromEnvironmentReadsCommaSeparatedUrlsCredentialsAndCa() throws IOException {
		Path ca = Files.writeString(this.temp.resolve("ca.crt"), "pem");
		Map<String, String> environment = Map.of("ELASTICSEARCH_URL", "https://es1:9200, https://es2:9200",
				"ELASTICSEARCH_USERNAME", "elastic", "ELASTICSEARCH_PASSWORD", "changeme",
				"ELASTICSEARCH_CA", ca.toString());

		ElasticsearchEndpoint endpoint = ElasticsearchEndpoint.fromEnvironment((name) -> null, environment::get)
			.orElseThrow();

		assertThat(endpoint.uris()).containsExactly(URI.create("https://es1:9200"), URI.create("https://es2:9200"));
		assertThat(endpoint.username()).contains("elastic");
		assertThat(endpoint.password()).contains("changeme");
		assertThat(endpoint.caCertificate()).contains(ca.toAbsolutePath());
		assertThat(endpoint.urisAsString()).isEqualTo("https://es1:9200,https://es2:9200");
		assertThat(endpoint.isSecure()).isTrue();
	}

	@Test
	void fromEnvironmentPrefersSystemProperties() {
		Map<String, String> properties = Map.of("esdsl.elasticsearch.url", "http://from-property:9200");
		Map<String, String> environment = Map.of("ELASTICSEARCH_URL", "http://from-environment:9200");

		assertThat(ElasticsearchEndpoint.fromEnvironment(properties::get, environment::get).orElseThrow().uri())
			.isEqualTo(URI.create("http://from-property:9200"));
	}

	@Test
	void fromEnvironmentIsEmptyWithoutUrl() {
		assertThat(ElasticsearchEndpoint.fromEnvironment((name) -> null, (name) -> " ")).isEmpty();
	}

	@Test
	void nonHttpUriIsRejectedWithTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchEndpoint.of("localhost:9200"))
			.withMessage("Node URI 'localhost:9200' is not an http:// or https:// URL with a host, like "
					+ "http://localhost:9200");
	}

	@Test
	void usernameWithoutPasswordIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ElasticsearchEndpoint.of("http://localhost:9200").withBasicAuth("elastic", null))
			.withMessage("Basic auth needs both a username and a password, got only the username 'elastic'");
	}

	@Test
	void missingCaFileIsRejectedWithItsPath() {
		Path missing = this.temp.resolve("missing.crt");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> ElasticsearchEndpoint.of("https://localhost:9200").withCaCertificate(missing))
			.withMessageStartingWith("CA certificate file " + missing + " does not exist");
	}

	@Test
	void caFileWithoutCertificatesIsRejectedWhenBuildingTheSslContext() throws IOException {
		Path notPem = Files.writeString(this.temp.resolve("ca.crt"), "not a certificate");
		ElasticsearchEndpoint endpoint = ElasticsearchEndpoint.of("https://localhost:9200").withCaCertificate(notPem);

		assertThatIllegalArgumentException().isThrownBy(endpoint::sslContext)
			.withMessageContaining(notPem.toString());
	}

	@Test
	void endpointsWithSameValuesAreEqual() {
		assertThat(ElasticsearchEndpoint.of("http://a:9200").withBasicAuth("u", "p"))
			.isEqualTo(ElasticsearchEndpoint.of("http://a:9200").withBasicAuth("u", "p"))
			.isNotEqualTo(ElasticsearchEndpoint.of("http://a:9200").withBasicAuth("u", "q"));
	}

}
