package io.github.esdsl.connection;

/**
 * The credentials were missing or wrong (status 401).
 */
public class AuthenticationException extends ElasticsearchException {

	private static final long serialVersionUID = 1L;

	AuthenticationException(ErrorDetails details, String method, String path, String host) {
		super(details, method, path, host);
	}

	AuthenticationException(String message, ErrorDetails details, String method, String path, String host) {
		super(message, details, method, path, host);
	}

	/**
	 * {@code GET /_search: authentication failed on https://es1:9200 with basic auth as user 'app'
	 * (status 401: security_exception - ...); check the connection's credentials}. Names the kind of
	 * credentials, never their secret.
	 */
	static String message(ErrorDetails details, String method, String path, String host, String credentials) {
		return method + " " + path + ": authentication failed" + ((host != null) ? " on " + host : "")
				+ ((credentials != null) ? " with " + credentials : "") + " (" + details.detail()
				+ "); check the connection's credentials";
	}

}
