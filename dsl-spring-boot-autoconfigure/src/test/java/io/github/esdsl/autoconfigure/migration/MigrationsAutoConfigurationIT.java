package io.github.esdsl.autoconfigure.migration;

import java.util.List;
import java.util.Map;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.DocumentIndexAutoConfiguration;
import io.github.esdsl.autoconfigure.migration.samples.Ticket;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.index.management.MigrationPlan;
import io.github.esdsl.index.management.MigrationResult;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DocumentMigrations} in an application against the real node: a bean to call that never
 * runs at startup unless asked, and the {@code migrations} endpoint.
 */
@WithElasticsearch
class MigrationsAutoConfigurationIT {

	private static Connection admin;

	private static String url;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class, MigrationsAutoConfiguration.class));

	@BeforeAll
	static void connect(ElasticsearchEndpoint endpoint) {
		url = endpoint.uri().toString();
		admin = Connection.create(ConnectionSettings.of(url));
	}

	@AfterAll
	static void close() {
		admin.close();
	}

	@BeforeEach
	void clean() {
		admin.perform(RawRequest.delete("/esdsl-migration-tickets-0*").param("expand_wildcards", "all").ignore(404));
		admin.perform(RawRequest.delete("/_index_template/esdsl-migration-tickets-versions").ignore(404));
		admin.perform(RawRequest.delete("/esdsl-migrations/_doc/state-esdsl-migration-tickets").ignore(404));
	}

	private ApplicationContextRunner run(String... properties) {
		return this.contextRunner.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + url,
				"elasticsearch.dsl.index-management=none",
				"elasticsearch.dsl.documents.packages=" + Ticket.class.getPackageName())
			.withPropertyValues(properties);
	}

	@Test
	void migrationsAreABeanToCallAndNothingRunsAtStartup() {
		run().run((context) -> {
			assertThat(context).hasSingleBean(DocumentMigrations.class).doesNotHaveBean(MigrationsOnStartup.class);
			assertThat(admin.perform(RawRequest.head("/esdsl-migration-tickets").ignore(404)).status()).isEqualTo(404);
			DocumentMigrations migrations = context.getBean(DocumentMigrations.class);
			assertThat(migrations.getDocumentClasses()).containsExactly(Ticket.class);
			assertThat(migrations.plan(Ticket.class).action()).isEqualTo(MigrationPlan.Action.CREATE_FIRST_VERSION);
			assertThat(migrations.migrate(Ticket.class).outcome())
				.isEqualTo(MigrationResult.Outcome.FIRST_VERSION_CREATED);
			assertThat(migrations.migrate(Ticket.class).outcome()).isEqualTo(MigrationResult.Outcome.UP_TO_DATE);
			assertThat(context.getBean(MigrationsEndpoint.class).migrations()).isEmpty();
		});
	}

	@Test
	void migrationsRunAtStartupOnlyWhenAskedAndShowInTheEndpoint() {
		admin.perform(RawRequest.put("/esdsl-migration-tickets-000001")
			.body(Map.of("mappings", Map.of("properties", Map.of("subject", Map.of("type", "text"))), "aliases",
					Map.of("esdsl-migration-tickets", Map.of(), "esdsl-migration-tickets-write",
							Map.of("is_write_index", true)))));
		run("elasticsearch.dsl.migrations.on-startup=true").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(MigrationsOnStartup.class);
			Map<String, Map<String, Object>> shown = context.getBean(MigrationsEndpoint.class).migrations();
			assertThat(shown).containsOnlyKeys("esdsl-migration-tickets");
			assertThat(shown.get("esdsl-migration-tickets")).containsEntry("phase", "DONE")
				.containsEntry("from", "esdsl-migration-tickets-000001")
				.containsEntry("to", "esdsl-migration-tickets-000002")
				.containsEntry("copyMethod", "client")
				.containsEntry("failures", 0L);
			assertThat(admin.perform(RawRequest.get("/_alias/esdsl-migration-tickets")).bodyAsMap().keySet())
				.isEqualTo(java.util.Set.of("esdsl-migration-tickets-000002"));
			assertThat(List.copyOf(shown.keySet())).containsExactly("esdsl-migration-tickets");
		});
	}

}
