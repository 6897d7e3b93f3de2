package io.github.esdsl.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.github.esdsl.autoconfigure.ElasticsearchDslProperties.Connection;
import io.github.esdsl.autoconfigure.ElasticsearchDslProperties.Ssl;
import io.github.esdsl.connection.ConnectionSettings;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Maps the properties of one alias onto a {@link ConnectionSettings.Builder}; a rejected value
 * becomes an {@link InvalidConnectionPropertyException} naming the property.
 */
final class PropertiesConnectionSettings {

	private static final String PREFIX = "elasticsearch.dsl.connections.";

	/**
	 * Properties whose value is never shown in an error: the secrets, the user name (wrong when it
	 * holds a ':', as in "user:password") and the headers (their values may be credentials).
	 */
	private static final Set<String> NOT_SHOWN = Set.of("password", "api-key", "bearer-token", "username", "headers");

	/** The {@code user:password@} of a URI, masked in shown values. */
	private static final Pattern USER_INFO = Pattern.compile("(?<=//)[^/@?#\\s,\\]]*@");

	/** A host name or IP address alone: no scheme, no port, no path. */
	private static final Pattern BARE_HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\]");

	private final SslBundles sslBundles;

	PropertiesConnectionSettings(SslBundles sslBundles) {
		this.sslBundles = sslBundles;
	}

	/**
	 * Maps the properties of one alias.
	 * @param alias the alias
	 * @param properties its properties
	 * @param builder the builder to fill
	 * @param withConnection whether to map where and how to connect (hosts, credentials, path
	 * prefix, TLS) too, false when a ConnectionDetails bean gives them
	 */
	void apply(String alias, Connection properties, ConnectionSettings.Builder builder, boolean withConnection) {
		PropertyMapper map = PropertyMapper.get();
		Guard guard = new Guard(alias);
		if (withConnection) {
			applyConnection(properties, builder, guard);
		}
		map.from(properties::getConnectTimeout).to(guard.of("connect-timeout", builder::connectTimeout));
		map.from(properties::getSocketTimeout).to(guard.of("socket-timeout", builder::socketTimeout));
		map.from(properties::getRequestTimeout).to(guard.of("request-timeout", builder::requestTimeout));
		map.from(properties::getMaxRetries).to(guard.of("max-retries", builder::maxRetries));
		map.from(properties::isRetryOnTimeout).to(builder::retryOnTimeout);
		map.from(properties::isSniffOnStart).to(builder::sniffOnStart);
		map.from(properties::isSniffOnConnectionFail).to(builder::sniffOnConnectionFailure);
		map.from(properties::getSnifferInterval).to(guard.of("sniffer-interval", builder::sniffInterval));
		map.from(properties::getSniffTimeout).to(guard.of("sniff-timeout", builder::sniffTimeout));
		map.from(properties::getCompatibility).to(guard.of("compatibility", builder::compatibility));
		map.from(properties::getHeaders).to(guard.of("headers", builder::headers));
		map.from(properties::isCompression).to(builder::compression);
		map.from(properties::getMaxResponseSize)
			.as(DataSize::toBytes)
			.to(guard.of("max-response-size", builder::maxResponseSize));
	}

	private void applyConnection(Connection properties, ConnectionSettings.Builder builder, Guard guard) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getHosts)
			.when((hosts) -> !hosts.isEmpty())
			.as(PropertiesConnectionSettings::withDefaultPort)
			.to(guard.of("hosts", builder::hosts));
		if (properties.getUsername() != null || properties.getPassword() != null) {
			guard.of("username", (String user) -> builder.basicAuth(user,
					(properties.getPassword() != null) ? properties.getPassword() : ""))
				.accept(properties.getUsername());
		}
		map.from(properties::getApiKey).to(guard.of("api-key", builder::apiKey));
		map.from(properties::getBearerToken).to(guard.of("bearer-token", builder::bearerToken));
		map.from(properties::getPathPrefix).to(guard.of("path-prefix", builder::pathPrefix));
		applySsl(properties.getSsl(), builder, guard);
	}

	/**
	 * Gives a bare host such as {@code localhost} or {@code es1} (no scheme, no port)
	 * Elasticsearch's port 9200, not HTTP's 80. A host with a scheme keeps the scheme's default
	 * port, as Elastic Cloud's {@code https://...} addresses need.
	 */
	static List<String> withDefaultPort(List<String> hosts) {
		return hosts.stream()
			.map((host) -> (host != null && BARE_HOST.matcher(host.strip()).matches()) ? host.strip() + ":9200" : host)
			.toList();
	}

	private void applySsl(Ssl ssl, ConnectionSettings.Builder builder, Guard guard) {
		PropertyMapper map = PropertyMapper.get();
		map.from(ssl::getBundle).to(guard.of("ssl.bundle", (String name) -> {
			if (this.sslBundles == null) {
				throw new IllegalArgumentException("there are no SSL bundles (spring.ssl.bundle.*) in this application");
			}
			builder.sslContext(this.sslBundles.getBundle(name).createSslContext());
		}));
		map.from(ssl::getCaCertificate).to(guard.of("ssl.ca-certificate", (Resource resource) -> builder.caCertificate(path(resource))));
		map.from(ssl::getCaFingerprint).to(guard.of("ssl.ca-fingerprint", builder::caFingerprint));
		map.from(ssl::isVerifyHostnames).to(builder::verifyHostnames);
	}

	private static Path path(Resource resource) {
		try {
			if (resource.isFile()) {
				return resource.getFile().toPath();
			}
			Path copy = Files.createTempFile("esdsl-ca-", ".pem");
			copy.toFile().deleteOnExit();
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			return copy;
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(resource + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Turns the builder's {@link IllegalArgumentException}s into exceptions naming the property.
	 */
	private record Guard(String alias) {

		<T> Consumer<T> of(String property, Consumer<T> setter) {
			return (value) -> {
				try {
					setter.accept(value);
				}
				catch (RuntimeException ex) {
					String shown = NOT_SHOWN.contains(property) ? null
							: USER_INFO.matcher(String.valueOf(value)).replaceAll("******@");
					throw new InvalidConnectionPropertyException(PREFIX + this.alias + "." + property, shown,
							ex.getMessage(), ex);
				}
			};
		}

	}

}
