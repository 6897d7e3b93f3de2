package io.github.esdsl.autoconfigure;

import io.github.esdsl.connection.ConnectionSettings;

/**
 * Supplies the settings of the {@code default} connection when no alias is configured.
 */
@FunctionalInterface
interface DefaultConnectionSource {

	/**
	 * Applies the source's settings, if it has any.
	 * @param builder the builder of the default connection
	 * @return whether anything was applied
	 */
	boolean apply(ConnectionSettings.Builder builder);

}
