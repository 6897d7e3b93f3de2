package io.github.esdsl.connection;

/**
 * The credentials were missing or wrong (status 401).
 */
public class AuthenticationException extends ElasticsearchException {

	private static final long serialVersionUID = 1L;

	AuthenticationException(ErrorDetails details, String method, String path, String host) {
		super(details, method, path, host);
	}

}
