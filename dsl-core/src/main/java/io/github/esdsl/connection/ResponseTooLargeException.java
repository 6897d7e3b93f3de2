package io.github.esdsl.connection;

/**
 * A response body was larger than {@link ConnectionSettings#maxResponseSize()}; it was dropped
 * while reading instead of filling the heap.
 */
public class ResponseTooLargeException extends TransportException {

	private static final long serialVersionUID = 1L;

	private final String host;

	private final long limit;

	ResponseTooLargeException(String method, String path, String host, long limit, Throwable cause) {
		super(method + " " + path + ": the response from " + host + " is larger than the maxResponseSize of " + limit
				+ " bytes; ask for less (size, _source filtering, pagination) or raise maxResponseSize", method, path,
				cause);
		this.host = host;
		this.limit = limit;
	}

	/** @return the host that sent the response */
	public String host() {
		return this.host;
	}

	/** @return the configured limit in bytes */
	public long limit() {
		return this.limit;
	}

}
