package io.github.esdsl.sample;

import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.Connections;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports the cluster's health as JSON at {@code /api/cluster}.
 */
@RestController
class ClusterController {

	private final Connection connection;

	ClusterController(Connections connections) {
		this.connection = connections.get();
	}

	@GetMapping("/api/cluster")
	Map<String, Object> cluster() {
		return this.connection.client().clusterHealth();
	}

}
