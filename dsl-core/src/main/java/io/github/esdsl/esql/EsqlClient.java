package io.github.esdsl.esql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.ElasticsearchException;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;

/**
 * Runs ES|QL queries with {@code POST /_query} on a {@link Connection}, like Python's
 * {@code Document.esql_execute()}. Thread-safe.
 *
 * <pre>{@code
 * EsqlClient esql = EsqlClient.of(connection);
 * List<Employee> tall = esql.execute(Esql.from(Employee.class).where(E("height").gt(2)))
 *     .documents(Employee.class);
 * }</pre>
 *
 * Errors are the connection's: a {@code BadRequestException} (an {@link ElasticsearchException})
 * with Elasticsearch's {@code errorType()} and {@code reason()} for a query it rejects, a
 * {@code ConnectionException} when no node answered.
 */
public final class EsqlClient {

	/** The ES|QL endpoint. */
	public static final String PATH = "/_query";

	private final Supplier<Connection> connection;

	private final String description;

	private EsqlClient(Supplier<Connection> connection, String description) {
		this.connection = connection;
		this.description = description;
	}

	/**
	 * A client on a connection.
	 * @param connection the connection
	 * @return the client
	 */
	public static EsqlClient of(Connection connection) {
		if (connection == null) {
			throw new IllegalArgumentException("An EsqlClient needs a connection, not null");
		}
		return new EsqlClient(() -> connection, connection.toString());
	}

	/**
	 * A client on the connection registered under an alias in {@link Connections#global()},
	 * looked up on each query.
	 * @param alias the alias, such as {@code "default"}
	 * @return the client
	 */
	public static EsqlClient using(String alias) {
		Esql.requireText(alias, "connection alias");
		return new EsqlClient(() -> Connections.global().get(alias), "alias '" + alias + "'");
	}

	/**
	 * Runs a query.
	 * @param query the query
	 * @return the response
	 * @throws ElasticsearchException if Elasticsearch rejects the query
	 */
	public EsqlResponse execute(Esql query) {
		return execute(EsqlRequest.of(query));
	}

	/**
	 * Runs a request with its parameters and options.
	 * @param request the request
	 * @return the response
	 * @throws ElasticsearchException if Elasticsearch rejects the query
	 */
	public EsqlResponse execute(EsqlRequest request) {
		return read(this.connection.get().perform(rawRequest(request)), request);
	}

	/**
	 * Runs a query without blocking.
	 * @param query the query
	 * @return the future response, failing as {@link #execute(Esql)} throws
	 */
	public CompletableFuture<EsqlResponse> executeAsync(Esql query) {
		return executeAsync(EsqlRequest.of(query));
	}

	/**
	 * Runs a request without blocking.
	 * @param request the request
	 * @return the future response, failing as {@link #execute(EsqlRequest)} throws
	 */
	public CompletableFuture<EsqlResponse> executeAsync(EsqlRequest request) {
		return this.connection.get().performAsync(rawRequest(request)).thenApply((raw) -> read(raw, request));
	}

	private static RawRequest rawRequest(EsqlRequest request) {
		return RawRequest.post(PATH).body(request).operation("esql.query");
	}

	private static EsqlResponse read(RawResponse response, EsqlRequest request) {
		return EsqlResponse.parse(response.body(), request.isColumnar());
	}

	@Override
	public String toString() {
		return "EsqlClient[" + this.description + "]";
	}

}
