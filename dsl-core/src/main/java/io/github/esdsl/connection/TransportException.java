package io.github.esdsl.connection;

/**
 * A request to Elasticsearch failed. Messages name the method and path (never the query string,
 * headers or credentials).
 *
 * @see ElasticsearchException
 * @see ConnectionException
 * @see ResponseTooLargeException
 */
public class TransportException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String method;

	private final String path;

	TransportException(String message, String method, String path, Throwable cause) {
		super(message, cause);
		this.method = method;
		this.path = path;
	}

	/** @return the HTTP method of the failed request */
	public String method() {
		return this.method;
	}

	/** @return the encoded path of the failed request, without query string or path prefix */
	public String path() {
		return this.path;
	}

}
