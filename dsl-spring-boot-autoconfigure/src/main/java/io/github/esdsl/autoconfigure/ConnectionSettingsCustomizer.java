package io.github.esdsl.autoconfigure;

import io.github.esdsl.connection.ConnectionSettings;

/**
 * Adjusts the connection settings of each alias before its connection is opened, after the
 * {@code elasticsearch.dsl.connections.<alias>.*} properties were applied. Beans of this type are
 * called in {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface ConnectionSettingsCustomizer {

	/**
	 * Customizes the settings of one alias.
	 * @param alias the connection alias, such as {@code default}
	 * @param builder the settings builder (mutable)
	 */
	void customize(String alias, ConnectionSettings.Builder builder);

}
