package io.github.esdsl.index.management;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.index.Index;
import io.github.esdsl.index.management.MigrationDocuments.PostV2;

/**
 * The JVM a migration test kills midway: migrates an alias to {@link PostV2} with small batches
 * and a short lock expiry. Arguments: the node's URI and the alias; credentials, when the node has
 * them, come in the environment ({@code ESDSL_TEST_USER}, {@code ESDSL_TEST_PASSWORD},
 * {@code ESDSL_TEST_CA}).
 */
public final class MigrationChild {

	private MigrationChild() {
	}

	/**
	 * Runs the migration.
	 * @param args the node's URI and the alias
	 */
	public static void main(String[] args) {
		try (Connection connection = MigrationNodes.connect(List.of(URI.create(args[0])),
				Optional.ofNullable(System.getenv("ESDSL_TEST_USER")),
				Optional.ofNullable(System.getenv("ESDSL_TEST_PASSWORD")),
				Optional.ofNullable(System.getenv("ESDSL_TEST_CA")).map(Path::of))) {
			new Migrator(connection).owner("child-jvm")
				.batchSize(50)
				.lockExpiry(Duration.ofSeconds(3))
				.copyMethod(Migrator.CopyMethod.CLIENT)
				.migrate(Index.of(PostV2.class).clone(args[1]));
		}
	}

}
