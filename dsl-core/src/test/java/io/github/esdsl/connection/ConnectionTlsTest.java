package io.github.esdsl.connection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * TLS against an in-process https server with certificates made by the JDK's keytool: CA file,
 * CA fingerprint, an SSLContext, and host name verification.
 */
class ConnectionTlsTest {

	private static final char[] PASSWORD = "changeit".toCharArray();

	@TempDir
	static Path dir;

	private static TestServer matching;

	private static TestServer mismatching;

	@BeforeAll
	static void startServers() throws Exception {
		keytool("-genkeypair", "-alias", "es", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
				"-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", "good.p12");
		keytool("-exportcert", "-rfc", "-alias", "es", "-keystore", "good.p12", "-file", "good.pem");
		keytool("-genkeypair", "-alias", "es", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
				"CN=other.example", "-ext", "SAN=dns:other.example", "-validity", "2", "-keystore", "other.p12");
		keytool("-exportcert", "-rfc", "-alias", "es", "-keystore", "other.p12", "-file", "other.pem");
		matching = TestServer.startTls(serverContext("good.p12"), (exchange, request) -> TestServer.json(exchange, 200,
				"{\"tls\":true}"));
		mismatching = TestServer.startTls(serverContext("other.p12"), (exchange, request) -> TestServer.json(exchange,
				200, "{\"tls\":true}"));
	}

	@AfterAll
	static void stopServers() {
		matching.close();
		mismatching.close();
	}

	@Test
	void caCertificateFileTrustsTheServer() {
		assertThat(get(settings(matching).caCertificate(dir.resolve("good.pem")))).isEqualTo("{\"tls\":true}");
	}

	@Test
	void caFingerprintTrustsTheServer() throws Exception {
		String fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(
				MessageDigest.getInstance("SHA-256").digest(certificate("good.p12").getEncoded()));
		assertThat(get(settings(matching).caFingerprint(fingerprint))).isEqualTo("{\"tls\":true}");
	}

	@Test
	void sslContextTrustsTheServer() throws Exception {
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(keyStore("good.p12"));
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		assertThat(get(settings(matching).sslContext(context))).isEqualTo("{\"tls\":true}");
	}

	@Test
	void wrongFingerprintIsRefused() {
		ConnectionException ex = failure(settings(matching).caFingerprint("00".repeat(32)));
		assertThat(ex.getMessage()).startsWith("GET /: TLS with Elasticsearch failed, tried [" + matching.uri() + "]");
		assertThat(causes(ex)).anyMatch((message) -> message.contains("caFingerprint"));
	}

	@Test
	void selfSignedServerIsNotTrustedByDefault() {
		ConnectionException ex = failure(settings(matching));
		assertThat(ex.getMessage()).startsWith("GET /: TLS with Elasticsearch failed, tried [" + matching.uri() + "]");
	}

	@Test
	void hostnameMismatchFailsUnlessVerificationIsTurnedOff() {
		ConnectionSettings.Builder settings = settings(mismatching).caCertificate(dir.resolve("other.pem"));
		ConnectionException ex = failure(settings);
		assertThat(ex.getMessage()).contains(mismatching.uri());
		assertThat(get(settings.verifyHostnames(false))).isEqualTo("{\"tls\":true}");
	}

	@Test
	void fingerprintStillChecksTheHostName() throws Exception {
		String fingerprint = HexFormat.of().formatHex(
				MessageDigest.getInstance("SHA-256").digest(certificate("other.p12").getEncoded()));
		failure(settings(mismatching).caFingerprint(fingerprint));
		assertThat(get(settings(mismatching).caFingerprint(fingerprint).verifyHostnames(false)))
			.isEqualTo("{\"tls\":true}");
	}

	private static ConnectionSettings.Builder settings(TestServer server) {
		return ConnectionSettings.builder().hosts(server.uri()).maxRetries(0);
	}

	private static String get(ConnectionSettings.Builder settings) {
		try (Connection connection = Connection.create(settings.build())) {
			return connection.perform(RawRequest.get("/")).bodyAsString();
		}
	}

	private static ConnectionException failure(ConnectionSettings.Builder settings) {
		try (Connection connection = Connection.create(settings.build())) {
			ConnectionException ex = catchThrowableOfType(ConnectionException.class,
					() -> connection.perform(RawRequest.get("/")));
			assertThat(ex).as("the request should have failed").isNotNull();
			return ex;
		}
	}

	private static List<String> causes(Throwable throwable) {
		List<String> messages = new ArrayList<>();
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			messages.add(String.valueOf(cause.getMessage()));
		}
		return messages;
	}

	private static SSLContext serverContext(String keystore) throws Exception {
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(keyStore(keystore), PASSWORD);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), null, null);
		return context;
	}

	private static KeyStore keyStore(String name) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(dir.resolve(name))) {
			store.load(in, PASSWORD);
		}
		return store;
	}

	private static X509Certificate certificate(String keystore) throws Exception {
		return (X509Certificate) keyStore(keystore).getCertificate("es");
	}

	private static void keytool(String... args) throws IOException, InterruptedException {
		Keytool.run(dir, args);
	}

}
