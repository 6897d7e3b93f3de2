package io.github.esdsl.autoconfigure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.esdsl.autoconfigure.ElasticsearchDslProperties.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.Connections;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.core.env.Environment;

/**
 * Decides where each alias connects and opens its connection. Per alias, in this order: an
 * {@link ElasticsearchDslConnectionDetails} bean, then Spring Boot's
 * {@code ElasticsearchConnectionDetails} (other than its {@code spring.elasticsearch.*}
 * properties), then the {@code elasticsearch.dsl.connections.<alias>} properties, which must then
 * name the hosts. Only an application with none of these uses Spring Boot's
 * {@code spring.elasticsearch.*} or {@code http://localhost:9200} for {@code default}, and says so
 * in the log.
 */
final class ConnectionResolution {

	private static final Log logger = LogFactory.getLog(ElasticsearchDslAutoConfiguration.class);

	private static final String PREFIX = "elasticsearch.dsl.connections";

	private final ElasticsearchDslProperties properties;

	private final Environment environment;

	private final PropertiesConnectionSettings mapper;

	private final List<ElasticsearchDslConnectionDetails> details;

	private final ConnectionDetailsSource springBoot;

	private final List<ConnectionSettingsCustomizer> customizers;

	ConnectionResolution(ElasticsearchDslProperties properties, Environment environment,
			PropertiesConnectionSettings mapper, List<ElasticsearchDslConnectionDetails> details,
			ConnectionDetailsSource springBoot, List<ConnectionSettingsCustomizer> customizers) {
		this.properties = properties;
		this.environment = environment;
		this.mapper = mapper;
		this.details = details;
		this.springBoot = springBoot;
		this.customizers = customizers;
	}

	/**
	 * Opens one connection per alias; on a failure, closes those already opened.
	 * @return the connections
	 */
	Connections open() {
		Map<String, Connection> configured = this.properties.getConnections();
		Map<String, ElasticsearchDslConnectionDetails> detailsByAlias = detailsByAlias(configured.keySet());
		Set<String> aliases = new LinkedHashSet<>(configured.keySet());
		aliases.addAll(detailsByAlias.keySet());
		Connections connections = new Connections();
		try {
			if (aliases.isEmpty()) {
				openUnconfiguredDefault(connections);
			}
			for (String alias : aliases) {
				ConnectionSettings.Builder builder = ConnectionSettings.builder();
				Connection connection = configured.get(alias);
				ElasticsearchDslConnectionDetails aliasDetails = detailsByAlias.get(alias);
				if (connection != null) {
					this.mapper.apply(alias, connection, builder, aliasDetails == null);
				}
				if (aliasDetails != null) {
					apply(aliasDetails, builder);
				}
				else if (!hostsConfigured(alias, connection)) {
					throw new InvalidConnectionPropertyException(PREFIX + "." + alias + ".hosts", null,
							"the alias '" + alias + "' is configured but names no hosts; set " + PREFIX + "." + alias
									+ ".hosts (for example https://es.example.com:9200) or supply an "
									+ "ElasticsearchDslConnectionDetails bean for it",
							null);
				}
				open(connections, alias, builder);
			}
			return connections;
		}
		catch (RuntimeException ex) {
			connections.close();
			throw ex;
		}
	}

	private Map<String, ElasticsearchDslConnectionDetails> detailsByAlias(Set<String> configured) {
		Map<String, ElasticsearchDslConnectionDetails> byAlias = new LinkedHashMap<>();
		for (ElasticsearchDslConnectionDetails candidate : this.details) {
			ElasticsearchDslConnectionDetails other = byAlias.putIfAbsent(candidate.getAlias(), candidate);
			if (other != null) {
				throw new IllegalStateException("Two ElasticsearchDslConnectionDetails beans are for the alias '"
						+ candidate.getAlias() + "' (" + other.getClass().getName() + " and "
						+ candidate.getClass().getName() + "): keep one per alias");
			}
		}
		if (this.springBoot != null) {
			this.springBoot.connectionDetails(configured)
				.forEach((candidate) -> byAlias.putIfAbsent(candidate.getAlias(), candidate));
		}
		return byAlias;
	}

	private void openUnconfiguredDefault(Connections connections) {
		ConnectionSettings.Builder builder = ConnectionSettings.builder();
		Optional<ElasticsearchDslConnectionDetails> fromSpring = (this.springBoot != null)
				? this.springBoot.springElasticsearchProperties() : Optional.empty();
		fromSpring.ifPresent((spring) -> apply(spring, builder));
		ConnectionSettings settings = open(connections, Connections.DEFAULT_ALIAS, builder);
		logger.info("No esdsl connection is configured (elasticsearch.dsl.connections.<alias>.hosts or a "
				+ "ConnectionDetails bean): alias 'default' connects to " + settings.hosts()
				+ (fromSpring.isPresent() ? " from spring.elasticsearch.*" : ""));
	}

	private boolean hostsConfigured(String alias, Connection connection) {
		if (connection.getHosts().isEmpty()) {
			return false;
		}
		try {
			String element = (ConfigurationPropertyName.isValid(alias) && alias.indexOf('.') < 0) ? alias
					: "[" + alias + "]";
			ConfigurationPropertyName name = ConfigurationPropertyName.of(PREFIX).append(element).append("hosts");
			return Binder.get(this.environment).bind(name, Bindable.listOf(String.class)).isBound();
		}
		catch (RuntimeException ex) {
			// an alias whose name is no valid property name part: only its hosts can have been bound
			return !connection.getHosts().equals(new Connection().getHosts());
		}
	}

	private static void apply(ElasticsearchDslConnectionDetails details, ConnectionSettings.Builder builder) {
		List<URI> hosts = details.getHosts();
		try {
			if (hosts == null || hosts.isEmpty()) {
				throw new IllegalArgumentException("they give no hosts");
			}
			builder.hosts(hosts);
			if (details.getUsername() != null) {
				builder.basicAuth(details.getUsername(), (details.getPassword() != null) ? details.getPassword() : "");
			}
			if (details.getApiKey() != null) {
				builder.apiKey(details.getApiKey());
			}
			if (details.getBearerToken() != null) {
				builder.bearerToken(details.getBearerToken());
			}
			if (details.getPathPrefix() != null) {
				builder.pathPrefix(details.getPathPrefix());
			}
			SslBundle sslBundle = details.getSslBundle();
			if (sslBundle != null) {
				builder.sslContext(sslBundle.createSslContext());
			}
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The connection details of alias '" + details.getAlias() + "' ("
					+ details.getClass().getName() + ") cannot be used: " + ex.getMessage(), ex);
		}
	}

	private ConnectionSettings open(Connections connections, String alias, ConnectionSettings.Builder builder) {
		this.customizers.forEach((customizer) -> customizer.customize(alias, builder));
		ConnectionSettings settings;
		try {
			settings = builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConnectionPropertyException(PREFIX + "." + alias, null, ex.getMessage(), ex);
		}
		connections.create(alias, settings);
		return settings;
	}

}
