package io.github.esdsl.sample;

import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports the cluster's health as JSON at {@code /api/cluster}.
 */
@RestController
class ClusterController {

	private final Connection connection;

	ClusterController(Connection connection) {
		this.connection = connection;
	}

	@GetMapping("/api/cluster")
	Map<String, Object> cluster() {
		return this.connection.client().clusterHealth();
	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionConfiguration {

		@Bean(destroyMethod = "close")
		Connection connection(@Value("${" + EmbeddedElasticsearchEnvironment.HOSTS + "}") String hosts) {
			return Connection.create(ConnectionSettings.builder().hosts(hosts.split(",")).compatibility(8).build());
		}

	}

}
