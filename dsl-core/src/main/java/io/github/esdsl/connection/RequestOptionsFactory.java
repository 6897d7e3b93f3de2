package io.github.esdsl.connection;

import co.elastic.clients.transport.rest5_client.low_level.HttpAsyncResponseConsumerFactory;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;

/**
 * The low-level request options of a connection: the response size limit, plus each request's
 * own headers.
 */
final class RequestOptionsFactory {

	private final RequestOptions base;

	RequestOptionsFactory(ConnectionSettings settings) {
		int limit = (int) settings.maxResponseSize();
		this.base = RequestOptions.DEFAULT.toBuilder()
			.setHttpAsyncResponseConsumerFactory(bodies(limit))
			.build();
	}

	/** Response bodies received into the array esdsl keeps ({@link ResponseBodyConsumer}). */
	private static HttpAsyncResponseConsumerFactory bodies(int limit) {
		return () -> new ResponseBodyConsumer(limit);
	}

	RequestOptions forRequest(RawRequest request) {
		if (request.headers().isEmpty()) {
			return this.base;
		}
		RequestOptions.Builder options = this.base.toBuilder();
		request.headers().forEach(options::addHeader);
		return options.build();
	}

}
