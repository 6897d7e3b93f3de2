package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An in-process stand-in for Elasticsearch's {@code _bulk} on loopback: it reads each request,
 * counts its items (two NDJSON lines each: every action carries a source) and answers that every
 * item was created, so a client's own CPU can be measured without a node. Any other request gets
 * {@code {"acknowledged":true}}. Every response carries the {@code X-Elastic-Product} header the
 * typed client checks.
 */
final class BulkServer implements AutoCloseable {

	private static final String THREAD_PREFIX = "bulk-server-";

	private static final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final HttpServer server;

	private final ExecutorService executor;

	private final Map<Integer, byte[]> responses = new ConcurrentHashMap<>();

	private final AtomicLong items = new AtomicLong();

	BulkServer() throws IOException {
		AtomicInteger counter = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(2, (task) -> {
			Thread thread = new Thread(task, THREAD_PREFIX + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.server = LoopbackHttp.start(this::handle, this.executor);
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** @return how many bulk items were answered since the last reset */
	long items() {
		return this.items.get();
	}

	void resetItems() {
		this.items.set(0);
	}

	/**
	 * The CPU time used so far by the server's threads (its dispatcher and handlers), to subtract
	 * from the process's CPU time.
	 * @return nanoseconds
	 */
	static long serverCpuNanos() {
		long total = 0;
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			String name = thread.getName();
			if (name.startsWith(THREAD_PREFIX) || name.startsWith("HTTP-Dispatcher")) {
				long cpu = threads.getThreadCpuTime(thread.getId());
				total += Math.max(cpu, 0);
			}
		}
		return total;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			if (exchange.getRequestURI().getPath().endsWith("/_bulk")) {
				int count = lines(exchange.getRequestBody()) / 2;
				this.items.addAndGet(count);
				body = this.responses.computeIfAbsent(count, BulkServer::bulkResponse);
			}
			else {
				exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
				body = "{\"acknowledged\":true}".getBytes(StandardCharsets.UTF_8);
			}
			LoopbackHttp.respond(exchange, 200, body);
		}
	}

	private static int lines(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		int lines = 0;
		int read;
		while ((read = in.read(buffer)) >= 0) {
			for (int i = 0; i < read; i++) {
				if (buffer[i] == '\n') {
					lines++;
				}
			}
		}
		return lines;
	}

	/** What Elasticsearch answers when every one of {@code count} index actions created its document. */
	static byte[] bulkResponse(int count) {
		StringBuilder json = new StringBuilder(count * 200).append("{\"errors\":false,\"took\":3,\"items\":[");
		for (int i = 0; i < count; i++) {
			json.append((i > 0) ? "," : "")
				.append("{\"index\":{\"_index\":\"bench\",\"_id\":\"")
				.append(i)
				.append("\",\"_version\":1,\"result\":\"created\",\"_shards\":{\"total\":1,\"successful\":1,"
						+ "\"failed\":0},\"_seq_no\":")
				.append(i)
				.append(",\"_primary_term\":1,\"status\":201}}");
		}
		return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
