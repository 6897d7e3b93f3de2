package io.github.esdsl.connection;

import java.util.Map;

import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.EmbeddedElasticsearch;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two aliases pointing at two real nodes: the plain shared node and the secured one (TLS with
 * its CA file, basic auth).
 */
@WithElasticsearch
class ConnectionsIT {

	@Test
	void eachAliasReachesItsOwnNode(ElasticsearchEndpoint plain) {
		ElasticsearchEndpoint secured = EmbeddedElasticsearch.sharedSecured().endpoint();
		try (Connections connections = new Connections()) {
			connections.create(ConnectionIT.settings(plain).build());
			connections.create("secured", ConnectionIT.settings(secured).build());
			String index = "connections-it-" + System.nanoTime();

			connections.get("secured").client().index(index, "1", Map.of("where", "secured"), Map.of("refresh", true));

			assertThat(connections.get("secured").client().indices().exists(index)).isTrue();
			assertThat(connections.get().client().indices().exists(index)).isFalse();
			assertThat(httpPort(connections.get("secured"))).isEqualTo(secured.uri().getPort());
			assertThat(httpPort(connections.get())).isEqualTo(plain.uri().getPort());
			Map<String, Object> user = connections.get("secured").perform(RawRequest.get("/_security/_authenticate"))
				.bodyAsMap();
			assertThat(user).containsEntry("username", secured.username().orElseThrow());
		}
	}

	@Test
	void wrongPasswordIsAnAuthenticationExceptionWithoutThePassword() {
		ElasticsearchEndpoint secured = EmbeddedElasticsearch.sharedSecured().endpoint();
		ConnectionSettings settings = ConnectionIT.settings(secured)
			.basicAuth(secured.username().orElseThrow(), "wrong-password-123")
			.build();
		try (Connection connection = Connection.create(settings)) {
			AuthenticationException ex = catchThrowableOfType(AuthenticationException.class,
					() -> connection.client().clusterHealth());
			assertThat(ex.status()).isEqualTo(401);
			assertThat(ex.errorType()).isEqualTo("security_exception");
			assertThat(ex.toString()).doesNotContain("wrong-password-123");
			assertThat(settings.toString()).doesNotContain("wrong-password-123");
		}
	}

	@Test
	void securedNodeIsNotTrustedWithoutItsCa() {
		ElasticsearchEndpoint secured = EmbeddedElasticsearch.sharedSecured().endpoint();
		try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(secured.uris())
			.basicAuth(secured.username().orElseThrow(), secured.password().orElseThrow())
			.maxRetries(0)
			.build())) {
			ConnectionException ex = catchThrowableOfType(ConnectionException.class,
					() -> connection.client().clusterHealth());
			assertThat(ex.getMessage()).contains("TLS with Elasticsearch failed").contains(secured.uri().toString());
		}
	}

	@SuppressWarnings("unchecked")
	private static int httpPort(Connection connection) {
		Map<String, Object> nodes = (Map<String, Object>) connection.perform(RawRequest.get("/_nodes/_local/http")
			.param("filter_path", "nodes.*.http.publish_address")).bodyAsMap().get("nodes");
		Map<String, Object> node = (Map<String, Object>) nodes.values().iterator().next();
		String address = (String) ((Map<String, Object>) node.get("http")).get("publish_address");
		return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
	}

}
