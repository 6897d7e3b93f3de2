package io.github.esdsl.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DistributionTest {

	@TempDir
	Path temp;

	@Test
	void missingZipSaysWhereItLookedAndHowToFixIt() {
		Map<String, String> properties = Map.of("maven.repo.local", this.temp.toString());
		Path expected = this.temp.resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch/"
				+ Distribution.VERSION + "/elasticsearch-" + Distribution.VERSION + ".zip");

		assertThatExceptionOfType(ElasticsearchStartupException.class)
			.isThrownBy(() -> Distribution.locateZip(properties::get))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.DISTRIBUTION_NOT_FOUND))
			.withMessageStartingWith("The Elasticsearch distribution was not found at " + expected + ". ")
			.withMessageContaining("Run the tests through Maven (./mvnw verify)")
			.withMessageContaining("-Desdsl.elasticsearch.zip=");
	}

	@Test
	void zipPropertyWinsOverTheLocalRepository() throws IOException {
		Path zip = Files.writeString(this.temp.resolve("es.zip"), "zip");

		assertThat(Distribution.locateZip(Map.of("esdsl.elasticsearch.zip", zip.toString(), "user.home", "/nowhere")::get))
			.isEqualTo(zip);
	}

	@Test
	void versionComesFromThePom() {
		assertThat(Distribution.VERSION).matches("\\d+\\.\\d+\\.\\d+");
	}

	@Test
	void javaOlderThan17IsRejectedWithItsVersionAndTheFix() throws IOException {
		Path javaHome = fakeJava("11.0.2");

		assertThatExceptionOfType(ElasticsearchStartupException.class)
			.isThrownBy(() -> Distribution.checkJava(javaHome))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.JAVA_TOO_OLD))
			.withMessageStartingWith("The Java at " + javaHome + " is version 11. Elasticsearch "
					+ Distribution.VERSION + " needs Java 17 or newer as ES_JAVA_HOME (the integ-test-zip bundles no JDK)");
	}

	@Test
	void legacyJavaVersionNumbersAreUnderstood() throws IOException {
		assertThat(Distribution.javaFeatureVersion(fakeJava("1.8.0_292"))).isEqualTo(8);
		assertThat(Distribution.javaFeatureVersion(fakeJava("21.0.1"))).isEqualTo(21);
	}

	@Test
	void folderWithoutJavaIsRejected() {
		assertThatExceptionOfType(ElasticsearchStartupException.class)
			.isThrownBy(() -> Distribution.checkJava(this.temp))
			.withMessageStartingWith("No java executable in " + this.temp);
	}

	@Test
	void runningJavaIsAccepted() {
		Path javaHome = Path.of(System.getProperty("java.home"));

		assertThat(Distribution.checkJava(javaHome)).isEqualTo(javaHome);
	}

	private Path fakeJava(String version) throws IOException {
		Path home = Files.createTempDirectory(this.temp, "jdk");
		Files.createDirectories(home.resolve("bin"));
		Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
		return home;
	}

}
