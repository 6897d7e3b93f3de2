package io.github.esdsl.autoconfigure.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.esdsl.autoconfigure.ElasticsearchDslAutoConfiguration;
import io.github.esdsl.autoconfigure.document.samples.bench.BenchDocuments;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.ConnectionSettings;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Startup benchmark: a context with 100 document classes in {@code templates} mode against the
 * same context with index management {@code none}. Prints the medians; asserts only that every
 * start succeeds and that the templates exist.
 */
@WithElasticsearch
class DocumentIndexStartupBenchmarkIT {

	private static final int RUNS = 5;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ElasticsearchDslAutoConfiguration.class,
				DocumentIndexAutoConfiguration.class))
		.withPropertyValues("elasticsearch.dsl.documents.packages=" + BenchDocuments.class.getPackageName());

	@Test
	void startupWithOneHundredDocumentClasses(ElasticsearchEndpoint endpoint) {
		String hosts = "elasticsearch.dsl.connections.default.hosts=" + endpoint.uri();
		try (Connection admin = Connection.create(ConnectionSettings.of(endpoint.uri().toString()))) {
			admin.perform(RawRequest.delete("/_index_template/esdsl-bench-*").ignore(404));
			long none = median(hosts, "none");
			long first = start(hosts, "templates");
			long again = median(hosts, "templates");
			System.out.printf("Startup with 100 document classes: none %d ms, templates first start %d ms "
					+ "(+%d ms), templates unchanged %d ms (+%d ms), medians of %d%n", none, first, first - none, again,
					again - none, RUNS);
			assertThat(admin.perform(RawRequest.get("/_index_template/esdsl-bench-*")).bodyAsMap().get("index_templates"))
				.asList()
				.hasSize(100);
			admin.perform(RawRequest.delete("/_index_template/esdsl-bench-*").ignore(404));
		}
	}

	private long median(String hosts, String mode) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			times.add(start(hosts, mode));
		}
		Collections.sort(times);
		return times.get(RUNS / 2);
	}

	private long start(String hosts, String mode) {
		long[] millis = new long[1];
		long begin = System.nanoTime();
		this.contextRunner.withPropertyValues(hosts, "elasticsearch.dsl.index-management=" + mode).run((context) -> {
			millis[0] = (System.nanoTime() - begin) / 1_000_000;
			assertThat(context).hasNotFailed();
		});
		return millis[0];
	}

}
