package io.github.esdsl.autoconfigure.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.test.ElasticsearchCluster;
import io.github.esdsl.test.EmbeddedElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health contributor against a node of its own, which it hangs and stops.
 */
class ElasticsearchDslHealthIT {

	private static ElasticsearchCluster cluster;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				ElasticsearchDslHealthContributorAutoConfiguration.class));

	@BeforeAll
	static void start() {
		cluster = EmbeddedElasticsearch.builder().clusterName("esdsl-health-it").start();
	}

	@AfterAll
	static void stop() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void healthIsUpThenDownWithinItsTimeoutWhenTheNodeHangsThenStops() {
		this.contextRunner
			.withPropertyValues("elasticsearch.dsl.connections.default.hosts=" + cluster.endpoint().uri(),
					"elasticsearch.dsl.connections.default.max-retries=0", "elasticsearch.dsl.health.timeout=2s")
			.run((context) -> {
				HealthIndicator indicator = (HealthIndicator) context
					.getBean("elasticsearchDslHealthContributor", CompositeHealthContributor.class)
					.getContributor("default");
				Health up = indicator.health();
				assertThat(up.getStatus()).isEqualTo(Status.UP);
				assertThat(up.getDetails()).containsEntry("clusterName", "esdsl-health-it")
					.containsEntry("numberOfNodes", 1)
					.containsKeys("status", "activeShardsPercent");

				signal("STOP");
				try {
					long start = System.nanoTime();
					Health hung = indicator.health();
					Duration took = Duration.ofNanos(System.nanoTime() - start);
					assertThat(hung.getStatus()).isEqualTo(Status.DOWN);
					assertThat(hung.getDetails()).containsEntry("error", "No answer from the cluster within PT2S");
					assertThat(took).isLessThan(Duration.ofSeconds(4));
				}
				finally {
					signal("CONT");
				}
				assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

				cluster.stopNode(0);
				long start = System.nanoTime();
				Health down = indicator.health();
				assertThat(down.getStatus()).isEqualTo(Status.DOWN);
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
			});
	}

	/**
	 * Signals the node's process and its descendants (the launcher starts the server JVM as a child).
	 */
	private static void signal(String signal) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(cluster.pid(0))));
		ProcessHandle.of(cluster.pid(0))
			.orElseThrow()
			.descendants()
			.forEach((child) -> command.add(Long.toString(child.pid())));
		Process kill = new ProcessBuilder(command).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
	}

}
