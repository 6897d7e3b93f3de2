package io.github.esdsl.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Registers a resource hint for each {@code elasticsearch.dsl.connections.<alias>.ssl.ca-certificate}
 * on the class path, which the connection reads at startup, so that it is in a native image.
 */
class CaCertificateAotProcessor implements BeanFactoryInitializationAotProcessor {

	private static final String PREFIX = "elasticsearch.dsl.connections";

	@Override
	public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
		List<String> locations = classpathCertificates(beanFactory.getBean(Environment.class));
		return locations.isEmpty() ? null
				: (context, code) -> locations.forEach((location) -> context.getRuntimeHints()
					.resources()
					.registerPattern(location));
	}

	static List<String> classpathCertificates(Environment environment) {
		Binder binder = Binder.get(environment);
		List<String> locations = new ArrayList<>();
		for (String alias : binder.bind(PREFIX, Bindable.mapOf(String.class, Object.class)).orElse(Map.of()).keySet()) {
			String location = binder.bind(PREFIX + "." + alias + ".ssl.ca-certificate", String.class)
				.map(String::strip)
				.orElse("");
			if (location.startsWith(ResourceLoader.CLASSPATH_URL_PREFIX)) {
				locations.add(location.substring(ResourceLoader.CLASSPATH_URL_PREFIX.length()).replaceFirst("^/+", ""));
			}
		}
		return locations;
	}

}
