package io.github.esdsl.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.test.ElasticsearchEndpoint;

/**
 * Connections, indices and bulk loading for the execution ITs.
 */
final class LiveFixtures {

	private LiveFixtures() {
	}

	static Connection connect(ElasticsearchEndpoint node, RequestListener listener) {
		ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(node.uris()).compatibility(8);
		if (node.username().isPresent()) {
			settings.basicAuth(node.username().get(), node.password().orElseThrow());
		}
		node.caCertificate().ifPresent(settings::caCertificate);
		if (listener != null) {
			settings.listener(listener);
		}
		return Connection.create(settings.build());
	}

	static String newIndex(String name) {
		return "execution-it-" + name + "-" + System.nanoTime();
	}

	/**
	 * Loads documents with one {@code _bulk} request and refreshes once.
	 */
	static void bulk(Connection connection, String index, Map<String, ? extends Map<String, ?>> documents) {
		List<Object> lines = new ArrayList<>(documents.size() * 2);
		documents.forEach((id, source) -> {
			lines.add(Map.of("index", Map.of("_index", index, "_id", id)));
			lines.add(source);
		});
		Map<String, Object> response = connection
			.perform(RawRequest.post("/_bulk").param("refresh", "true").ndjson(lines))
			.bodyAsMap();
		if (Boolean.TRUE.equals(response.get("errors"))) {
			throw new IllegalStateException("Bulk loading " + index + " failed: " + response);
		}
	}

	/**
	 * The sum over nodes of a {@code _nodes/stats/indices/search} value.
	 */
	@SuppressWarnings("unchecked")
	static long searchStat(Connection connection, String stat) {
		Map<String, Object> nodes = (Map<String, Object>) connection
			.perform(RawRequest.get("/_nodes/stats/indices/search"))
			.bodyAsMap()
			.get("nodes");
		long sum = 0;
		for (Object node : nodes.values()) {
			Map<String, Object> indices = (Map<String, Object>) ((Map<String, Object>) node).get("indices");
			Map<String, Object> search = (Map<String, Object>) indices.get("search");
			sum += ((Number) search.get(stat)).longValue();
		}
		return sum;
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
