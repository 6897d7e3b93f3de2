package io.github.esdsl.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code elasticsearch.yml} of one node.
 */
final class NodeSettings {

	static final String LOOPBACK = "127.0.0.1";

	private NodeSettings() {
	}

	/**
	 * Return the settings of {@code node}.
	 * @param bootstrap whether the nodes form a new cluster (sets {@code cluster.initial_master_nodes})
	 */
	static Map<String, Object> of(Options options, String clusterName, Node node, List<Node> all,
			boolean bootstrap) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("cluster.name", clusterName);
		settings.put("node.name", node.name());
		settings.put("path.data", node.data().toString());
		settings.put("path.logs", node.logs().toString());
		settings.put("network.host", LOOPBACK);
		settings.put("http.port", String.valueOf(node.httpPort()));
		settings.put("transport.port", String.valueOf(node.transportPort()));
		if (all.size() == 1) {
			settings.put("discovery.type", "single-node");
		}
		else {
			settings.put("discovery.seed_hosts",
					all.stream().map((each) -> LOOPBACK + ":" + each.transportPort()).toList());
			if (bootstrap) {
				settings.put("cluster.initial_master_nodes", all.stream().map(Node::name).toList());
			}
		}
		settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
		settings.put("action.destructive_requires_name", "false");
		settings.put("xpack.security.enabled", String.valueOf(options.secured));
		if (options.secured) {
			for (String layer : List.of("http", "transport")) {
				String prefix = "xpack.security." + layer + ".ssl.";
				settings.put(prefix + "enabled", "true");
				settings.put(prefix + "key", "certs/" + SecurityFiles.NODE_KEY);
				settings.put(prefix + "certificate", "certs/" + SecurityFiles.NODE_CERTIFICATE);
				settings.put(prefix + "certificate_authorities", List.of("certs/" + SecurityFiles.CA_CERTIFICATE));
			}
			settings.put("xpack.security.transport.ssl.verification_mode", "certificate");
		}
		settings.putAll(options.settings);
		return settings;
	}

	/**
	 * Render settings as YAML, every value a double-quoted string or a list of them.
	 */
	static String yaml(Map<String, Object> settings) {
		StringBuilder yaml = new StringBuilder("# written by esdsl dsl-test\n");
		settings.forEach((key, value) -> {
			yaml.append(key).append(": ");
			if (value instanceof List<?> list) {
				yaml.append('[');
				for (int i = 0; i < list.size(); i++) {
					yaml.append((i > 0) ? ", " : "").append(quote(String.valueOf(list.get(i))));
				}
				yaml.append(']');
			}
			else {
				yaml.append(quote(String.valueOf(value)));
			}
			yaml.append('\n');
		});
		return yaml.toString();
	}

	private static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\t' -> quoted.append("\\t");
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
