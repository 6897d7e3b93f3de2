package io.github.esdsl.connection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;

/**
 * The TLS setup of a connection: which certificates are trusted and whether host names are checked.
 */
final class TlsSupport {

	private TlsSupport() {
	}

	/**
	 * The TLS strategy for the settings.
	 * @param settings the settings
	 * @return the strategy
	 * @throws IllegalArgumentException when the CA file cannot be read
	 */
	static TlsStrategy strategy(ConnectionSettings settings) {
		ClientTlsStrategyBuilder builder = ClientTlsStrategyBuilder.create().setSslContext(sslContext(settings));
		// the client checks the name itself: JSSE's built-in check alone lets IP hosts through
		if (settings.verifyHostnames()) {
			builder.setHostVerificationPolicy(HostnameVerificationPolicy.BOTH)
				.setHostnameVerifier(HttpsSupport.getDefaultHostnameVerifier());
		}
		else {
			builder.setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
				.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
		}
		return builder.buildAsync();
	}

	/**
	 * What to do about a failed TLS handshake: an untrusted certificate names the trust setting in
	 * use, a certificate for another host the host name check.
	 * @param failure the TLS failure
	 * @param settings the settings
	 * @return the hint, starting with {@code "; "}, or empty
	 */
	static String hint(Throwable failure, ConnectionSettings settings) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		String text = messages.toString();
		if (text.contains("subject alternative names") || text.contains("No name matching")) {
			return "; the server's certificate does not name the host connected to: connect with a host name or "
					+ "IP address the certificate holds (verifyHostnames(false) turns the check off, letting any "
					+ "holder of a trusted certificate impersonate the cluster)";
		}
		if (text.contains("PKIX") || text.contains("caFingerprint") || text.contains("certification path")) {
			return "; the server's certificate is not trusted by " + trustSource(settings)
					+ ": configure the cluster's CA with caCertificate (PEM file), caFingerprint or sslContext";
		}
		return "";
	}

	private static String trustSource(ConnectionSettings settings) {
		if (settings.sslContext() != null) {
			return "the configured sslContext";
		}
		if (settings.caCertificate() != null) {
			return "the CA file '" + settings.caCertificate().toAbsolutePath() + "'";
		}
		if (settings.caFingerprint() != null) {
			return "the configured caFingerprint";
		}
		return "the JVM's default trust store (no caCertificate, caFingerprint or sslContext is set)";
	}

	static SSLContext sslContext(ConnectionSettings settings) {
		try {
			if (settings.sslContext() != null) {
				return settings.sslContext();
			}
			if (settings.caCertificate() != null) {
				return withTrustManagers(trustManagers(settings.caCertificate()));
			}
			if (settings.caFingerprint() != null) {
				return withTrustManagers(new TrustManager[] { new FingerprintTrustManager(settings.caFingerprint()) });
			}
			return SSLContext.getDefault();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot set up TLS: " + ex.getMessage(), ex);
		}
	}

	private static SSLContext withTrustManagers(TrustManager[] trustManagers) throws GeneralSecurityException {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trustManagers, null);
		return context;
	}

	private static TrustManager[] trustManagers(Path pemFile) throws GeneralSecurityException {
		Collection<? extends Certificate> certificates;
		try (InputStream in = Files.newInputStream(pemFile)) {
			certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
		}
		catch (IOException | CertificateException ex) {
			throw new IllegalArgumentException("Cannot read the CA certificate file '" + pemFile.toAbsolutePath()
					+ "': " + ex.getMessage() + "; expected one or more PEM certificates", ex);
		}
		if (certificates.isEmpty()) {
			throw new IllegalArgumentException(
					"The CA certificate file '" + pemFile.toAbsolutePath() + "' holds no certificate");
		}
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		try {
			store.load(null, null);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		int index = 0;
		for (Certificate certificate : certificates) {
			store.setCertificateEntry("ca-" + index++, certificate);
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		return factory.getTrustManagers();
	}

	/**
	 * Trusts a chain when one of its certificates has the given SHA-256 fingerprint and is within
	 * its validity period.
	 */
	static final class FingerprintTrustManager implements X509TrustManager {

		private final String fingerprint;

		FingerprintTrustManager(String fingerprint) {
			this.fingerprint = fingerprint;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			if (chain == null) {
				throw new CertificateException("The server sent no certificate");
			}
			for (X509Certificate certificate : chain) {
				if (fingerprint(certificate).equals(this.fingerprint)) {
					certificate.checkValidity();
					return;
				}
			}
			throw new CertificateException("No certificate of the server matches the configured caFingerprint "
					+ this.fingerprint + " (server sent " + chain.length + " certificate(s), first: "
					+ ((chain.length > 0) ? chain[0].getSubjectX500Principal() : "none") + ")"
					+ ((chain.length == 1) ? "; the server sends no CA certificate with its own, so a CA's "
							+ "fingerprint cannot match: use the fingerprint of the server's certificate, or "
							+ "caCertificate with the CA's PEM file" : ""));
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			throw new CertificateException("Client certificates are not checked by this trust manager");
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

		static String fingerprint(X509Certificate certificate) throws CertificateException {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
				return HexFormat.of().formatHex(digest);
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new CertificateException(ex);
			}
		}

	}

}
