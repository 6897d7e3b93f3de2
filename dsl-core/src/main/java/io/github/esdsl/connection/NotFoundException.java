package io.github.esdsl.connection;

/**
 * The index, document or resource does not exist (status 404); see {@link #index()} and {@link #errorType()} (for example {@code index_not_found_exception}).
 */
public class NotFoundException extends ElasticsearchException {

	private static final long serialVersionUID = 1L;

	NotFoundException(ErrorDetails details, String method, String path, String host) {
		super(details, method, path, host);
	}

}
