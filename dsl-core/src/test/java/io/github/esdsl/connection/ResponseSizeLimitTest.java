package io.github.esdsl.connection;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A response far larger than {@code maxResponseSize} (200 MB against a 1 MB limit), streamed by
 * an in-process server with a Content-Length or chunked, fails fast with a
 * {@link ResponseTooLargeException} naming the limit and the host: the client stops reading long
 * before the body ends, so the heap never holds it.
 */
class ResponseSizeLimitTest {

	private static final long LIMIT = 1024 * 1024;

	private static final long BODY = 200L * 1024 * 1024;

	private HttpServer server;

	private ExecutorService executor;

	private final AtomicLong written = new AtomicLong();

	private volatile boolean chunked;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
		this.executor = Executors.newFixedThreadPool(2);
		this.server.setExecutor(this.executor);
		this.server.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, this.chunked ? 0 : BODY);
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) ' ');
			try (OutputStream out = exchange.getResponseBody()) {
				out.write('[');
				this.written.addAndGet(1);
				while (this.written.get() + chunk.length < BODY) {
					out.write(chunk);
					this.written.addAndGet(chunk.length);
				}
			}
			catch (IOException ex) {
				// the client hung up: what this test wants
			}
			finally {
				exchange.close();
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@ParameterizedTest(name = "chunked={0}")
	@ValueSource(booleans = { false, true })
	void bodyOfTwoHundredMegabytesAgainstAOneMegabyteLimitFailsFastAndClearly(boolean chunked) {
		this.chunked = chunked;
		Runtime runtime = Runtime.getRuntime();
		long usedBefore = runtime.totalMemory() - runtime.freeMemory();
		long start = System.nanoTime();
		try (Connection connection = Connection.create(ConnectionSettings.builder().hosts(uri())
			.maxResponseSize(LIMIT).maxRetries(0).build())) {
			ResponseTooLargeException ex = catchThrowableOfType(ResponseTooLargeException.class,
					() -> connection.perform(RawRequest.get("/big/_search")));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			assertThat(ex).as("a ResponseTooLargeException").isNotNull();
			assertThat(ex.limit()).isEqualTo(LIMIT);
			assertThat(ex.host()).isEqualTo(uri());
			assertThat(ex).hasMessageStartingWith("GET /big/_search: the response from " + uri()
					+ " is larger than the maxResponseSize of 1048576 bytes");
			assertThat(took).as("failed fast").isLessThan(Duration.ofSeconds(10));
			// the client stopped reading: the server could only fill the socket buffers
			assertThat(this.written.get()).as("bytes the server got out").isLessThan(BODY / 4);
			long grown = (runtime.totalMemory() - runtime.freeMemory()) - usedBefore;
			assertThat(grown).as("heap growth").isLessThan(BODY / 2);
			System.out.printf("chunked=%s: failed after %d ms, server wrote %d bytes, heap grew %d bytes: %s%n", chunked,
					took.toMillis(), this.written.get(), grown, ex.getMessage());
		}
	}

}
