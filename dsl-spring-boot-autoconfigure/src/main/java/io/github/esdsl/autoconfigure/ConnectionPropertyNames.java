package io.github.esdsl.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.esdsl.dsl.Names;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.core.env.Environment;

/**
 * The keys a connection under {@code elasticsearch.dsl.connections.<alias>} has, and the check
 * that no other key is set there.
 */
final class ConnectionPropertyNames {

	static final String PREFIX = "elasticsearch.dsl.connections";

	/** The keys of {@link ElasticsearchDslProperties.Connection}, {@code ssl.*} included. */
	static final List<String> KEYS = keys("", ElasticsearchDslProperties.Connection.class);

	private ConnectionPropertyNames() {
	}

	/**
	 * Fails when a key under {@code elasticsearch.dsl.connections.<alias>} is not a connection
	 * property.
	 * @param environment the environment the properties come from
	 * @throws UnknownConnectionPropertyException for the first unknown key
	 */
	static void check(Environment environment) {
		try {
			Binder.get(environment)
				.bind(PREFIX, Bindable.mapOf(String.class, ElasticsearchDslProperties.Connection.class),
						new NoUnboundElementsBindHandler(BindHandler.DEFAULT));
		}
		catch (BindException ex) {
			if (ex.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
				ConfigurationProperty first = unbound.getUnboundProperties().iterator().next();
				throw unknown(first);
			}
			// a value that cannot be converted is reported by the properties' own binding
		}
	}

	static String closest(String key) {
		return Names.closest(key, KEYS, 1).get(0);
	}

	private static UnknownConnectionPropertyException unknown(ConfigurationProperty property) {
		ConfigurationPropertyName name = property.getName();
		int base = ConfigurationPropertyName.of(PREFIX).getNumberOfElements();
		String alias = name.getElement(base, Form.ORIGINAL);
		List<String> key = new ArrayList<>();
		for (int i = base + 1; i < name.getNumberOfElements(); i++) {
			key.add(name.getElement(i, Form.DASHED));
		}
		String origin = (property.getOrigin() != null) ? property.getOrigin().toString() : null;
		return new UnknownConnectionPropertyException(alias, key.isEmpty() ? "" : String.join(".", key), origin, KEYS);
	}

	private static List<String> keys(String prefix, Class<?> type) {
		List<String> keys = new ArrayList<>();
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
			if (descriptor.getName().equals("class")) {
				continue;
			}
			String key = prefix + descriptor.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
			if (descriptor.getPropertyType() == ElasticsearchDslProperties.Ssl.class) {
				keys.addAll(keys(key + ".", ElasticsearchDslProperties.Ssl.class));
			}
			else {
				keys.add(key);
			}
		}
		return List.copyOf(keys);
	}

}
