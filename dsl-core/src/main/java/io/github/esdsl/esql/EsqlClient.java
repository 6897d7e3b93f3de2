package io.github.esdsl.esql;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.github.esdsl.json.Json;

/**
 * Runs ES|QL queries with {@code POST /_query}. Thread-safe when its transport is.
 *
 * <pre>{@code
 * EsqlClient client = EsqlClient.of(EsqlTransport.of(restClient));
 * List<Employee> tall = client.execute(Esql.from(Employee.class).where(E("height").gt(2)))
 *     .documents(Employee.class);
 * }</pre>
 */
public final class EsqlClient {

	/** The ES|QL endpoint. */
	public static final String PATH = "/_query";

	private final EsqlTransport transport;

	private EsqlClient(EsqlTransport transport) {
		this.transport = transport;
	}

	/**
	 * A client sending its requests through a transport.
	 * @param transport the transport
	 * @return the client
	 */
	public static EsqlClient of(EsqlTransport transport) {
		if (transport == null) {
			throw new IllegalArgumentException("An EsqlClient needs a transport, not null");
		}
		return new EsqlClient(transport);
	}

	/**
	 * Runs a query.
	 * @param query the query
	 * @return the response
	 * @throws EsqlException if Elasticsearch answers with an error
	 * @throws UncheckedIOException if no answer came
	 */
	public EsqlResponse execute(Esql query) {
		return execute(EsqlRequest.of(query));
	}

	/**
	 * Runs a request with its parameters and options.
	 * @param request the request
	 * @return the response
	 * @throws EsqlException if Elasticsearch answers with an error
	 * @throws UncheckedIOException if no answer came
	 */
	public EsqlResponse execute(EsqlRequest request) {
		EsqlTransport.Reply reply;
		try {
			reply = this.transport.post(PATH, Json.toBytes(request));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("ES|QL request to " + PATH + " failed: " + ex.getMessage(), ex);
		}
		if (reply.status() < 200 || reply.status() >= 300) {
			throw EsqlException.of(reply.status(), reply.body());
		}
		return EsqlResponse.parse(reply.body(), request.isColumnar());
	}

	@Override
	public String toString() {
		return "EsqlClient[" + this.transport + "]";
	}

}
