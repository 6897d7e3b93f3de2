package io.github.esdsl.test;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OptionsTest {

	@Test
	void startupTimeoutIsTwoMinutesByDefault() {
		assertThat(Options.startupTimeout(null)).isEqualTo(Duration.ofSeconds(120));
	}

	@Test
	void startupTimeoutReadsSecondsOrIsoDurations() {
		assertThat(Options.startupTimeout("300")).isEqualTo(Duration.ofMinutes(5));
		assertThat(Options.startupTimeout("PT3M")).isEqualTo(Duration.ofMinutes(3));
	}

	@Test
	void startupTimeoutRejectsOtherTextWithTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> Options.startupTimeout("3 minutes"))
			.withMessage("-Desdsl.elasticsearch.startup-timeout=3 minutes is not a number of seconds (180) or an "
					+ "ISO-8601 duration (PT3M)");
	}

	@Test
	void builderRejectsImpossibleValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchCluster.builder().nodes(0))
			.withMessage("A cluster needs at least one node, got 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchCluster.builder().heap("lots"))
			.withMessage("Heap 'lots' is not a JVM size like 512m or 1g");
		assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchCluster.builder().httpPort(70000))
			.withMessage("HTTP port 70000 is not between 1 and 65535");
		assertThatIllegalArgumentException().isThrownBy(() -> ElasticsearchCluster.builder().credentials("u", "abc"))
			.withMessage("Elasticsearch passwords need at least 6 characters");
	}

	@Test
	void builderOptionsAreCopiedOnStart() {
		ElasticsearchCluster.Builder builder = ElasticsearchCluster.builder().nodes(3).setting("a", "b");
		Options copy = builder.options().copy();

		builder.nodes(1).setting("a", "c");

		assertThat(copy.nodes).isEqualTo(3);
		assertThat(copy.settings).containsEntry("a", "b");
	}

}
