package io.github.esdsl.test;

/**
 * Thrown when a real Elasticsearch could not be prepared or started. {@link #reason()} says
 * which problem it was; the message says what was looked at, how to fix it and, once a node
 * was launched, ends with the tail of its log.
 */
public final class ElasticsearchStartupException extends RuntimeException {

	private final Reason reason;

	ElasticsearchStartupException(Reason reason, String message) {
		this(reason, message, null);
	}

	ElasticsearchStartupException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	/**
	 * Return which problem stopped the start.
	 * @return the reason, never {@code null}
	 */
	public Reason reason() {
		return this.reason;
	}

	/**
	 * The problems that stop a real Elasticsearch from starting.
	 */
	public enum Reason {

		/** The distribution zip is not where it was looked for. */
		DISTRIBUTION_NOT_FOUND,

		/** The Java that would run Elasticsearch is missing or older than 17. */
		JAVA_TOO_OLD,

		/** A port a node needs is taken by another process. */
		PORT_IN_USE,

		/** The cluster did not turn yellow or green within the startup timeout. */
		STARTUP_TIMEOUT,

		/** A node process ended before the cluster came up. */
		NODE_EXITED,

		/** A tool of the distribution ({@code elasticsearch-certutil}, {@code elasticsearch-users}) failed. */
		TOOL_FAILED,

		/** The machine does not allow it, for example root without {@code setpriv}. */
		ENVIRONMENT

	}

}
