package io.github.esdsl.index.management;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.test.ElasticsearchEndpoint;

/**
 * Connections to the test node and reads of where aliases point, for the migration tests.
 */
final class MigrationNodes {

	private MigrationNodes() {
	}

	static Connection connect(List<java.net.URI> hosts, Optional<String> user, Optional<String> password,
			Optional<java.nio.file.Path> ca) {
		ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(hosts).compatibility(8);
		user.ifPresent((name) -> settings.basicAuth(name, password.orElseThrow()));
		ca.ifPresent(settings::caCertificate);
		return Connection.create(settings.build());
	}

	static Connection connect(ElasticsearchEndpoint node) {
		return connect(node.uris(), node.username(), node.password(), node.caCertificate());
	}

	/** The indices an alias points at, sorted. */
	static List<String> indicesOf(Connection connection, String alias) {
		return connection.perform(RawRequest.get(RawRequest.pathOf("_alias", alias)))
			.bodyAsMap()
			.keySet()
			.stream()
			.sorted()
			.toList();
	}

	/** Removes what a test left: versions, template, migration records. */
	static void clean(Connection connection, String alias) {
		connection.perform(RawRequest.delete(RawRequest.pathOf(alias + "-0*")).param("expand_wildcards", "all")
			.ignore(404));
		connection.perform(RawRequest.delete(RawRequest.pathOf("_index_template", alias + "-versions")).ignore(404));
		for (String id : List.of("state-" + alias, "lock-" + alias)) {
			connection.perform(RawRequest.delete(RawRequest.pathOf(Migrator.STATE_INDEX, "_doc", id)).ignore(404));
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> titleMapping(Connection connection, String index) {
		Map<String, Object> body = connection.perform(RawRequest.get(RawRequest.pathOf(index, "_mapping"))).bodyAsMap();
		Map<String, Object> mappings = (Map<String, Object>) ((Map<String, Object>) body.get(index)).get("mappings");
		return (Map<String, Object>) ((Map<String, Object>) mappings.get("properties")).get("title");
	}

	static long count(Connection connection, String index) {
		return ((Number) connection.perform(RawRequest.get(RawRequest.pathOf(index, "_count"))).bodyAsMap().get("count"))
			.longValue();
	}

}
