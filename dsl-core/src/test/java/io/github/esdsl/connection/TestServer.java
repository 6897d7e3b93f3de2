package io.github.esdsl.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;

/**
 * An in-process HTTP server on 127.0.0.1 that records every request and answers with a handler.
 */
final class TestServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final ConcurrentLinkedQueue<Recorded> requests = new ConcurrentLinkedQueue<>();

	private TestServer(HttpServer server, int threads, Handler handler) {
		this.server = server;
		this.executor = Executors.newFixedThreadPool(threads);
		server.setExecutor(this.executor);
		server.createContext("/", (exchange) -> {
			try {
				Recorded recorded = Recorded.of(exchange);
				this.requests.add(recorded);
				handler.handle(exchange, recorded);
			}
			catch (Throwable ex) {
				ex.printStackTrace();
				exchange.sendResponseHeaders(599, -1);
			}
			finally {
				exchange.close();
			}
		});
		server.start();
	}

	static TestServer start(Handler handler) {
		return start(4, handler);
	}

	static TestServer start(int threads, Handler handler) {
		try {
			return new TestServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100),
					threads, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static TestServer startTls(SSLContext sslContext, Handler handler) {
		try {
			HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
			server.setHttpsConfigurator(new HttpsConfigurator(sslContext));
			return new TestServer(server, 2, handler);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A handler answering {@code {"ok":true}} to everything. */
	static TestServer startOk() {
		return start((exchange, request) -> json(exchange, 200, "{\"ok\":true}"));
	}

	String uri() {
		String scheme = (this.server instanceof HttpsServer) ? "https" : "http";
		return scheme + "://127.0.0.1:" + this.server.getAddress().getPort();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	List<Recorded> requests() {
		return new ArrayList<>(this.requests);
	}

	Recorded lastRequest() {
		List<Recorded> all = requests();
		if (all.isEmpty()) {
			throw new AssertionError("The server at " + uri() + " received no request");
		}
		return all.get(all.size() - 1);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	static void json(HttpExchange exchange, int status, String json) throws IOException {
		send(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, (head || body.length == 0) ? -1 : body.length);
		if (!head && body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	/** A port nothing listens on: connections are refused. */
	static int deadPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Answers one recorded request.
	 */
	@FunctionalInterface
	interface Handler {

		void handle(HttpExchange exchange, Recorded request) throws IOException;

	}

	/**
	 * One request as received.
	 */
	record Recorded(String method, String uri, Map<String, List<String>> headers, byte[] body) {

		static Recorded of(HttpExchange exchange) throws IOException {
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			return new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
					+ ((exchange.getRequestURI().getRawQuery() != null) ? "?" + exchange.getRequestURI().getRawQuery()
							: ""),
					headers, body);
		}

		String header(String name) {
			List<String> values = this.headers.get(name);
			return (values != null) ? String.join(",", values) : null;
		}

		String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		String gunzippedBody() throws IOException {
			try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(this.body))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}

	}

}
