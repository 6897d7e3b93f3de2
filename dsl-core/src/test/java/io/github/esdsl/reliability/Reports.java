package io.github.esdsl.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the figures of a reliability test to {@code target/reliability/<name>.txt} (and the
 * console), so that they can be quoted.
 */
final class Reports {

	private Reports() {
	}

	static void write(String name, String text) {
		String report = "# " + name + ", " + Instant.now() + "\n" + text + (text.endsWith("\n") ? "" : "\n");
		System.out.print(report);
		try {
			Path folder = Path.of("target", "reliability");
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(name + ".txt"), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report " + name + ": " + ex.getMessage(), ex);
		}
	}

}
