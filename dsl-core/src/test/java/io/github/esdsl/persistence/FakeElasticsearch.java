package io.github.esdsl.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;

/**
 * An in-process HTTP server standing in for Elasticsearch: records each request and answers with
 * a handler returning a status and a JSON body (documented response shapes).
 */
final class FakeElasticsearch implements AutoCloseable {

	record Request(String method, String pathAndQuery, String body) {
	}

	record Answer(int status, String json) {
	}

	interface Handler {

		Answer answer(Request request);

	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();

	private final Connection connection;

	FakeElasticsearch(Handler handler) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", (exchange) -> {
			try {
				String query = exchange.getRequestURI().getRawQuery();
				Request request = new Request(exchange.getRequestMethod(),
						exchange.getRequestURI().getRawPath() + ((query != null) ? "?" + query : ""),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				this.requests.add(request);
				Answer answer = handler.answer(request);
				byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
				exchange.sendResponseHeaders(answer.status(), body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			catch (RuntimeException ex) {
				ex.printStackTrace();
				exchange.sendResponseHeaders(500, -1);
			}
			finally {
				exchange.close();
			}
		});
		this.server.start();
		this.connection = Connection.create(ConnectionSettings.builder()
			.hosts("http://127.0.0.1:" + this.server.getAddress().getPort())
			.compatibility(8)
			.build());
	}

	String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	Connection connection() {
		return this.connection;
	}

	List<Request> requests() {
		return new ArrayList<>(this.requests);
	}

	@Override
	public void close() {
		this.connection.close();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
