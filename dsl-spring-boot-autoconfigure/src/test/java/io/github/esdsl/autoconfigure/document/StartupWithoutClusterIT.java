package io.github.esdsl.autoconfigure.document;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.samples.blog.Post;
import io.github.esdsl.autoconfigure.health.ElasticsearchDslHealthContributorAutoConfiguration;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.test.ElasticsearchCluster;
import io.github.esdsl.test.EmbeddedElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts while nothing listens on the configured port: with fail-fast it stops
 * at once with the failure analyzer's explanation; without, it starts, reports DOWN, and puts
 * its templates once a node comes up on that port.
 */
class StartupWithoutClusterIT {

	private static final String PASSWORD = "Pa55-never-shown";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class, ElasticsearchDslHealthContributorAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.index-management=templates",
				"elasticsearch.dsl.documents.packages=" + Post.class.getPackageName(),
				"elasticsearch.dsl.connections.default.username=elastic",
				"elasticsearch.dsl.connections.default.password=" + PASSWORD);

	@Test
	void failFastStopsStartupWithTheAnalyzersExplanation() throws IOException {
		int port = freePort();
		String host = "http://127.0.0.1:" + port;
		ApplicationContextRunner runner = this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + host);
		Duration cold = timeToFailure(runner);
		Duration warm = timeToFailure(runner);
		System.out.println("Startup failure without a cluster (fail-fast, 3 retries): first start in the JVM "
				+ cold.toMillis() + " ms, second " + warm.toMillis() + " ms");
		assertThat(warm).isLessThan(Duration.ofSeconds(5));
		runner.run((context) -> {
			ClusterUnavailableException ex = find(context.getStartupFailure(), ClusterUnavailableException.class);
			assertThat(ex.getCause().getMessage()).contains(host);
			FailureAnalysis analysis = MalformedConfigurationTests.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("Elasticsearch of connection 'default' at [" + host
					+ "] could not be reached, but 'elasticsearch.dsl.index-management=templates' needs it at startup: "
					+ ex.getCause().getMessage());
			assertThat(analysis.getAction()).isEqualTo("Start Elasticsearch or correct "
					+ "'elasticsearch.dsl.connections.default.hosts'. To start without the cluster, set "
					+ "'elasticsearch.dsl.index-management=none' or 'elasticsearch.dsl.startup.fail-fast=false'.");
			assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(PASSWORD);
		});
	}

	private static Duration timeToFailure(ApplicationContextRunner runner) {
		long start = System.nanoTime();
		Duration[] took = new Duration[1];
		runner.run((context) -> {
			took[0] = Duration.ofNanos(System.nanoTime() - start);
			assertThat(context).hasFailed();
		});
		return took[0];
	}

	@Test
	void withoutFailFastTheAppStartsDownAndPutsItsTemplatesOnceTheClusterAppears() throws IOException {
		int port = freePort();
		String host = "http://127.0.0.1:" + port;
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + host,
					"elasticsearch.dsl.startup.fail-fast=false", "elasticsearch.dsl.startup.retry-interval=200ms",
					"elasticsearch.dsl.startup.max-retry-interval=1s", "elasticsearch.dsl.health.timeout=2s")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				HealthIndicator indicator = (HealthIndicator) context
					.getBean("elasticsearchDslHealthContributor", CompositeHealthContributor.class)
					.getContributor("default");
				Health down = indicator.health();
				assertThat(down.getStatus()).isEqualTo(Status.DOWN);
				assertThat(down.getDetails()).containsOnlyKeys("error");
				assertThat(down.getDetails().get("error").toString())
					.startsWith("io.github.esdsl.connection.ConnectionException: ")
					.contains(host);
				assertThat(down.toString()).doesNotContain(PASSWORD);

				try (ElasticsearchCluster node = EmbeddedElasticsearch.builder()
					.clusterName("esdsl-late-cluster")
					.httpPort(port)
					.start(); Connection admin = Connection.create(ConnectionSettings.of(host))) {
					long up = System.nanoTime();
					awaitTemplate(admin, "esdsl-blog-posts", Duration.ofSeconds(30));
					awaitTemplate(admin, "esdsl-blog-comments", Duration.ofSeconds(5));
					System.out.println("Templates created " + Duration.ofNanos(System.nanoTime() - up).toMillis()
							+ " ms after the node answered");
					Health health = indicator.health();
					assertThat(health.getStatus()).isEqualTo(Status.UP);
					assertThat(health.getDetails()).containsEntry("clusterName", "esdsl-late-cluster")
						.containsEntry("numberOfNodes", 1);
					assertThat(health.toString()).doesNotContain(PASSWORD);
				}
			});
	}

	private static void awaitTemplate(Connection admin, String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			int status = admin.perform(RawRequest.get("/_index_template/" + name).ignore(404)).status();
			if (status == 200) {
				return;
			}
			assertThat(System.nanoTime()).as("template %s not created within %s", name, timeout).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		return DocumentIndexAutoConfigurationTests.find(failure, type);
	}

}
