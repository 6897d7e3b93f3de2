package io.github.esdsl.autoconfigure;

import java.util.List;

/**
 * A property under {@code elasticsearch.dsl.connections.<alias>} that no connection has, such as
 * {@code host} for {@code hosts}: unlike the rest of Spring Boot's binding, this namespace does
 * not ignore unknown keys, because an ignored misspelt host would silently send an alias's
 * documents elsewhere. The message names the property, where it was set and the closest known
 * one, never its value.
 */
public class UnknownConnectionPropertyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String alias;

	private final String key;

	private final String origin;

	private final List<String> knownKeys;

	UnknownConnectionPropertyException(String alias, String key, String origin, List<String> knownKeys) {
		super("Unknown property '" + ConnectionPropertyNames.PREFIX + "." + alias + "." + key + "'"
				+ ((origin != null) ? " (" + origin + ")" : "") + "; the closest known is '"
				+ ConnectionPropertyNames.PREFIX + "." + alias + "." + ConnectionPropertyNames.closest(key) + "'");
		this.property = ConnectionPropertyNames.PREFIX + "." + alias + "." + key;
		this.alias = alias;
		this.key = key;
		this.origin = origin;
		this.knownKeys = List.copyOf(knownKeys);
	}

	/** @return the full property name, such as {@code elasticsearch.dsl.connections.logs.host} */
	public String getProperty() {
		return this.property;
	}

	/** @return the connection alias the property was set for */
	public String getAlias() {
		return this.alias;
	}

	/** @return the unknown key below the alias, such as {@code host} */
	public String getKey() {
		return this.key;
	}

	/** @return where the property was set, such as a line of {@code application.yml}, or {@code null} */
	public String getOrigin() {
		return this.origin;
	}

	/** @return the keys a connection has, such as {@code hosts} and {@code ssl.bundle} */
	public List<String> getKnownKeys() {
		return this.knownKeys;
	}

	/** @return the known key closest to the unknown one */
	public String getClosestKey() {
		return ConnectionPropertyNames.closest(this.key);
	}

}
