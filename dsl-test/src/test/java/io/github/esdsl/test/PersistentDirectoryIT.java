package io.github.esdsl.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A node of one's own, as an application starts it, keeps its data in its directory across
 * restarts.
 */
class PersistentDirectoryIT {

	@Test
	void dataSurvivesARestartInTheSameDirectory() throws IOException {
		Path directory = Path.of("target", "persistent-it-" + System.nanoTime());
		try {
			try (ElasticsearchCluster first = EmbeddedElasticsearch.builder().directory(directory).start()) {
				assertThat(first.clusterName()).isEqualTo("esdsl");
				assertThat(first.directory(0)).isEqualTo(directory.resolve("node-0").toAbsolutePath());
				assertThat(new HttpCalls(first.endpoint()).send("PUT", "/books/_doc/1?refresh=true",
						"{\"title\":\"Kept\"}").status()).isEqualTo(201);
			}
			try (ElasticsearchCluster second = EmbeddedElasticsearch.builder().directory(directory).start()) {
				HttpCalls.Response book = new HttpCalls(second.endpoint()).get("/books/_doc/1");

				assertThat(book.status()).isEqualTo(200);
				assertThat(book.body()).contains("\"_source\":{\"title\":\"Kept\"}");
			}
		}
		finally {
			Folders.deleteRecursively(directory);
		}
	}

	@Test
	void directoryTheUnprivilegedUserCannotReachIsRejectedWhenRunningAsRoot() throws IOException {
		assumeTrue(RunAs.isRoot(), "only root hands nodes to uid 65534");
		Path privateFolder = Files.createTempDirectory("esdsl-private");
		try {
			assertThatExceptionOfType(ElasticsearchStartupException.class)
				.isThrownBy(() -> EmbeddedElasticsearch.builder().directory(privateFolder.resolve("data")).start())
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.ENVIRONMENT))
				.withMessageContaining("that uid cannot enter " + privateFolder + " (permissions rwx------)");
		}
		finally {
			Folders.deleteRecursively(privateFolder);
		}
	}

}
