package io.github.esdsl.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The last lines of a node's output, for error messages.
 */
final class LogTail {

	static final int LINES = 40;

	private LogTail() {
	}

	/**
	 * Return the last {@value #LINES} lines of {@code text}.
	 */
	static String of(String text) {
		List<String> lines = text.lines().toList();
		int from = Math.max(0, lines.size() - LINES);
		return String.join("\n", lines.subList(from, lines.size()));
	}

	/**
	 * Return the last {@value #LINES} lines of {@code file}, or a note when it cannot be read.
	 */
	static String of(Path file) {
		try {
			if (!Files.exists(file)) {
				return "(no output: " + file + " does not exist)";
			}
			byte[] bytes = Files.readAllBytes(file);
			int start = Math.max(0, bytes.length - 64 * 1024);
			String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
			return text.isBlank() ? "(no output yet in " + file + ")" : of(text);
		}
		catch (IOException ex) {
			return "(could not read " + file + ": " + ex.getMessage() + ")";
		}
	}

}
