package io.github.esdsl.persistence;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.test.ElasticsearchEndpoint;

/**
 * Connections to the shared test node and unique index names.
 */
final class Nodes {

	private static final AtomicInteger counter = new AtomicInteger();

	private Nodes() {
	}

	static Connection connect(ElasticsearchEndpoint node) {
		ConnectionSettings.Builder settings = ConnectionSettings.builder().hosts(node.uris()).compatibility(8);
		if (node.username().isPresent()) {
			settings.basicAuth(node.username().get(), node.password().orElseThrow());
		}
		node.caCertificate().ifPresent(settings::caCertificate);
		return Connection.create(settings.build());
	}

	/** The {@code _source} of a stored document, as the node returns it. */
	static java.util.Map<String, Object> storedSource(Connection connection, String index, String id) {
		return connection.perform(io.github.esdsl.connection.RawRequest.get(
				io.github.esdsl.connection.RawRequest.pathOf(index, "_source", id))).bodyAsMap();
	}

	static String uniqueIndex(String name) {
		return ("persistence-it-" + name + "-" + System.nanoTime() + "-" + counter.incrementAndGet())
			.toLowerCase(Locale.ROOT);
	}

}
