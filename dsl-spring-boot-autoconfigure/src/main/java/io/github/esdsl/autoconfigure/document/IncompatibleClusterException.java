package io.github.esdsl.autoconfigure.document;

/**
 * The cluster of a connection alias does not accept the REST API version the connection asks
 * for: for example {@code compatibility: 9} against an 8.x server.
 */
public class IncompatibleClusterException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String alias;

	private final String serverVersion;

	private final Integer compatibility;

	IncompatibleClusterException(String alias, String serverVersion, Integer compatibility, String detail,
			Throwable cause) {
		super("Connection '" + alias + "' asks for the REST API of version "
				+ ((compatibility != null) ? compatibility : "9 (the client's)") + " but the server "
				+ ((serverVersion != null) ? "is version " + serverVersion : "rejects it") + ": " + detail, cause);
		this.alias = alias;
		this.serverVersion = serverVersion;
		this.compatibility = compatibility;
	}

	/** @return the connection alias */
	public String getAlias() {
		return this.alias;
	}

	/** @return the server's version, or {@code null} when unknown */
	public String getServerVersion() {
		return this.serverVersion;
	}

	/** @return the configured compatibility, or {@code null} when none is set */
	public Integer getCompatibility() {
		return this.compatibility;
	}

}
