package io.github.esdsl.index.management;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.index.Index;
import io.github.esdsl.index.management.MigrationDocuments.PostV1;
import io.github.esdsl.index.management.MigrationDocuments.PostV2;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.persistence.Refresh;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations on the real node: dry run, a migration killed midway and resumed, rollback, and two
 * concurrent callers.
 */
@WithElasticsearch
class MigrationIT {

	private static ElasticsearchEndpoint endpoint;

	private static Connection connection;

	@BeforeAll
	static void connect(ElasticsearchEndpoint node) {
		endpoint = node;
		connection = MigrationNodes.connect(node);
	}

	@AfterAll
	static void close() {
		connection.close();
	}

	private static VersionedIndex load(String alias, int documents) {
		MigrationNodes.clean(connection, alias);
		VersionedIndex names = new VersionedIndex(alias);
		assertThat(new Migrator(connection).migrate(Index.of(PostV1.class).clone(alias)).outcome())
			.isEqualTo(MigrationResult.Outcome.FIRST_VERSION_CREATED);
		new DocumentOperations(connection).on(names.writeAlias())
			.bulk(IntStream.range(0, documents).mapToObj((i) -> new PostV1("p-" + i, "post number " + i, 1)),
					BulkOptions.defaults().batchSize(2000).refresh(Refresh.TRUE));
		return names;
	}

	@Test
	void dryRunPrintsThePlanAndWritesNothing() {
		VersionedIndex names = load("migration-dry-run", 10);
		MigrationPlan plan = new Migrator(connection).copyMethod(Migrator.CopyMethod.CLIENT)
			.plan(Index.of(PostV2.class).clone(names.readAlias()));
		assertThat(plan.action()).isEqualTo(MigrationPlan.Action.MIGRATE);
		assertThat(plan.from()).isEqualTo("migration-dry-run-000001");
		assertThat(plan.to()).isEqualTo("migration-dry-run-000002");
		assertThat(plan.changes()).containsExactly(
				"breaking: field 'title' is {type=text} in migration-dry-run-000001 but {type=keyword} in the definition",
				"additive: field 'title.text' {type=text} is new");
		assertThat(plan.steps()).hasSize(6);
		assertThat(plan.steps().get(3)).isEqualTo("copy migration-dry-run-000001 -> migration-dry-run-000002: "
				+ "client-side copy (point in time + search_after + bulk create)");
		assertThat(plan.toString()).startsWith("Migration plan for 'migration-dry-run' (write alias "
				+ "'migration-dry-run-write'): MIGRATE from 'migration-dry-run-000001' to 'migration-dry-run-000002'");
		assertThat(connection.perform(RawRequest.head("/migration-dry-run-000002").ignore(404)).status()).isEqualTo(404);
		assertThat(new Migrator(connection).plan(Index.of(PostV1.class).clone(names.readAlias())).action())
			.isEqualTo(MigrationPlan.Action.UP_TO_DATE);
	}

	@Test
	void migrationKilledMidwayIsResumedByANewCallThenRolledBack() throws Exception {
		VersionedIndex names = load("migration-killed", 20_000);
		Migrator migrator = new Migrator(connection).copyMethod(Migrator.CopyMethod.CLIENT);
		Process child = startChild(names.readAlias());
		MigrationState atKill = null;
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline) && child.isAlive()) {
			MigrationState state = migrator.status(names.readAlias()).orElse(null);
			if (state != null && state.phase() == MigrationPhase.WRITES_MOVED && state.copied() >= 2000) {
				atKill = state;
				break;
			}
			Thread.sleep(50);
		}
		child.destroyForcibly().waitFor();
		assertThat(atKill).as("the child JVM was killed during the copy").isNotNull();
		assertThat(atKill.copied()).isLessThan(20_000);
		assertThat(migrator.status(names.readAlias()).orElseThrow().phase()).isEqualTo(MigrationPhase.WRITES_MOVED);
		assertThat(MigrationNodes.indicesOf(connection, names.readAlias())).containsExactly(names.version(1));

		MigrationResult resumed = migrateWhenUnlocked(migrator, Index.of(PostV2.class).clone(names.readAlias()));
		assertThat(resumed.outcome()).isEqualTo(MigrationResult.Outcome.MIGRATED);
		assertThat(resumed.state().phase()).isEqualTo(MigrationPhase.DONE);
		assertThat(resumed.state().copied() + resumed.state().superseded()).isEqualTo(20_000);
		assertThat(resumed.state().superseded()).isGreaterThanOrEqualTo(atKill.copied());
		assertThat(MigrationNodes.indicesOf(connection, names.readAlias())).containsExactly(names.version(2));
		assertThat(MigrationNodes.count(connection, names.readAlias())).isEqualTo(20_000);
		assertThat(MigrationNodes.titleMapping(connection, names.version(2)))
			.isEqualTo(Map.of("type", "keyword", "fields", Map.of("text", Map.of("type", "text"))));

		MigrationState rolledBack = migrator.rollback(names.readAlias());
		assertThat(rolledBack.phase()).isEqualTo(MigrationPhase.ROLLED_BACK);
		assertThat(MigrationNodes.indicesOf(connection, names.readAlias())).containsExactly(names.version(1));
		assertThat(MigrationNodes.indicesOf(connection, names.writeAlias())).containsExactly(names.version(1));
		new DocumentOperations(connection).on(names.writeAlias()).save(new PostV1("after-rollback", "x", 1));
		assertThat(connection.perform(RawRequest.get("/" + names.version(1) + "/_doc/after-rollback")).status())
			.isEqualTo(200);
	}

	private static MigrationResult migrateWhenUnlocked(Migrator migrator, Index index) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			try {
				return migrator.migrate(index);
			}
			catch (MigrationLockedException ex) {
				assertThat(ex.owner()).isEqualTo("child-jvm");
				if (Instant.now().isAfter(deadline)) {
					throw ex;
				}
				Thread.sleep(500);
			}
		}
	}

	private static Process startChild(String alias) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				MigrationChild.class.getName(), endpoint.uri().toString(), alias).inheritIO();
		endpoint.username().ifPresent((user) -> builder.environment().put("ESDSL_TEST_USER", user));
		endpoint.password().ifPresent((password) -> builder.environment().put("ESDSL_TEST_PASSWORD", password));
		endpoint.caCertificate().ifPresent((ca) -> builder.environment().put("ESDSL_TEST_CA", ca.toString()));
		return builder.start();
	}

	@Test
	void twoConcurrentCallersMakeOneMigration() throws Exception {
		VersionedIndex names = load("migration-concurrent", 5000);
		CyclicBarrier start = new CyclicBarrier(2);
		List<Object> outcomes = new CopyOnWriteArrayList<>();
		List<Thread> callers = new ArrayList<>();
		for (String owner : List.of("first", "second")) {
			Thread caller = new Thread(() -> {
				try {
					start.await();
					outcomes.add(new Migrator(connection).owner(owner)
						.migrate(Index.of(PostV2.class).clone(names.readAlias()))
						.outcome());
				}
				catch (MigrationLockedException ex) {
					outcomes.add("locked");
				}
				catch (Exception ex) {
					outcomes.add(ex);
				}
			});
			caller.start();
			callers.add(caller);
		}
		for (Thread caller : callers) {
			caller.join();
		}
		assertThat(outcomes).hasSize(2).containsOnlyOnce(MigrationResult.Outcome.MIGRATED);
		assertThat(outcomes).allMatch((o) -> o == MigrationResult.Outcome.MIGRATED || "locked".equals(o)
				|| o == MigrationResult.Outcome.UP_TO_DATE);
		assertThat(connection.perform(RawRequest.head("/" + names.version(3)).ignore(404)).status()).isEqualTo(404);
		assertThat(MigrationNodes.indicesOf(connection, names.readAlias())).containsExactly(names.version(2));
		assertThat(MigrationNodes.count(connection, names.readAlias())).isEqualTo(5000);
	}

}
