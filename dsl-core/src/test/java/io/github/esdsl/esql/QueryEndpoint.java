package io.github.esdsl.esql;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * An in-process HTTP server standing in for Elasticsearch's {@code POST /_query}: it records
 * each request and answers with the status and body it is given (the documented response
 * bodies), since the embedded test node has no ES|QL.
 */
final class QueryEndpoint implements AutoCloseable {

	/** One request as received. */
	record Received(String method, String path, String contentType, String body) {
	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String answer = "{}";

	QueryEndpoint() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Content-Type"),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	QueryEndpoint answer(int status, String body) {
		this.status = status;
		this.answer = body;
		return this;
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	List<Received> received() {
		return new ArrayList<>(this.received);
	}

	Received last() {
		return this.received.get(this.received.size() - 1);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
