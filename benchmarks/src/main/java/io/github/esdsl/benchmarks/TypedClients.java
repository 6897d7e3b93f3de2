package io.github.esdsl.benchmarks;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientOptions;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.RequestOptions;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

/**
 * elasticsearch-java's typed client on a low-level client of its own. The 9.x client asks for
 * {@code compatible-with=9}, which the 8.19 node refuses, so it sends {@code compatible-with=8}
 * instead (as esdsl does when told the server's major version).
 */
final class TypedClients {

	private static final String COMPATIBLE_8 = "application/vnd.elasticsearch+json; compatible-with=8";

	private TypedClients() {
	}

	static ElasticsearchClient create(URI uri, JsonpMapper mapper) {
		RequestOptions options = RequestOptions.DEFAULT.toBuilder()
			.addHeader("Accept", COMPATIBLE_8)
			.addHeader("Content-Type", COMPATIBLE_8)
			.build();
		return new ElasticsearchClient(new Rest5ClientTransport(Rest5Client.builder(uri).build(), mapper,
				new Rest5ClientOptions(options, false)));
	}

}
