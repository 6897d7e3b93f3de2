package io.github.esdsl.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Checks, defaults and secret masking of {@link ConnectionSettings}.
 */
class ConnectionSettingsTest {

	@Test
	void defaultsPointAtLocalhost() {
		ConnectionSettings settings = ConnectionSettings.builder().build();
		assertThat(settings.hosts()).containsExactly(URI.create("http://localhost:9200"));
		assertThat(settings.verifyHostnames()).isTrue();
		assertThat(settings.maxRetries()).isEqualTo(3);
		assertThat(settings.retryOnTimeout()).isFalse();
		assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(settings.socketTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.requestTimeout()).isNull();
		assertThat(settings.compatibility()).isNull();
		assertThat(settings.sniffing()).isFalse();
		assertThat(settings.hasAuthentication()).isFalse();
		assertThat(settings.maxResponseSize()).isEqualTo(100L * 1024 * 1024);
	}

	@Test
	void hostsAreNormalized() {
		ConnectionSettings settings = ConnectionSettings.of("HTTPS://Es1.example.com:9243/", "es2:9200",
				"http://[::1]:9200");
		assertThat(settings.hosts()).containsExactly(URI.create("https://Es1.example.com:9243"),
				URI.create("http://es2:9200"), URI.create("http://[::1]:9200"));
	}

	@Test
	void badHostsAreNamedInTheError() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http://bad host:9200"))
			.withMessageStartingWith("Invalid host 'http://bad host:9200': ");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("ftp://es:21"))
			.withMessage("Invalid host 'ftp://es:21': scheme 'ftp' is not supported, use http or https");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http://es:9200/prefix"))
			.withMessage("Invalid host 'http://es:9200/prefix': it has the path '/prefix'; give hosts without a "
					+ "path and set pathPrefix(\"/prefix\") instead");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of(" "))
			.withMessageStartingWith("A host must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http://es:9200", "es:9200"))
			.withMessage("Host 'http://es:9200' is listed twice in [http://es:9200]");
	}

	@Test
	void malformedHostsGetTheRealReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http//es2:9200"))
			.withMessage("Invalid host 'http//es2:9200': the scheme must be followed by '://'; use a URI such as "
					+ "http://localhost:9200 or https://es.example.com:9243");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("https:/es2:9200"))
			.withMessageStartingWith("Invalid host 'https:/es2:9200': the scheme must be followed by '://'; ");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http://es1:92OO"))
			.withMessage("Invalid host 'http://es1:92OO': port '92OO' is not a number; use a URI such as "
					+ "http://localhost:9200 or https://es.example.com:9243");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http://es_1:9200"))
			.withMessageStartingWith("Invalid host 'http://es_1:9200': 'es_1:9200' is not a valid host name and port; ");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http://es1:99999"))
			.withMessage("Invalid host 'http://es1:99999': port 99999 is not between 1 and 65535");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("http://"))
			.withMessageStartingWith("Invalid host 'http://': ");
		assertThat(ConnectionSettings.of("httpbin:9200").hosts()).containsExactly(URI.create("http://httpbin:9200"));
	}

	@Test
	void credentialsInAHostAreRefusedWithoutBeingShown() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("https://elastic:pa55@es:9200"))
			.withMessage("Invalid host 'https://******@es:9200': credentials in the URI are not supported, "
					+ "use basicAuth(username, password)");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.of("https://elastic:pa55@es_1:9200"))
			.withMessage("Invalid host 'https://******@es_1:9200': credentials in the URI are not supported, "
					+ "use basicAuth(username, password); use a URI such as http://localhost:9200 or "
					+ "https://es.example.com:9243");
	}

	@Test
	void negativeTimeoutsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().connectTimeout(Duration.ofSeconds(-1)))
			.withMessage("connectTimeout must not be negative but was PT-1S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().socketTimeout(Duration.ofMillis(-5)))
			.withMessage("socketTimeout must not be negative but was PT-0.005S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().requestTimeout(Duration.ofMillis(-5)))
			.withMessage("requestTimeout must not be negative but was PT-0.005S");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.builder().maxRetries(-1))
			.withMessage("maxRetries must be zero or more but was -1");
	}

	@Test
	void compatibilityMustBeEightOrNine() {
		assertThat(ConnectionSettings.builder().compatibility(8).build().compatibility()).isEqualTo(8);
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.builder().compatibility(7))
			.withMessage("compatibility must be 8 or 9 (the server's major version) but was 7");
	}

	@Test
	void onlyOneAuthenticationAndOneTrustSetting() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().basicAuth("u", "p").apiKey("k").build())
			.withMessage("Use only one of basicAuth, apiKey and bearerToken, but 2 are set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().hosts("https://es:9200").caFingerprint("ab".repeat(32))
				.sslContext(javax.net.ssl.SSLContext.getDefault()).build())
			.withMessage("Use only one of caCertificate, caFingerprint and sslContext, but 2 are set");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().caFingerprint("ab".repeat(32)).build())
			.withMessage("TLS settings are given but no host uses https: [http://localhost:9200]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().bearerToken("t").header("authorization", "x").build())
			.withMessage("An Authorization header conflicts with basicAuth/apiKey/bearerToken: set only one");
	}

	@Test
	void fingerprintAcceptsColonsAndIsNormalized() {
		String colons = "B9:AD:".repeat(14) + "B9:AD:01:02";
		ConnectionSettings settings = ConnectionSettings.builder().hosts("https://es:9200").caFingerprint(colons)
			.build();
		assertThat(settings.caFingerprint()).isEqualTo("b9ad".repeat(15) + "0102");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.builder().caFingerprint("abc"))
			.withMessage("Invalid caFingerprint 'abc': expected a SHA-256 fingerprint as 64 hex digits (colons allowed)");
	}

	@Test
	void missingCaFileIsNamed() {
		Path missing = Path.of("no", "such", "ca.pem");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.builder().caCertificate(missing))
			.withMessage("CA certificate file '" + missing.toAbsolutePath() + "' does not exist or is not readable");
	}

	@Test
	void pathPrefixIsCleaned() {
		assertThat(ConnectionSettings.builder().pathPrefix("es/").build().pathPrefix()).isEqualTo("/es");
		assertThat(ConnectionSettings.builder().pathPrefix("/").build().pathPrefix()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.builder().pathPrefix("/es?x=1"))
			.withMessageStartingWith("Invalid pathPrefix '/es?x=1'");
	}

	@Test
	void headersAreChecked() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.builder().header("X-A", "a\r\nb"))
			.withMessage("The value of header 'X-A' must not contain line breaks");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionSettings.builder().header("bad name", "v"))
			.withMessage("Invalid header name 'bad name': use letters, digits and -");
	}

	@Test
	void toStringMasksEverySecret() {
		String basic = ConnectionSettings.builder().hosts("https://es:9200").basicAuth("elastic", "pa55word")
			.header("Authorization-Extra", "secret-1")
			.header("X-Api-Key", "secret-2")
			.header("X-Auth-Token", "secret-3")
			.header("Cookie", "secret-4")
			.header("X-Opaque-Id", "visible")
			.build()
			.toString();
		assertThat(basic).contains("basicAuth=elastic:******").contains("X-Opaque-Id=visible")
			.doesNotContain("pa55word", "secret-1", "secret-2", "secret-3", "secret-4");
		assertThat(ConnectionSettings.builder().apiKey("id", "the-key").build().toString())
			.contains("apiKey=******")
			.doesNotContain("the-key", "aWQ6dGhlLWtleQ==");
		assertThat(ConnectionSettings.builder().bearerToken("tok-42").build().toString())
			.contains("bearerToken=******")
			.doesNotContain("tok-42");
		assertThat(ConnectionSettings.builder().header("Authorization", "Basic abc").build().toString())
			.contains("Authorization=******")
			.doesNotContain("abc");
	}

	@Test
	void toBuilderDerivesWithoutChangingTheOriginal() {
		ConnectionSettings original = ConnectionSettings.builder().hosts("http://a:9200").header("X-A", "1").build();
		ConnectionSettings derived = original.toBuilder().hosts("http://b:9200").header("X-B", "2").build();
		assertThat(original.hosts()).containsExactly(URI.create("http://a:9200"));
		assertThat(original.headers()).containsOnlyKeys("X-A");
		assertThat(derived.hosts()).containsExactly(URI.create("http://b:9200"));
		assertThat(derived.headers()).containsOnlyKeys("X-A", "X-B");
	}

	@Test
	void sniffingSettings() {
		ConnectionSettings settings = ConnectionSettings.builder().sniffOnStart(true).sniffOnConnectionFailure(true)
			.sniffInterval(Duration.ofSeconds(60)).sniffTimeout(Duration.ofSeconds(10)).retryOnTimeout(true).build();
		assertThat(settings.sniffing()).isTrue();
		assertThat(settings.sniffInterval()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.sniffTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionSettings.builder().sniffInterval(Duration.ofMillis(10)))
			.withMessage("sniffInterval must be between 1 second and 24 days but was PT0.01S");
	}

}
