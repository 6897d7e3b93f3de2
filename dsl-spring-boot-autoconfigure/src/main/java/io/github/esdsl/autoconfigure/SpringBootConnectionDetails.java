package io.github.esdsl.autoconfigure;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.esdsl.connection.Connections;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node;
import org.springframework.boot.ssl.SslBundle;

/**
 * Reads Spring Boot's {@link ElasticsearchConnectionDetails} beans (Testcontainers'
 * {@code @ServiceConnection}, Docker Compose, an application's own bean, or Spring Boot's
 * {@code spring.elasticsearch.*} properties) as esdsl connection details.
 */
final class SpringBootConnectionDetails implements ConnectionDetailsSource {

	/** The simple name of the details Spring Boot builds from {@code spring.elasticsearch.*}. */
	private static final String FROM_PROPERTIES = "PropertiesElasticsearchConnectionDetails";

	private final ListableBeanFactory beanFactory;

	SpringBootConnectionDetails(ListableBeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public List<ElasticsearchDslConnectionDetails> connectionDetails(Set<String> aliases) {
		Map<String, String> beanByAlias = new LinkedHashMap<>();
		List<ElasticsearchDslConnectionDetails> result = new ArrayList<>();
		beans().forEach((name, details) -> {
			if (isFromProperties(details)) {
				return;
			}
			String alias = aliases.contains(name) ? name : Connections.DEFAULT_ALIAS;
			String other = beanByAlias.putIfAbsent(alias, name);
			if (other != null) {
				throw new IllegalStateException("Two ElasticsearchConnectionDetails beans, '" + other + "' and '" + name
						+ "', are for the esdsl alias '" + alias + "': name a bean like the alias it is for (one of "
						+ aliases + "), or keep only one");
			}
			result.add(new Adapted(alias, details));
		});
		return result;
	}

	@Override
	public Optional<ElasticsearchDslConnectionDetails> springElasticsearchProperties() {
		return beans().values()
			.stream()
			.filter(SpringBootConnectionDetails::isFromProperties)
			.findFirst()
			.map((details) -> new Adapted(Connections.DEFAULT_ALIAS, details));
	}

	private Map<String, ElasticsearchConnectionDetails> beans() {
		return this.beanFactory.getBeansOfType(ElasticsearchConnectionDetails.class, false, false);
	}

	private static boolean isFromProperties(ElasticsearchConnectionDetails details) {
		return details.getClass().getSimpleName().equals(FROM_PROPERTIES);
	}

	/**
	 * Spring Boot's details under an esdsl alias; credentials given per node apply to all.
	 */
	private record Adapted(String alias, ElasticsearchConnectionDetails details)
			implements ElasticsearchDslConnectionDetails {

		@Override
		public String getAlias() {
			return this.alias;
		}

		@Override
		public List<URI> getHosts() {
			List<Node> nodes = this.details.getNodes();
			return (nodes != null) ? nodes.stream().map(Adapted::uri).toList() : List.of();
		}

		@Override
		public String getUsername() {
			return (this.details.getUsername() != null) ? this.details.getUsername() : firstNode().username();
		}

		@Override
		public String getPassword() {
			return (this.details.getUsername() != null) ? this.details.getPassword() : firstNode().password();
		}

		@Override
		public String getApiKey() {
			return this.details.getApiKey();
		}

		@Override
		public String getPathPrefix() {
			return this.details.getPathPrefix();
		}

		@Override
		public SslBundle getSslBundle() {
			return this.details.getSslBundle();
		}

		@Override
		public String toString() {
			return "ElasticsearchConnectionDetails for alias '" + this.alias + "' " + getHosts();
		}

		private Node firstNode() {
			List<Node> nodes = this.details.getNodes();
			return (nodes != null && !nodes.isEmpty()) ? nodes.get(0) : new Node("localhost", 9200, Node.Protocol.HTTP);
		}

		private static URI uri(Node node) {
			return URI.create(node.protocol().name().toLowerCase(Locale.ROOT) + "://" + node.hostname() + ":"
					+ node.port());
		}

	}

}
