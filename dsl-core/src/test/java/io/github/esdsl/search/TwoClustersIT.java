package io.github.esdsl.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.RequestListener;
import io.github.esdsl.test.ElasticsearchCluster;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.EmbeddedElasticsearch;
import io.github.esdsl.test.WithElasticsearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.search.LiveFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two aliases in {@link Connections#global()} pointing at two different nodes: each search runs
 * on the node of its {@code using(alias)}.
 */
@WithElasticsearch
class TwoClustersIT {

	private static final String FIRST = "execution-it-first";

	private static final String SECOND = "execution-it-second";

	private static final ConcurrentLinkedQueue<String> hosts = new ConcurrentLinkedQueue<>();

	private static ElasticsearchCluster secondCluster;

	private static ElasticsearchEndpoint first;

	private static String index;

	@BeforeAll
	static void start(ElasticsearchEndpoint node) {
		first = node;
		secondCluster = EmbeddedElasticsearch.builder().clusterName("execution-it-second")
			.startupTimeout(Duration.ofSeconds(500))
			.start();
		RequestListener listener = RequestListener.onCompletion((request, outcome) -> {
			if (request.operation().equals("search")) {
				hosts.add(outcome.host());
			}
		});
		Connection a = Connections.global().add(FIRST, LiveFixtures.connect(first, listener));
		Connection b = Connections.global().add(SECOND, LiveFixtures.connect(secondCluster.endpoint(), listener));
		index = LiveFixtures.newIndex("two");
		LiveFixtures.bulk(a, index, Map.of("from-first", map("node", "first")));
		LiveFixtures.bulk(b, index, Map.of("from-second", map("node", "second")));
	}

	@AfterAll
	static void stop() {
		Connections.global().remove(FIRST);
		Connections.global().remove(SECOND);
		if (secondCluster != null) {
			secondCluster.close();
		}
	}

	@Test
	void eachAliasSearchesItsOwnNode() {
		hosts.clear();
		Response<Map<String, Object>> onFirst = Search.of(index).using(FIRST).execute();
		Response<Map<String, Object>> onSecond = Search.of(index).using(SECOND).execute();
		assertThat(onFirst.hits()).extracting(Hit::id).containsExactly("from-first");
		assertThat(onSecond.hits()).extracting(Hit::id).containsExactly("from-second");
		assertThat(List.copyOf(hosts)).containsExactly(first.uri().toString().replaceAll("/$", ""),
				secondCluster.endpoint().uri().toString().replaceAll("/$", ""));
		assertThat(first.uri()).isNotEqualTo(secondCluster.endpoint().uri());
	}

	@Test
	void anUnknownAliasNamesTheKnownOnes() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> Search.of(index).using("execution-it-nowhere").execute())
			.withMessageStartingWith("There is no connection with alias 'execution-it-nowhere'; known aliases: [")
			.withMessageContaining(FIRST)
			.withMessageContaining(SECOND);
	}

}
