package io.github.esdsl.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.esdsl.benchmarks.startup.esdsl.EsdslApplication;
import io.github.esdsl.benchmarks.startup.esdsl.EsdslDocuments;
import io.github.esdsl.benchmarks.startup.springdata.SpringDataApplication;
import io.github.esdsl.benchmarks.startup.springdata.SpringDataDocuments;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting a Spring Boot application with 100 document classes against a real node, one start
 * per invocation: esdsl with {@code index-management} {@code none} (the baseline: scanning and
 * context only), {@code templates} when the 100 templates are already as wanted (the common
 * restart), {@code templates} and {@code create} on a first start (templates, and indices,
 * deleted before each start), and Spring Data Elasticsearch with 100 equivalent entities and
 * repositories, which create their indices with the mapping when missing (indices present: a
 * restart; deleted before each start: a first start). Every contender talks to the same node.
 * The JVM is warm after the first start (the warm-up): these are the costs of the context and
 * of index management, not of class loading. First starts, slow on the server's side (100
 * cluster-state updates or more), run fewer times than restarts: one warm-up and two measured.
 *
 * <p>The restarts do different work. {@code esdslNone} sends no request. {@code esdslTemplatesUnchanged}
 * creates no bean per document class and sends a few requests for the 100 classes together: a
 * version check ({@code GET /}, or {@code GET _nodes/_local} where that is refused), one
 * {@code GET _index_template/startup-esdsl-*} and one get-index request over the 100 index names
 * (split only when the URL would be too long), and writes nothing. {@code springDataExisting}
 * creates 100 repository proxies, each of which sends {@code HEAD /startup-sde-NNN} (does the
 * index exist?) while its bean is created: 100 requests one after the other.
 * {@code springDataNoRepositories} is the same application without its repositories (Spring Data
 * used through {@code ElasticsearchOperations}): its mapping context scans the 100 entities, it
 * builds no bean per entity and sends no request, the like-for-like of {@code esdslNone} and,
 * but for esdsl's three requests, of {@code esdslTemplatesUnchanged}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class StartupBenchmark {

	static final int CLASSES = 100;

	@Benchmark
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public void esdslNone(Cluster cluster, Started started) {
		started.context = esdsl(cluster, "none");
	}

	@Benchmark
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public void esdslTemplatesUnchanged(Cluster cluster, TemplatesPresent present, Started started) {
		started.context = esdsl(cluster, "templates");
	}

	@Benchmark
	public void esdslTemplatesFirstStart(Cluster cluster, Empty empty, Started started) {
		started.context = esdsl(cluster, "templates");
	}

	@Benchmark
	public void esdslCreateFirstStart(Cluster cluster, Empty empty, Started started) {
		started.context = esdsl(cluster, "create");
	}

	@Benchmark
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public void springDataExisting(Cluster cluster, IndicesPresent present, Started started) {
		started.context = springData(cluster);
	}

	@Benchmark
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public void springDataNoRepositories(Cluster cluster, IndicesPresent present, Started started) {
		started.context = start(SpringDataApplication.class, "--spring.elasticsearch.uris=" + cluster.uri,
				"--benchmark.repositories=false");
	}

	@Benchmark
	public void springDataFirstStart(Cluster cluster, Empty empty, Started started) {
		started.context = springData(cluster);
	}

	static ConfigurableApplicationContext esdsl(Cluster cluster, String indexManagement) {
		return start(EsdslApplication.class, "--elasticsearch.dsl.connections.default.hosts=" + cluster.uri,
				"--elasticsearch.dsl.index-management=" + indexManagement);
	}

	static ConfigurableApplicationContext springData(Cluster cluster) {
		return start(SpringDataApplication.class, "--spring.elasticsearch.uris=" + cluster.uri);
	}

	static ConfigurableApplicationContext start(Class<?> application, String... arguments) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setRegisterShutdownHook(false);
		List<String> args = new ArrayList<>(List.of(arguments));
		args.add("--logging.level.root=warn");
		return app.run(args.toArray(String[]::new));
	}

	/** The node, with none of the benchmark's templates or indices at the start and end of a trial. */
	@State(Scope.Benchmark)
	public static class Cluster {

		String uri;

		private BenchNode node;

		private Connection admin;

		@Setup(Level.Trial)
		public void connect() {
			this.node = BenchNode.start();
			this.uri = this.node.uri().toString();
			this.admin = this.node.admin();
			clear();
		}

		@TearDown(Level.Trial)
		public void disconnect() throws IOException {
			clear();
			this.node.close();
		}

		void clear() {
			this.admin.perform(RawRequest.delete("/_index_template/" + EsdslDocuments.INDEX_PREFIX + "*").ignore(404));
			List<String> indices = new ArrayList<>();
			for (int i = 1; i <= CLASSES; i++) {
				indices.add(EsdslDocuments.INDEX_PREFIX + String.format("%03d", i));
				indices.add(SpringDataDocuments.INDEX_PREFIX + String.format("%03d", i));
			}
			this.admin.perform(RawRequest.delete("/" + String.join(",", indices))
				.param("ignore_unavailable", "true")
				.ignore(404));
		}

	}

	/** esdsl's 100 templates already put, as wanted. */
	@State(Scope.Benchmark)
	public static class TemplatesPresent {

		@Setup(Level.Trial)
		public void putTemplates(Cluster cluster) {
			esdsl(cluster, "templates").close();
		}

	}

	/** Spring Data Elasticsearch's 100 indices already created. */
	@State(Scope.Benchmark)
	public static class IndicesPresent {

		@Setup(Level.Trial)
		public void createIndices(Cluster cluster) {
			springData(cluster).close();
		}

	}

	/** No template or index of the benchmark's before each start. */
	@State(Scope.Benchmark)
	public static class Empty {

		@Setup(Level.Invocation)
		public void clear(Cluster cluster) {
			cluster.clear();
		}

	}

	/** The application started by an invocation, closed after it (not measured). */
	@State(Scope.Thread)
	public static class Started {

		ConfigurableApplicationContext context;

		@TearDown(Level.Invocation)
		public void close() {
			if (this.context != null) {
				this.context.close();
				this.context = null;
			}
		}

	}

}
