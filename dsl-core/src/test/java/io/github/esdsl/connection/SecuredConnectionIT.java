package io.github.esdsl.connection;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.github.esdsl.test.ElasticsearchCapabilities;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * esdsl's connection against the secured node of {@code dsl-test}: HTTPS with certificates from
 * its own CA (made by {@code elasticsearch-certutil} for {@code 127.0.0.1}, {@code ::1} and
 * {@code localhost}) and a file-realm user.
 */
@WithElasticsearch(secured = true)
class SecuredConnectionIT {

	@TempDir
	static Path dir;

	private static ElasticsearchEndpoint node;

	@BeforeAll
	static void node(ElasticsearchEndpoint secured) {
		node = secured;
	}

	@Test
	void caFileVerifiesTheNodeAndBasicAuthLogsIn() {
		Map<String, Object> user = authenticate(basic());
		assertThat(user).containsEntry("username", node.username().orElseThrow());
		assertThat(user).extractingByKey("authentication_type").isEqualTo("realm");
		assertThat(node.uri().getScheme()).isEqualTo("https");
	}

	@Test
	void fingerprintOfTheNodeCertificateVerifiesTheNode() throws Exception {
		ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(node.uris())
			.caFingerprint(fingerprint(nodeChain().get(0)))
			.basicAuth(node.username().orElseThrow(), node.password().orElseThrow());
		assertThat(authenticate(settings)).containsEntry("username", node.username().orElseThrow());
	}

	@Test
	void fingerprintOfACaTheNodeDoesNotSendIsRefusedSayingWhy() throws Exception {
		// the node serves its own certificate only (no CA in the chain), as certutil's PEM files set it up
		ConnectionException ex = failure(ConnectionSettings.builder().hosts(node.uris())
			.caFingerprint(fingerprint(certificate(node.caCertificate().orElseThrow())))
			.basicAuth(node.username().orElseThrow(), node.password().orElseThrow()));
		assertThat(ex.getMessage()).contains("No certificate of the server matches the configured caFingerprint")
			.contains("the server sends no CA certificate with its own, so a CA's fingerprint cannot match");
	}

	@Test
	void certificateHoldsTheLoopbackAddressesAndLocalhost() throws Exception {
		List<String> names = new ArrayList<>();
		for (X509Certificate certificate : nodeChain()) {
			if (certificate.getSubjectAlternativeNames() != null) {
				certificate.getSubjectAlternativeNames().forEach((name) -> names.add(String.valueOf(name.get(1))));
			}
		}
		assertThat(names).contains("127.0.0.1", "localhost").doesNotContain("127.0.0.2");
	}

	@Test
	void wrongCaIsRejectedNamingTheCaFile() throws Exception {
		Path otherCa = otherCa();
		ConnectionException ex = failure(ConnectionSettings.builder().hosts(node.uris()).caCertificate(otherCa)
			.basicAuth(node.username().orElseThrow(), node.password().orElseThrow()));
		assertThat(ex.getMessage()).startsWith("GET /_security/_authenticate: TLS with Elasticsearch failed, tried ["
				+ node.uri() + "]: ")
			.contains("the server's certificate is not trusted by the CA file '" + otherCa.toAbsolutePath() + "'");
	}

	@Test
	void noCaIsRejectedNamingTheDefaultTrustStore() {
		ConnectionException ex = failure(ConnectionSettings.builder().hosts(node.uris())
			.basicAuth(node.username().orElseThrow(), node.password().orElseThrow()));
		assertThat(ex.getMessage()).contains("TLS with Elasticsearch failed")
			.contains("not trusted by the JVM's default trust store");
	}

	@Test
	void hostNameIsVerifiedByDefault() throws IOException {
		InetSocketAddress target = new InetSocketAddress(node.uri().getHost(), node.uri().getPort());
		try (TcpForwarder forwarder = forwarder(target)) {
			String other = "https://127.0.0.2:" + forwarder.port();
			ConnectionException ex = failure(basic().hosts(other));
			assertThat(ex.getMessage()).startsWith("GET /_security/_authenticate: TLS with Elasticsearch failed, tried ["
					+ other + "]: ")
				.contains("127.0.0.2")
				.contains("the server's certificate does not name the host connected to");
			assertThat(authenticate(basic().hosts(other).verifyHostnames(false)))
				.containsEntry("username", node.username().orElseThrow());
		}
	}

	@Test
	void nameInTheCertificateOtherThanTheConfiguredOneWorks() {
		String localhost = "https://localhost:" + node.uri().getPort();
		assertThat(authenticate(basic().hosts(localhost))).containsEntry("username", node.username().orElseThrow());
	}

	@Test
	void wrongPasswordIsATypedAuthenticationFailureWithoutTheSecret() {
		AuthenticationException ex = authenticationFailure(
				secured().basicAuth(node.username().orElseThrow(), "wrong-password-31c7"));
		assertThat(ex.status()).isEqualTo(401);
		assertThat(ex.host()).isEqualTo(node.uri().toString());
		assertThat(ex.getMessage()).startsWith("GET /_security/_authenticate: authentication failed on " + node.uri()
				+ " with basic auth as user '" + node.username().orElseThrow() + "' (status 401: security_exception - ")
			.endsWith("; check the connection's credentials")
			.doesNotContain("wrong-password-31c7");
	}

	@Test
	void wrongApiKeyAndBearerTokenAreAuthenticationFailures() {
		AuthenticationException apiKey = authenticationFailure(secured().apiKey("no-such-id", "no-such-key-8d2f"));
		assertThat(apiKey.getMessage()).contains("authentication failed on " + node.uri() + " with an API key (status 401")
			.doesNotContain("no-such-key-8d2f");
		AuthenticationException bearer = authenticationFailure(secured().bearerToken("no-such-token-4a1e"));
		assertThat(bearer.getMessage()).contains(" with a bearer token (status 401").doesNotContain("no-such-token-4a1e");
		AuthenticationException none = authenticationFailure(secured());
		assertThat(none.getMessage()).contains(" with no credentials (status 401");
	}

	@Test
	@SuppressWarnings("unchecked")
	void apiKeyLogsInInBothForms() {
		// API keys live in the security index, whose mapping needs the analysis-common module
		ElasticsearchCapabilities.of(node).assumeModule("analysis-common");
		Map<String, Object> key;
		try (Connection admin = Connection.create(basic().build())) {
			key = admin.perform(RawRequest.post("/_security/api_key").body(Map.of("name", "esdsl-it", "expiration",
					"1h"))).bodyAsMap();
		}
		Map<String, Object> encoded = authenticate(secured().apiKey((String) key.get("encoded")));
		Map<String, Object> pair = authenticate(secured().apiKey((String) key.get("id"), (String) key.get("api_key")));
		assertThat(encoded).containsEntry("authentication_type", "api_key");
		assertThat(pair).containsEntry("authentication_type", "api_key");
		assertThat((Map<String, Object>) encoded.get("api_key")).containsEntry("id", key.get("id"));
	}

	private static ConnectionSettings.Builder secured() {
		return ConnectionSettings.builder().hosts(node.uris()).caCertificate(node.caCertificate().orElseThrow())
			.maxRetries(0);
	}

	private static ConnectionSettings.Builder basic() {
		return secured().basicAuth(node.username().orElseThrow(), node.password().orElseThrow());
	}

	private static Map<String, Object> authenticate(ConnectionSettings.Builder settings) {
		try (Connection connection = Connection.create(settings.build())) {
			return connection.perform(RawRequest.get("/_security/_authenticate")).bodyAsMap();
		}
	}

	private static ConnectionException failure(ConnectionSettings.Builder settings) {
		try (Connection connection = Connection.create(settings.maxRetries(0).build())) {
			ConnectionException ex = catchThrowableOfType(ConnectionException.class,
					() -> connection.perform(RawRequest.get("/_security/_authenticate")));
			assertThat(ex).as("the request should have failed").isNotNull();
			return ex;
		}
	}

	private static AuthenticationException authenticationFailure(ConnectionSettings.Builder settings) {
		try (Connection connection = Connection.create(settings.build())) {
			AuthenticationException ex = catchThrowableOfType(AuthenticationException.class,
					() -> connection.perform(RawRequest.get("/_security/_authenticate")));
			assertThat(ex).as("the request should have failed with a 401").isNotNull();
			return ex;
		}
	}

	private static TcpForwarder forwarder(InetSocketAddress target) {
		try {
			return TcpForwarder.listen("127.0.0.2", target);
		}
		catch (IOException ex) {
			Assumptions.abort("needs a second loopback address (127.0.0.2) to reach the node under a name its "
					+ "certificate does not hold: " + ex.getMessage());
			throw new AssertionError(ex);
		}
	}

	private static List<X509Certificate> nodeChain() throws Exception {
		Path node = SecuredConnectionIT.node.caCertificate().orElseThrow().resolveSibling("node.crt");
		try (InputStream in = Files.newInputStream(node)) {
			List<X509Certificate> chain = new ArrayList<>();
			CertificateFactory.getInstance("X.509").generateCertificates(in)
				.forEach((certificate) -> chain.add((X509Certificate) certificate));
			return chain;
		}
	}

	private static String fingerprint(X509Certificate certificate) throws Exception {
		return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
	}

	private static X509Certificate certificate(Path pem) throws Exception {
		try (InputStream in = Files.newInputStream(pem)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
	}

	/** A CA certificate of its own, made by the JDK's keytool. */
	private static Path otherCa() throws IOException, InterruptedException {
		Path pem = dir.resolve("other-ca.pem");
		if (!Files.exists(pem)) {
			keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
					"CN=Other CA", "-ext", "bc:c", "-validity", "2", "-keystore", "other-ca.p12");
			keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "other-ca.p12", "-file", "other-ca.pem");
		}
		return pem;
	}

	private static void keytool(String... args) throws IOException, InterruptedException {
		Keytool.run(dir, args);
	}

}
