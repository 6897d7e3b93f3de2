package io.github.esdsl.autoconfigure;

import java.net.URI;
import java.util.List;

import io.github.esdsl.connection.Connections;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * How to reach the cluster of one esdsl connection alias. A bean of this type wins over the
 * {@code elasticsearch.dsl.connections.<alias>} properties for the connection itself (hosts,
 * credentials, path prefix and TLS); the other properties of the alias (timeouts, retries,
 * compression, ...) still apply. One bean per alias; an alias that only a bean names is opened
 * too.
 * <p>
 * Spring Boot's {@code ElasticsearchConnectionDetails} (from Testcontainers'
 * {@code @ServiceConnection}, Docker Compose or an application bean) is read as the details of
 * the {@code default} alias, or of the alias named like the bean when that alias is configured.
 *
 * @see ConnectionSettingsCustomizer
 */
public interface ElasticsearchDslConnectionDetails extends ConnectionDetails {

	/**
	 * The alias these details are for.
	 * @return the alias, {@code default} unless overridden
	 */
	default String getAlias() {
		return Connections.DEFAULT_ALIAS;
	}

	/**
	 * The nodes to connect to, each {@code http(s)://host:port}.
	 * @return at least one URI
	 */
	List<URI> getHosts();

	/**
	 * The user name for basic authentication.
	 * @return the user name, or {@code null} for none
	 */
	default String getUsername() {
		return null;
	}

	/**
	 * The password for basic authentication.
	 * @return the password, or {@code null}
	 */
	default String getPassword() {
		return null;
	}

	/**
	 * The encoded API key (base64 of {@code id:key}).
	 * @return the API key, or {@code null} for none
	 */
	default String getApiKey() {
		return null;
	}

	/**
	 * The bearer token (a service account token or an OAuth2 token).
	 * @return the token, or {@code null} for none
	 */
	default String getBearerToken() {
		return null;
	}

	/**
	 * The path prefix put before every request path, for a cluster behind a proxy.
	 * @return the prefix, or {@code null} for none
	 */
	default String getPathPrefix() {
		return null;
	}

	/**
	 * The SSL bundle whose trust material verifies the cluster's certificates.
	 * @return the bundle, or {@code null} for the JVM's defaults
	 */
	default SslBundle getSslBundle() {
		return null;
	}

}
