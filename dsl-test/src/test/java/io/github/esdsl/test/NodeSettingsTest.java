package io.github.esdsl.test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class NodeSettingsTest {

	@Test
	void singleNodeUsesSingleNodeDiscoveryOnLoopbackWithoutSecurity() {
		Node node = node(0);

		Map<String, Object> settings = NodeSettings.of(new Options(), "c", node, List.of(node), true);

		assertThat(settings).contains(entry("cluster.name", "c"), entry("node.name", "node-0"),
				entry("network.host", "127.0.0.1"), entry("http.port", "9200"), entry("transport.port", "9300"),
				entry("discovery.type", "single-node"), entry("xpack.security.enabled", "false"),
				entry("cluster.routing.allocation.disk.threshold_enabled", "false"),
				entry("path.data", Path.of("/es/node-0/data").toString()));
		assertThat(settings).doesNotContainKeys("discovery.seed_hosts", "cluster.initial_master_nodes",
				"xpack.security.http.ssl.enabled");
	}

	@Test
	void threeNodesSeedEachOtherAndBootstrapOnlyANewCluster() {
		List<Node> nodes = List.of(node(0), node(1), node(2));

		Map<String, Object> bootstrap = NodeSettings.of(new Options(), "c", nodes.get(1), nodes, true);
		Map<String, Object> restart = NodeSettings.of(new Options(), "c", nodes.get(1), nodes, false);

		assertThat(bootstrap).contains(
				entry("discovery.seed_hosts", List.of("127.0.0.1:9300", "127.0.0.1:9301", "127.0.0.1:9302")),
				entry("cluster.initial_master_nodes", List.of("node-0", "node-1", "node-2")))
			.doesNotContainKey("discovery.type");
		assertThat(restart).containsKey("discovery.seed_hosts").doesNotContainKey("cluster.initial_master_nodes");
	}

	@Test
	void securedEnablesTlsOnHttpAndTransportWithTheConfigCertificates() {
		Options options = new Options();
		options.secured = true;
		Node node = node(0);

		Map<String, Object> settings = NodeSettings.of(options, "c", node, List.of(node), true);

		assertThat(settings).contains(entry("xpack.security.enabled", "true"),
				entry("xpack.security.http.ssl.enabled", "true"),
				entry("xpack.security.http.ssl.certificate", "certs/node.crt"),
				entry("xpack.security.http.ssl.key", "certs/node.key"),
				entry("xpack.security.http.ssl.certificate_authorities", List.of("certs/ca.crt")),
				entry("xpack.security.transport.ssl.enabled", "true"),
				entry("xpack.security.transport.ssl.verification_mode", "certificate"));
	}

	@Test
	void extraSettingsOverrideDefaults() {
		Options options = new Options();
		options.settings.put("action.destructive_requires_name", "true");
		Node node = node(0);

		assertThat(NodeSettings.of(options, "c", node, List.of(node), true))
			.containsEntry("action.destructive_requires_name", "true");
	}

	@Test
	void yamlQuotesEveryValueAndWritesListsInline() {
		Map<String, Object> settings = new java.util.LinkedHashMap<>();
		settings.put("cluster.name", "a \"quoted\" \\ name");
		settings.put("discovery.seed_hosts", List.of("127.0.0.1:9300", "127.0.0.1:9301"));

		assertThat(NodeSettings.yaml(settings)).isEqualTo("""
				# written by esdsl dsl-test
				cluster.name: "a \\"quoted\\" \\\\ name"
				discovery.seed_hosts: ["127.0.0.1:9300", "127.0.0.1:9301"]
				""");
	}

	private static Node node(int index) {
		Node node = new Node(index, Path.of("/es/node-" + index));
		node.ports(9200 + index, 9300 + index);
		return node;
	}

}
