package io.github.esdsl.connection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the JDK's {@code keytool} on PKCS12 stores with the password {@code changeit}, for tests
 * that make their own certificates.
 */
final class Keytool {

	private Keytool() {
	}

	/**
	 * Runs keytool in a folder.
	 * @param dir the working folder (stores and exported files are relative to it)
	 * @param args keytool's arguments, without the store type and password
	 * @throws IOException when keytool cannot be started
	 * @throws InterruptedException when interrupted while waiting
	 * @throws IllegalStateException when keytool fails, with its output
	 */
	static void run(Path dir, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of(args));
		command.addAll(List.of("-storetype", "PKCS12", "-storepass", "changeit", "-noprompt"));
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("keytool " + List.of(args) + " failed: " + output);
		}
	}

}
