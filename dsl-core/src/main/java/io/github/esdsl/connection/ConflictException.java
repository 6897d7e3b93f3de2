package io.github.esdsl.connection;

/**
 * A version conflict or an existing resource (status 409), such as creating a document or index that exists.
 */
public class ConflictException extends ElasticsearchException {

	private static final long serialVersionUID = 1L;

	ConflictException(ErrorDetails details, String method, String path, String host) {
		super(details, method, path, host);
	}

}
