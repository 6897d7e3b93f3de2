package io.github.esdsl.search;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;

/**
 * An in-process HTTP server answering with canned Elasticsearch bodies, in order, and recording
 * every request: for exact request checks and for endpoints the embedded node lacks.
 */
final class CannedServer implements AutoCloseable {

	record Received(String method, String pathAndQuery, String body) {
	}

	record Answer(int status, byte[] body) {
	}

	private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

	private final HttpServer server;

	private final Connection connection;

	CannedServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
		this.connection = Connection.create(ConnectionSettings.builder()
			.hosts("http://127.0.0.1:" + this.server.getAddress().getPort())
			.compatibility(8)
			.build());
	}

	Connection connection() {
		return this.connection;
	}

	CannedServer answer(int status, byte[] body) {
		this.answers.add(new Answer(status, body));
		return this;
	}

	CannedServer answer(String json) {
		return answer(200, json.getBytes(StandardCharsets.UTF_8));
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), body));
		Answer answer = this.answers.poll();
		if (answer == null) {
			answer = new Answer(500, "{\"error\":{\"type\":\"test_exception\",\"reason\":\"no canned answer left\"},\"status\":500}"
				.getBytes(StandardCharsets.UTF_8));
		}
		exchange.getResponseHeaders().add("Content-Type", "application/vnd.elasticsearch+json;compatible-with=8");
		exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
		exchange.sendResponseHeaders(answer.status(), answer.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(answer.body());
		}
	}

	@Override
	public void close() {
		this.connection.close();
		this.server.stop(0);
	}

}
