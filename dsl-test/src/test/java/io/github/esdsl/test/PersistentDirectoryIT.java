package io.github.esdsl.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A node of one's own, as an application starts it, keeps its data in its directory.
 */
class PersistentDirectoryIT {

	@Test
	void closeKeepsTheDataInTheDirectory() throws IOException {
		Path directory = Path.of("target", "persistent-it-" + System.nanoTime());
		try {
			try (ElasticsearchCluster node = EmbeddedElasticsearch.builder().directory(directory).start()) {
				assertThat(node.clusterName()).isEqualTo("esdsl");
				assertThat(node.directory(0)).isEqualTo(directory.resolve("node-0").toAbsolutePath());
				assertThat(new HttpCalls(node.endpoint()).send("PUT", "/books/_doc/1?refresh=true",
						"{\"title\":\"Kept\"}").status()).isEqualTo(201);
			}
			// ClusterIT.stoppedNodeRejoinsWithItsData shows a node restarts on data it kept
			try (Stream<Path> indices = Files.list(directory.resolve("node-0/data/indices"))) {
				assertThat(indices).isNotEmpty();
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
