package io.github.esdsl.autoconfigure;

/**
 * A connection property under {@code elasticsearch.dsl.connections} has a value the connection
 * settings reject, such as a malformed host URI. The message names the property and, unless it
 * is a secret, its value.
 */
public class InvalidConnectionPropertyException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String value;

	private final String reason;

	InvalidConnectionPropertyException(String property, String value, String reason, Throwable cause) {
		super("Invalid value " + ((value != null) ? "'" + value + "' " : "") + "for property '" + property + "': "
				+ reason, cause);
		this.property = property;
		this.value = value;
		this.reason = reason;
	}

	/** @return the full property name, such as {@code elasticsearch.dsl.connections.default.hosts} */
	public String getProperty() {
		return this.property;
	}

	/** @return the rejected value, or {@code null} when it is a secret */
	public String getValue() {
		return this.value;
	}

	/** @return why the value was rejected */
	public String getReason() {
		return this.reason;
	}

}
