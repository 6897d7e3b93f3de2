package io.github.esdsl.connection;

import java.time.Duration;
import java.util.List;

/**
 * An attempt timed out: the connect, socket or request timeout passed. The message names the host
 * and the timeout.
 */
public class RequestTimeoutException extends ConnectionException {

	private static final long serialVersionUID = 1L;

	private final String host;

	private final Duration timeout;

	RequestTimeoutException(String message, String method, String path, List<String> hosts, String host,
			Duration timeout, Throwable cause) {
		super(message, method, path, hosts, cause);
		this.host = host;
		this.timeout = timeout;
	}

	/** @return the host of the attempt that timed out, or {@code null} if none had started */
	public String host() {
		return this.host;
	}

	/** @return the configured timeout that passed */
	public Duration timeout() {
		return this.timeout;
	}

}
