package io.github.esdsl.test;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shared node of this JVM (or the cluster of {@code ELASTICSEARCH_URL}) stores and finds
 * documents.
 */
@WithElasticsearch
class SingleNodeIT {

	@Test
	void indexedDocumentIsFoundBySearchAfterRefresh(ElasticsearchEndpoint endpoint) throws IOException {
		HttpCalls http = new HttpCalls(endpoint);
		String index = "single-node-it-" + System.nanoTime();
		assertThat(http.send("PUT", "/" + index,
				"{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
						+ "\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"},\"year\":{\"type\":\"integer\"}}}}")
			.status()).isEqualTo(200);
		assertThat(http.send("PUT", "/" + index + "/_doc/1", "{\"title\":\"Hello real Elasticsearch\",\"year\":2025}")
			.status()).isEqualTo(201);
		assertThat(http.send("POST", "/" + index + "/_refresh", null).status()).isEqualTo(200);

		HttpCalls.Response found = http.send("POST", "/" + index + "/_search",
				"{\"query\":{\"match\":{\"title\":\"real\"}}}");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.value("value")).contains("1");
		assertThat(found.value("_id")).contains("1");
		assertThat(found.body()).contains("\"_source\":{\"title\":\"Hello real Elasticsearch\",\"year\":2025}");
		HttpCalls.Response missed = http.send("POST", "/" + index + "/_search",
				"{\"query\":{\"match\":{\"title\":\"absent\"}}}");
		assertThat(missed.value("value")).contains("0");
	}

	@Test
	void sharedNodeIsReusedWithinTheJvm() {
		assertThat(EmbeddedElasticsearch.shared()).isSameAs(EmbeddedElasticsearch.shared());
		assertThat(EmbeddedElasticsearch.shared().size()).isEqualTo(1);
		assertThat(EmbeddedElasticsearch.shared().isRunning(0)).isTrue();
	}

	@Test
	void embeddedDistributionLacksReindexAndSaysSoWhenAssumed() {
		ElasticsearchCapabilities capabilities = ElasticsearchCapabilities.of(EmbeddedElasticsearch.shared().endpoint());

		assertThat(capabilities.hasModule("x-pack-security")).isTrue();
		assertThat(capabilities.hasModule("reindex")).isFalse();
		assertThat(capabilities.isFullDistribution()).isFalse();
		assertThatExceptionOfType(TestAbortedException.class).isThrownBy(capabilities::assumeFullDistribution)
			.withMessageContaining(
					"needs a full Elasticsearch distribution (reindex module missing in the embedded integ-test-zip)");
	}

	@Test
	void modulesAskedOverHttpMatchTheDistribution() {
		ElasticsearchEndpoint endpoint = EmbeddedElasticsearch.shared().endpoint();
		ElasticsearchEndpoint unregistered = ElasticsearchEndpoint.of(endpoint.uris());

		assertThat(ElasticsearchCapabilities.of(unregistered).modules())
			.isEqualTo(ElasticsearchCapabilities.embedded().modules())
			.contains("x-pack-security", "transport-netty4");
	}

	@Test
	@WithElasticsearch(fullDistribution = true)
	void updateByQueryRunsOnFullDistributions(ElasticsearchEndpoint endpoint) throws IOException {
		HttpCalls http = new HttpCalls(endpoint);
		String index = "update-by-query-it-" + System.nanoTime();
		http.send("PUT", "/" + index + "/_doc/1?refresh=true", "{\"views\":1}");

		HttpCalls.Response response = http.send("POST", "/" + index + "/_update_by_query?refresh=true",
				"{\"script\":{\"source\":\"ctx._source.views += 1\"}}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.value("updated")).contains("1");
	}

}
