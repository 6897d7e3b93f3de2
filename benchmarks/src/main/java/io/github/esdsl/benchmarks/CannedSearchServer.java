package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An in-process HTTP server on loopback standing in for Elasticsearch in benchmark 2b: any
 * request to a path containing {@code _search} gets the canned body, {@code GET /} gets a node
 * info response, anything else a 404 in Elasticsearch's error format. Every answer carries the
 * {@code X-Elastic-Product} header clients check for.
 */
final class CannedSearchServer implements AutoCloseable {

	private static final byte[] INFO = ("{\"name\":\"bench\",\"cluster_name\":\"bench\",\"cluster_uuid\":\"bench-uuid\","
			+ "\"version\":{\"number\":\"9.2.0\",\"build_flavor\":\"default\",\"build_type\":\"tar\","
			+ "\"build_hash\":\"0000000\",\"build_date\":\"2025-10-01T00:00:00.000Z\",\"build_snapshot\":false,"
			+ "\"lucene_version\":\"10.3.0\",\"minimum_wire_compatibility_version\":\"8.19.0\","
			+ "\"minimum_index_compatibility_version\":\"8.0.0\"},\"tagline\":\"You Know, for Search\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final HttpServer server;

	private final byte[] searchBody;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private volatile boolean recording;

	private CannedSearchServer(byte[] searchBody) throws IOException {
		this.searchBody = searchBody;
		this.server = LoopbackHttp.start(this::handle, null);
	}

	/**
	 * Starts a server answering searches with a body.
	 * @param searchBody the {@code _search} response body
	 * @return the running server
	 */
	static CannedSearchServer start(byte[] searchBody) {
		try {
			return new CannedSearchServer(searchBody);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start the canned search server on loopback", ex);
		}
	}

	/** @return the base URL, {@code http://127.0.0.1:port} */
	String url() {
		return "http://" + this.server.getAddress().getAddress().getHostAddress() + ":" + this.server.getAddress().getPort();
	}

	/**
	 * Keeps the method and path (with query) of each request from now on, for tests.
	 * @return the list the requests are added to
	 */
	List<String> record() {
		this.requests.clear();
		this.recording = true;
		return this.requests;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			in.transferTo(OutputStream.nullOutputStream());
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getRawPath();
			if (this.recording) {
				this.requests.add(method + " " + exchange.getRequestURI());
			}
			if (path.contains("_search")) {
				LoopbackHttp.respond(exchange, 200, this.searchBody);
			}
			else if (path.equals("/") && (method.equals("GET") || method.equals("HEAD"))) {
				LoopbackHttp.respond(exchange, 200, INFO);
			}
			else {
				LoopbackHttp.respond(exchange, 404, ("{\"error\":{\"type\":\"resource_not_found_exception\",\"reason\":\"the canned "
						+ "server only answers _search and GET /, not " + method + " " + path + "\"},\"status\":404}")
					.getBytes(StandardCharsets.UTF_8));
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
