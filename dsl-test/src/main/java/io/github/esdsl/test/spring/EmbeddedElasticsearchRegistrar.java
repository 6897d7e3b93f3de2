package io.github.esdsl.test.spring;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetailsFactories;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers, for every alias under {@code elasticsearch.dsl.connections} ({@code default} when
 * there is none), the connection details of an embedded node, made by the
 * {@code ConnectionDetailsFactory} for {@link EmbeddedElasticsearchConnection}. Connection details
 * win over properties, so whatever hosts the properties name are replaced.
 */
class EmbeddedElasticsearchRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

	private static final ConfigurationPropertyName CONNECTIONS = ConfigurationPropertyName
		.of("elasticsearch.dsl.connections");

	/** The property sources a test declares itself, as Spring's test context names them. */
	private static final Set<String> TEST_PROPERTY_SOURCES = Set.of("Inlined Test Properties",
			"Dynamic Test Properties");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		ConnectionDetailsFactories factories = new ConnectionDetailsFactories(getClass().getClassLoader());
		for (String alias : aliases()) {
			if (keepsHostsOfTest() && testNamesHosts(alias)) {
				continue;
			}
			EmbeddedElasticsearchConnection source = new EmbeddedElasticsearchConnection(alias,
					() -> EmbeddedNodes.endpoint(alias));
			Map<Class<?>, ConnectionDetails> details = factories.getConnectionDetails(source, true);
			details.forEach((type, connectionDetails) -> register(registry, alias, type, connectionDetails));
		}
	}

	/**
	 * Whether an alias whose hosts the test itself names keeps them.
	 * @return {@code false}: every alias gets an embedded node
	 */
	boolean keepsHostsOfTest() {
		return false;
	}

	@SuppressWarnings("unchecked")
	private static void register(BeanDefinitionRegistry registry, String alias, Class<?> type,
			ConnectionDetails connectionDetails) {
		String name = "embeddedElasticsearch." + alias + "." + type.getSimpleName();
		if (!registry.containsBeanDefinition(name)) {
			registry.registerBeanDefinition(name,
					new RootBeanDefinition((Class<ConnectionDetails>) type, () -> connectionDetails));
		}
	}

	private Set<String> aliases() {
		Set<String> aliases = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.filter(CONNECTIONS::isAncestorOf)
					.forEach((name) -> aliases.add(name.getElement(CONNECTIONS.getNumberOfElements(),
							ConfigurationPropertyName.Form.ORIGINAL)));
			}
		}
		if (aliases.isEmpty()) {
			aliases.add("default");
		}
		return aliases;
	}

	private boolean testNamesHosts(String alias) {
		if (!(this.environment instanceof ConfigurableEnvironment configurable)) {
			return false;
		}
		String prefix = "elasticsearch.dsl.connections." + alias + ".hosts";
		for (PropertySource<?> source : configurable.getPropertySources()) {
			if (TEST_PROPERTY_SOURCES.contains(source.getName())
					&& (source.containsProperty(prefix) || source.containsProperty(prefix + "[0]"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * For {@link ElasticsearchDslTest}: an alias whose hosts the test names in its own
	 * properties keeps them.
	 */
	static class UnlessTestNamesHosts extends EmbeddedElasticsearchRegistrar {

		@Override
		boolean keepsHostsOfTest() {
			return true;
		}

	}

}
