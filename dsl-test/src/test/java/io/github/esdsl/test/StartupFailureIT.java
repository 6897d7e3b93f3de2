package io.github.esdsl.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.esdsl.test.ElasticsearchStartupException.Reason;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A node that cannot start says why, with the tail of its log.
 */
class StartupFailureIT {

	@Test
	void takenHttpPortIsReportedBeforeLaunching() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();

			assertThatExceptionOfType(ElasticsearchStartupException.class)
				.isThrownBy(() -> ElasticsearchCluster.builder().httpPort(port).start())
				.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.reason()).isEqualTo(Reason.PORT_IN_USE))
				.withMessageContaining("Port " + port + " on 127.0.0.1 (http.port of node-0) is already in use");
		}
	}

	@Test
	void nodeThatCannotStartIsReportedWithItsLog() {
		assertThatExceptionOfType(ElasticsearchStartupException.class)
			.isThrownBy(() -> ElasticsearchCluster.builder().heap("1k").start())
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.reason()).isEqualTo(Reason.NODE_EXITED))
			.withMessageContaining("exited before the cluster came up")
			.withMessageContaining("console.log:\n")
			.withMessageContaining("Too small maximum heap");
	}

	@Test
	void nodeNotUpInTimeIsReportedWithItsLog() {
		assertThatExceptionOfType(ElasticsearchStartupException.class)
			.isThrownBy(() -> ElasticsearchCluster.builder().startupTimeout(Duration.ofSeconds(2)).start())
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.reason()).isEqualTo(Reason.STARTUP_TIMEOUT))
			.withMessageContaining("did not come up with 1 node(s) and status yellow within 2 s")
			.withMessageContaining("-Desdsl.elasticsearch.startup-timeout=300")
			.withMessageContaining("Last lines of ");
	}

}
