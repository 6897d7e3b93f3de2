package io.github.esdsl.health;

import java.time.Duration;
import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchDslHealthIndicatorTests {

	private static final String HEALTH = """
			{"cluster_name":"blog","status":"%s","number_of_nodes":3,"number_of_data_nodes":3,
			"active_shards_percent_as_number":87.5,"task_max_waiting_in_queue_millis":0}""";

	private FakeCluster cluster;

	private Connection connection;

	@BeforeEach
	void start() throws Exception {
		this.cluster = new FakeCluster();
		this.connection = Connection.create(ConnectionSettings.builder()
			.hosts(this.cluster.url())
			.basicAuth("elastic", "top-secret")
			.maxRetries(0)
			.build());
	}

	@AfterEach
	void stop() {
		this.connection.close();
		this.cluster.close();
	}

	@Test
	void healthIsUpWhenClusterIsGreen() {
		this.cluster.answer(200, HEALTH.formatted("green"));
		Health health = indicator().health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsExactly(Map.entry("clusterName", "blog"), Map.entry("status", "green"),
				Map.entry("numberOfNodes", 3), Map.entry("activeShardsPercent", 87.5));
	}

	@Test
	void healthIsUpWhenClusterIsYellow() {
		this.cluster.answer(200, HEALTH.formatted("yellow"));
		assertThat(indicator().health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void healthIsOutOfServiceWhenClusterIsRed() {
		this.cluster.answer(200, HEALTH.formatted("red"));
		Health health = indicator().health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("status", "red");
	}

	@Test
	void healthIsDownWhenStatusIsNotOk() {
		this.cluster.answer(503, "{\"error\":{\"type\":\"master_not_discovered_exception\",\"reason\":\"none\"},\"status\":503}");
		Health health = indicator().health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("statusCode", 503);
		assertThat(health.toString()).doesNotContain("top-secret");
	}

	@Test
	void healthIsDownWhenClusterIsUnreachable() {
		this.cluster.close();
		Health health = indicator().health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsKey("error");
	}

	@Test
	void healthIsDownWithinTheTimeoutWhenClusterHangs() {
		this.cluster.answer(200, HEALTH.formatted("green")).delay(5_000);
		long start = System.nanoTime();
		Health health = new ElasticsearchDslHealthIndicator(this.connection, Duration.ofMillis(300)).health();
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("error", "No answer from the cluster within PT0.3S");
		assertThat(millis).isLessThan(2_000);
	}

	private ElasticsearchDslHealthIndicator indicator() {
		return new ElasticsearchDslHealthIndicator(this.connection, Duration.ofSeconds(5));
	}

}
