package io.github.esdsl.connection;

/**
 * Elasticsearch rejected the request as invalid (status 400): a malformed query, mapping or parameter.
 */
public class BadRequestException extends ElasticsearchException {

	private static final long serialVersionUID = 1L;

	BadRequestException(ErrorDetails details, String method, String path, String host) {
		super(details, method, path, host);
	}

}
