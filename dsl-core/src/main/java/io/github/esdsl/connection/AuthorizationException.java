package io.github.esdsl.connection;

/**
 * The authenticated user may not do this (status 403).
 */
public class AuthorizationException extends ElasticsearchException {

	private static final long serialVersionUID = 1L;

	AuthorizationException(ErrorDetails details, String method, String path, String host) {
		super(details, method, path, host);
	}

}
