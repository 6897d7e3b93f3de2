package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * What the benchmarks' in-process stand-ins for Elasticsearch share: a JDK HTTP server on a free
 * loopback port, and JSON answers with the {@code X-Elastic-Product} header clients check for.
 */
final class LoopbackHttp {

	static {
		// without it, Nagle's algorithm and delayed ACKs add about 40 ms to small responses on loopback
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private LoopbackHttp() {
	}

	/**
	 * Starts a server handling every path.
	 * @param handler the handler of all requests
	 * @param executor the handler threads, or {@code null} for the dispatcher thread
	 * @return the running server
	 * @throws IOException when no loopback port can be bound
	 */
	static HttpServer start(HttpHandler handler, Executor executor) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		server.setExecutor(executor);
		server.createContext("/", handler);
		server.start();
		return server;
	}

	/**
	 * Answers with a JSON body (headers only for {@code HEAD}).
	 * @param exchange the exchange
	 * @param status the HTTP status
	 * @param body the JSON body
	 * @throws IOException when the client has gone
	 */
	static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, head ? -1 : body.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

}
