package io.github.esdsl.sample;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code packageIndex} health: out of service until every package is indexed, with the
 * progress as details. Part of the readiness group, so a load balancer sends no visitor before
 * the data is in.
 */
@Component
class PackageIndexHealthIndicator implements HealthIndicator {

	private final IndexingProgress progress;

	PackageIndexHealthIndicator(IndexingProgress progress) {
		this.progress = progress;
	}

	@Override
	public Health health() {
		Health.Builder builder = this.progress.isDone() ? Health.up() : Health.outOfService();
		return builder.withDetail("state", this.progress.state().name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("indexed", this.progress.indexed())
			.withDetail("expected", this.progress.expected())
			.build();
	}

}
