package io.github.esdsl.reliability;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.persistence.BulkOptions;
import io.github.esdsl.persistence.BulkResult;
import io.github.esdsl.persistence.BulkRetry;
import io.github.esdsl.persistence.DocumentOperations;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Response;
import io.github.esdsl.search.Search;
import io.github.esdsl.test.ElasticsearchCluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node of a three-node cluster is killed (SIGKILL) while 100,000 documents are bulk-indexed and
 * searched, and restarted: no document is lost or doubled, every retried item is reported, and
 * searches keep succeeding.
 */
class NodeFailureBulkIT {

	private static final int DOCUMENTS = 100_000;

	private static final int KILL_AT = 30_000;

	private static final int AWAIT_RESTART_AT = 60_000;

	private static final String INDEX = "reliability-node-failure";

	private static ElasticsearchCluster cluster;

	@BeforeAll
	static void startCluster() {
		cluster = ThreeNodes.cluster();
	}

	@Test
	void killedAndRestartedNodeLosesNoDocumentAndSearchesKeepSucceeding() throws Exception {
		AtomicInteger bulkRequests = new AtomicInteger();
		AtomicInteger bulkAttempts = new AtomicInteger();
		ConnectionSettings settings = settings().listener(RequestListener.onCompletion((request, outcome) -> {
			if (request.operation().equals("bulk")) {
				bulkRequests.incrementAndGet();
				bulkAttempts.addAndGet(outcome.attempts());
			}
		})).build();
		try (Connection connection = Connection.create(settings);
				Connection searching = Connection.create(settings().build())) {
			connection.client().indices().create(INDEX, Map.of("settings",
					Map.of("number_of_shards", 3, "number_of_replicas", 1, "refresh_interval", "1s"),
					"mappings", Map.of("properties", Map.of("n", Map.of("type", "integer")))));
			awaitGreen(connection);
			int victim = victim(connection);
			Outage outage = new Outage(cluster, victim);
			Searcher searcher = new Searcher(Search.of(INDEX).docType(Reading.class).using(searching), outage);
			searcher.start();
			searcher.awaitSearches(outage.before, 100);

			long started = System.nanoTime();
			Stream<Reading> readings = IntStream.range(0, DOCUMENTS).mapToObj((n) -> {
				if (n == KILL_AT) {
					outage.kill();
				}
				else if (n == AWAIT_RESTART_AT) {
					outage.awaitRestarted(Duration.ofMinutes(3));
				}
				return Reading.of(n);
			});
			BulkResult result = new DocumentOperations(connection).on(INDEX)
				.bulk(readings, BulkOptions.defaults().batchSize(1000).concurrency(2));
			Duration bulkTook = Duration.ofNanos(System.nanoTime() - started);
			searcher.awaitSearches(outage.after, 200);
			searcher.stop();

			connection.perform(RawRequest.post("/" + INDEX + "/_refresh"));
			long count = ((Number) connection.perform(RawRequest.get("/" + INDEX + "/_count")).bodyAsMap()
				.get("count")).longValue();
			IdCheck ids = IdCheck.of(Search.of(INDEX).docType(Reading.class).using(connection));
			Reports.write("node-failure-bulk", report(victim, result, bulkTook, bulkRequests, bulkAttempts, count,
					ids, outage, searcher));

			assertThat(result.failures()).isEmpty();
			assertThat(result.total()).isEqualTo(DOCUMENTS);
			assertThat(result.succeeded()).isEqualTo(DOCUMENTS);
			assertThat(count).isEqualTo(DOCUMENTS);
			assertThat(ids.distinct()).isEqualTo(DOCUMENTS);
			assertThat(ids.duplicates()).isZero();
			assertThat(ids.seen()).isEqualTo(DOCUMENTS);
			assertRetriesReported(result, bulkRequests.get(), bulkAttempts.get());
			for (Latencies phase : List.of(outage.before, outage.during, outage.after)) {
				assertThat(phase.attempts()).as(phase.line()).isPositive();
			}
			int searches = outage.before.attempts() + outage.during.attempts() + outage.after.attempts();
			int failed = outage.before.failures() + outage.during.failures() + outage.after.failures();
			assertThat(failed).as("failed searches of %d", searches).isLessThanOrEqualTo(searches / 100);
			connection.perform(RawRequest.delete("/" + INDEX));
		}
	}

	/**
	 * Every item sent again is in {@code retries()}, once per retry, and a request the connection
	 * had to send to another host counts its items as retried.
	 */
	private static void assertRetriesReported(BulkResult result, int requests, int attempts) {
		assertThat(result.requests()).isEqualTo(requests);
		long sentAgain = result.retries().stream().filter((retry) -> retry.status() != 0 || !retry.reason()
			.startsWith("the connection sent the request again")).count();
		assertThat(result.requests() > DOCUMENTS / 1000).as("bulk-level retry requests are reported as item retries")
			.isEqualTo(sentAgain > 0);
		assertThat(result.retries()).hasSize((int) result.retried());
		assertThat(result.retries()).allSatisfy((retry) -> {
			assertThat(retry.position()).isBetween(0L, (long) DOCUMENTS - 1);
			assertThat(retry.id()).isEqualTo(Long.toString(retry.position()));
			assertThat(retry.attempt()).isPositive();
			assertThat(retry.reason()).isNotBlank();
		});
		long resent = result.retries().stream().filter((retry) -> retry.status() == 0).count();
		assertThat(attempts - requests > 0).as("requests the connection sent again (%d) are reported",
				attempts - requests).isEqualTo(resent > 0);
	}

	private static String report(int victim, BulkResult result, Duration took, AtomicInteger requests,
			AtomicInteger attempts, long count, IdCheck ids, Outage outage, Searcher searcher) {
		Map<Integer, Long> byStatus = new java.util.TreeMap<>();
		for (BulkRetry retry : result.retries()) {
			byStatus.merge(retry.status(), 1L, Long::sum);
		}
		return "killed node-" + victim + " (SIGKILL) at document " + KILL_AT + "; outage (kill to rejoined) "
				+ outage.outage().toMillis() + " ms\n"
				+ "bulk: " + result.total() + " items in " + took.toMillis() + " ms, succeeded " + result.succeeded()
				+ ", failed " + result.failures().size() + ", requests " + result.requests() + " (HTTP attempts "
				+ attempts.get() + " for " + requests.get() + " requests), item retries " + result.retried()
				+ " by status (0 = request failed) " + byStatus + "\n"
				+ "check: count " + count + ", distinct ids " + ids.distinct() + ", duplicates " + ids.duplicates() + "\n"
				+ outage.before.line() + "\n" + outage.during.line() + "\n" + outage.after.line() + "\n"
				+ "search errors: " + searcher.errors() + "\n";
	}

	private static ConnectionSettings.Builder settings() {
		return ConnectionSettings.builder().hosts(cluster.endpoint().uris()).compatibility(8);
	}

	private static void awaitGreen(Connection connection) {
		Map<String, Object> health = connection.perform(RawRequest.get("/_cluster/health/" + INDEX)
			.param("wait_for_status", "green").param("timeout", "60s")).bodyAsMap();
		assertThat(health.get("status")).as("health of %s", INDEX).isEqualTo("green");
	}

	/** A node that is not the elected master, so that the outage does not include an election. */
	private static int victim(Connection connection) {
		String master = connection.perform(RawRequest.get("/_cat/master").param("h", "node").param("format", "json"))
			.bodyAsString();
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"node-(\\d+)\"").matcher(master);
		assertThat(name.find()).as("master in %s", master).isTrue();
		int index = Integer.parseInt(name.group(1));
		return (index + 1) % cluster.size();
	}

	/** Reads every document of the index once and counts ids seen, distinct and doubled. */
	record IdCheck(int seen, int distinct, int duplicates) {

		static IdCheck of(Search<Reading> search) {
			BitSet ids = new BitSet(DOCUMENTS);
			AtomicInteger seen = new AtomicInteger();
			AtomicInteger duplicates = new AtomicInteger();
			try (Stream<Reading> all = search.source("n").iterate(5000)) {
				all.forEach((reading) -> {
					seen.incrementAndGet();
					if (ids.get(reading.n())) {
						duplicates.incrementAndGet();
					}
					ids.set(reading.n());
				});
			}
			return new IdCheck(seen.get(), ids.cardinality(), duplicates.get());
		}

	}

	/** Searches continuously on its own thread, recording each search in the current phase. */
	static final class Searcher {

		private final Search<Reading> search;

		private final Outage outage;

		private final Thread thread;

		private final AtomicReference<String> lastError = new AtomicReference<>();

		private final AtomicInteger errors = new AtomicInteger();

		private volatile boolean running = true;

		Searcher(Search<Reading> search, Outage outage) {
			this.search = search;
			this.outage = outage;
			this.thread = new Thread(this::run, "searcher");
			this.thread.setDaemon(true);
		}

		void start() {
			this.thread.start();
		}

		private void run() {
			while (this.running) {
				Latencies phase = this.outage.phase();
				int n = ThreadLocalRandom.current().nextInt(DOCUMENTS);
				long start = System.nanoTime();
				try {
					Response<Reading> response = this.search.query(Q.term("n", n)).execute();
					phase.succeeded(System.nanoTime() - start, response.success());
				}
				catch (RuntimeException ex) {
					phase.failed();
					this.errors.incrementAndGet();
					this.lastError.set(ex.toString());
				}
			}
		}

		void awaitSearches(Latencies phase, int searches) throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (phase.attempts() < searches && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}

		void stop() throws InterruptedException {
			this.running = false;
			this.thread.join(Duration.ofSeconds(60).toMillis());
		}

		String errors() {
			return this.errors.get() + ((this.lastError.get() != null) ? ", last: " + this.lastError.get() : "");
		}

	}

}
