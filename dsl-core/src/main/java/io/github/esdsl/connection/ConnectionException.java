package io.github.esdsl.connection;

import java.util.List;

/**
 * No host answered: connections were refused or reset, TLS failed, or the connection was closed.
 * The message and {@link #hosts()} name every host tried; the failures of earlier attempts are
 * attached as suppressed exceptions.
 */
public class ConnectionException extends TransportException {

	private static final long serialVersionUID = 1L;

	private final List<String> hosts;

	ConnectionException(String message, String method, String path, List<String> hosts, Throwable cause) {
		super(message, method, path, cause);
		this.hosts = List.copyOf(hosts);
	}

	/** @return the URIs of the hosts tried, in order, such as {@code http://10.0.0.1:9200} */
	public List<String> hosts() {
		return this.hosts;
	}

}
