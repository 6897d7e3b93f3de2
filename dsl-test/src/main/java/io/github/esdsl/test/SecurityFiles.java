package io.github.esdsl.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The certificates and file-realm users of a secured cluster, made by the distribution's own
 * {@code bin/elasticsearch-certutil} and {@code bin/elasticsearch-users}.
 */
final class SecurityFiles {

	static final String CA_CERTIFICATE = "ca.crt";

	static final String NODE_CERTIFICATE = "node.crt";

	static final String NODE_KEY = "node.key";

	private final Path certificates;

	private final Path users;

	private SecurityFiles(Path certificates, Path users) {
		this.certificates = certificates;
		this.users = users;
	}

	/**
	 * Make a CA, a node certificate for {@code 127.0.0.1} and {@code localhost} signed by it,
	 * and a superuser, below {@code directory}. Certificates already there are kept.
	 */
	static SecurityFiles create(Distribution distribution, Path directory, String username, String password) {
		Path certificates = directory.resolve("certs");
		Path usersConfig = directory.resolve("users-config");
		try {
			Folders.createDirectories(certificates);
			Folders.deleteRecursively(usersConfig);
			Folders.copy(distribution.home().resolve("config"), usersConfig);
			CompletableFuture<Void> users = CompletableFuture.runAsync(() -> distribution.runTool(usersConfig,
					"elasticsearch-users", List.of("useradd", username, "-p", password, "-r", "superuser")));
			if (!Files.exists(certificates.resolve(NODE_KEY))) {
				createCertificates(distribution, usersConfig, certificates);
			}
			users.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare certificates in " + certificates + ": " + ex.getMessage(),
					ex);
		}
		return new SecurityFiles(certificates, usersConfig);
	}

	private static void createCertificates(Distribution distribution, Path config, Path certificates)
			throws IOException {
		Path caZip = certificates.resolve("ca.zip");
		Path nodeZip = certificates.resolve("node.zip");
		Files.deleteIfExists(caZip);
		Files.deleteIfExists(nodeZip);
		distribution.runTool(config, "elasticsearch-certutil",
				List.of("ca", "--pem", "--silent", "--days", "3650", "--out", caZip.toString()));
		Path unpacked = certificates.resolve("unpacked");
		Folders.unpack(caZip, unpacked);
		Path caCertificate = unpacked.resolve("ca").resolve("ca.crt");
		Path caKey = unpacked.resolve("ca").resolve("ca.key");
		distribution.runTool(config, "elasticsearch-certutil",
				List.of("cert", "--pem", "--silent", "--days", "3650", "--ca-cert", caCertificate.toString(),
						"--ca-key", caKey.toString(), "--ip", NodeSettings.LOOPBACK + ",::1", "--dns", "localhost",
						"--name", "node", "--out", nodeZip.toString()));
		Folders.unpack(nodeZip, unpacked);
		Files.copy(caCertificate, certificates.resolve(CA_CERTIFICATE), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(caKey, certificates.resolve("ca.key"), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(unpacked.resolve("node").resolve("node.crt"), certificates.resolve(NODE_CERTIFICATE),
				StandardCopyOption.REPLACE_EXISTING);
		Files.copy(unpacked.resolve("node").resolve("node.key"), certificates.resolve(NODE_KEY),
				StandardCopyOption.REPLACE_EXISTING);
		Folders.deleteRecursively(unpacked);
		Files.delete(caZip);
		Files.delete(nodeZip);
	}

	/**
	 * Copy the certificates and user files into a node's configuration folder.
	 */
	void installInto(Path nodeConfig) throws IOException {
		Path target = nodeConfig.resolve("certs");
		Folders.createDirectories(target);
		for (String file : List.of(CA_CERTIFICATE, NODE_CERTIFICATE, NODE_KEY)) {
			Files.copy(this.certificates.resolve(file), target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		for (String file : List.of("users", "users_roles")) {
			Files.copy(this.users.resolve(file), nodeConfig.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return "esdsl-" + HexFormat.of().formatHex(bytes);
	}

	Path caCertificate() {
		return this.certificates.resolve(CA_CERTIFICATE);
	}

}
