package io.github.esdsl.index.management;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;

/**
 * An in-process HTTP server standing in for a full Elasticsearch distribution where the embedded
 * node has no {@code reindex} module: records each request ({@code METHOD path?query body}) and
 * answers with the status and JSON a function gives.
 */
final class TaskApiServer implements AutoCloseable {

	record Answer(int status, String json) {
	}

	private final HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final Connection connection;

	TaskApiServer(Function<String, Answer> answers) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		this.server.createContext("/", (exchange) -> {
			String query = exchange.getRequestURI().getRawQuery();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String request = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
					+ ((query != null) ? "?" + query : "") + (body.isEmpty() ? "" : " " + body.strip());
			this.requests.add(request);
			Answer answer = answers.apply(request);
			byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
			exchange.sendResponseHeaders(answer.status(), bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		});
		this.server.start();
		this.connection = Connection.create(ConnectionSettings.builder()
			.hosts("http://127.0.0.1:" + this.server.getAddress().getPort())
			.compatibility(8)
			.build());
	}

	Connection connection() {
		return this.connection;
	}

	List<String> requests() {
		return List.copyOf(this.requests);
	}

	@Override
	public void close() {
		this.connection.close();
		this.server.stop(0);
	}

}
