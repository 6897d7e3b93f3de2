package io.github.esdsl.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FoldersTest {

	@TempDir
	Path temp;

	@Test
	void unpackMakesFilesInBinExecutableAndOthersReadable() throws IOException {
		Path zip = zip("es/bin/elasticsearch", "es/config/elasticsearch.yml");

		Folders.unpack(zip, this.temp.resolve("out"));

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.temp.resolve("out/es/bin/elasticsearch"))))
			.isEqualTo("rwxr-xr-x");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.temp.resolve("out/es/config/elasticsearch.yml"))))
			.isEqualTo("rw-r--r--");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.temp.resolve("out/es/config"))))
			.isEqualTo("rwxr-xr-x");
	}

	@Test
	void unpackRefusesEntriesOutsideTheTarget() throws IOException {
		Path zip = zip("../escape.txt");

		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> Folders.unpack(zip, this.temp.resolve("out")))
			.withMessageContaining("Zip entry '../escape.txt'");
		assertThat(this.temp.resolve("escape.txt")).doesNotExist();
	}

	@Test
	void copyAndDeleteWholeTrees() throws IOException {
		Files.createDirectories(this.temp.resolve("a/b"));
		Files.writeString(this.temp.resolve("a/b/c.txt"), "c");

		Folders.copy(this.temp.resolve("a"), this.temp.resolve("copy"));
		Folders.deleteRecursively(this.temp.resolve("a"));

		assertThat(this.temp.resolve("copy/b/c.txt")).hasContent("c");
		assertThat(this.temp.resolve("a")).doesNotExist();
	}

	private Path zip(String... entries) throws IOException {
		Path zip = this.temp.resolve("test.zip");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zipOut.putNextEntry(new ZipEntry(entry));
				zipOut.write(entry.getBytes(StandardCharsets.UTF_8));
				zipOut.closeEntry();
			}
		}
		return zip;
	}

}
