package io.github.esdsl.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * SSL contexts trusting the CA certificates of a PEM file.
 */
final class Pem {

	private Pem() {
	}

	static SSLContext trusting(Path caCertificate) {
		try (InputStream in = Files.newInputStream(caCertificate)) {
			Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
				.generateCertificates(in);
			if (certificates.isEmpty()) {
				throw new IllegalArgumentException("CA certificate file " + caCertificate
						+ " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
			}
			KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
			trustStore.load(null, null);
			int index = 0;
			for (Certificate certificate : certificates) {
				trustStore.setCertificateEntry("ca-" + index++, certificate);
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trustStore);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("Could not read CA certificate file " + caCertificate
					+ " as PEM X.509 certificates: " + ex.getMessage(), ex);
		}
	}

	static SSLContext defaultContext() {
		try {
			return SSLContext.getDefault();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JVM has no default SSL context: " + ex.getMessage(), ex);
		}
	}

}
