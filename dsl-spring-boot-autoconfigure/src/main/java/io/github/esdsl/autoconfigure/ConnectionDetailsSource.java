package io.github.esdsl.autoconfigure;

import java.util.List;

import io.github.esdsl.connection.ConnectionSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.ssl.SslBundle;

/**
 * The {@code default} connection from Spring Boot's {@link ElasticsearchConnectionDetails}
 * (properties under {@code spring.elasticsearch}, Testcontainers or Docker Compose).
 */
final class ConnectionDetailsSource implements DefaultConnectionSource {

	private final ObjectProvider<ElasticsearchConnectionDetails> details;

	ConnectionDetailsSource(ObjectProvider<ElasticsearchConnectionDetails> details) {
		this.details = details;
	}

	@Override
	public boolean apply(ConnectionSettings.Builder builder) {
		ElasticsearchConnectionDetails details = this.details.getIfAvailable();
		if (details == null || details.getNodes() == null || details.getNodes().isEmpty()) {
			return false;
		}
		List<Node> nodes = details.getNodes();
		builder.hosts(nodes.stream().map(ConnectionDetailsSource::uri).toList());
		String username = details.getUsername();
		String password = details.getPassword();
		if (username == null) {
			Node first = nodes.get(0);
			username = first.username();
			password = first.password();
		}
		if (username != null) {
			builder.basicAuth(username, (password != null) ? password : "");
		}
		if (details.getApiKey() != null) {
			builder.apiKey(details.getApiKey());
		}
		if (details.getPathPrefix() != null) {
			builder.pathPrefix(details.getPathPrefix());
		}
		SslBundle sslBundle = details.getSslBundle();
		if (sslBundle != null) {
			builder.sslContext(sslBundle.createSslContext());
		}
		return true;
	}

	private static String uri(Node node) {
		return node.protocol().name().toLowerCase(java.util.Locale.ROOT) + "://" + node.hostname() + ":" + node.port();
	}

}
