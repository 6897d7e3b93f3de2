package io.github.esdsl.esql;

import java.io.IOException;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Sends a JSON body to Elasticsearch and gives back the answer, whatever its status: the one
 * thing {@link EsqlClient} needs from a connection. {@link #of(Rest5Client)} adapts the
 * low-level client (a {@code io.github.esdsl.connection.Connection} exposes one); tests can
 * answer with a lambda.
 */
@FunctionalInterface
public interface EsqlTransport {

	/**
	 * Sends {@code POST path} with a JSON body.
	 * @param path the path, such as {@code /_query}
	 * @param body the UTF-8 JSON body
	 * @return the status and body of the answer, error statuses included
	 * @throws IOException if no answer came
	 */
	Reply post(String path, byte[] body) throws IOException;

	/**
	 * An HTTP answer.
	 * @param status the HTTP status
	 * @param body the body bytes, empty if there was none
	 */
	record Reply(int status, byte[] body) {

		/**
		 * Checks the body.
		 * @param status the HTTP status
		 * @param body the body bytes, {@code null} read as empty
		 */
		public Reply {
			body = (body != null) ? body : new byte[0];
		}

	}

	/**
	 * A transport over Elasticsearch's low-level REST client, which brings node selection,
	 * failover, TLS and authentication.
	 * @param client the client, owned (and closed) by the caller
	 * @return the transport
	 */
	static EsqlTransport of(Rest5Client client) {
		return (path, body) -> {
			Request request = new Request("POST", path);
			request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
			Response response;
			try {
				response = client.performRequest(request);
			}
			catch (ResponseException ex) {
				response = ex.getResponse();
			}
			HttpEntity entity = response.getEntity();
			return new Reply(response.getStatusCode(), (entity != null) ? EntityUtils.toByteArray(entity) : null);
		};
	}

}
