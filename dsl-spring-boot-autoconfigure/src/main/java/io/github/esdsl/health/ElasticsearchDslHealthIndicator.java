package io.github.esdsl.health;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@link HealthIndicator} for one esdsl {@link Connection}, from {@code GET _cluster/health}:
 * {@code green} and {@code yellow} are {@link Status#UP}, {@code red} is
 * {@link Status#OUT_OF_SERVICE}, an error status or no answer within the timeout is
 * {@link Status#DOWN}. Details hold the cluster name, status, number of nodes and active shards
 * percentage, never credentials.
 */
public class ElasticsearchDslHealthIndicator implements HealthIndicator {

	private final Connection connection;

	private final Duration timeout;

	/**
	 * Creates an indicator.
	 * @param connection the connection to check
	 * @param timeout the longest time a check waits for the cluster
	 */
	public ElasticsearchDslHealthIndicator(Connection connection, Duration timeout) {
		this.connection = Objects.requireNonNull(connection, "connection must not be null");
		this.timeout = Objects.requireNonNull(timeout, "timeout must not be null");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be more than zero but was " + timeout);
		}
	}

	@Override
	public Health health() {
		CompletableFuture<RawResponse> future;
		try {
			future = this.connection.performAsync(RawRequest.get("/_cluster/health").operation("cluster.health"));
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
		try {
			return health(future.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			return Health.down().withDetail("error", "No answer from the cluster within " + this.timeout).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			future.cancel(true);
			return Health.down().withDetail("error", "Interrupted while waiting for the cluster").build();
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			Health.Builder builder = Health.down();
			if (cause instanceof ElasticsearchException elasticsearch) {
				builder.withDetail("statusCode", elasticsearch.status());
			}
			return builder.withException(cause).build();
		}
	}

	private static Health health(RawResponse response) {
		Map<String, Object> body = response.bodyAsMap();
		Object status = body.get("status");
		Health.Builder builder = "red".equals(status) ? Health.outOfService()
				: ("green".equals(status) || "yellow".equals(status)) ? Health.up() : Health.down();
		detail(builder, body, "cluster_name", "clusterName");
		detail(builder, body, "status", "status");
		detail(builder, body, "number_of_nodes", "numberOfNodes");
		detail(builder, body, "active_shards_percent_as_number", "activeShardsPercent");
		return builder.build();
	}

	private static void detail(Health.Builder builder, Map<String, Object> body, String field, String name) {
		Object value = body.get(field);
		if (value != null) {
			builder.withDetail(name, value);
		}
	}

}
