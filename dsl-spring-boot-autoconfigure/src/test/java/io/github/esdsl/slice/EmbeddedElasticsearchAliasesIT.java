package io.github.esdsl.slice;

import java.net.URI;

import io.github.esdsl.connection.Connections;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.json.Json;
import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.spring.AutoConfigureEmbeddedElasticsearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link AutoConfigureEmbeddedElasticsearch} on a whole application: each alias gets a node of
 * its own, whatever hosts the application's and the test's properties name.
 */
@SpringBootTest(classes = SliceApplication.class,
		properties = "elasticsearch.dsl.connections.archive.hosts=http://127.0.0.1:1")
@AutoConfigureEmbeddedElasticsearch
class EmbeddedElasticsearchAliasesIT {

	@Autowired
	private Connections connections;

	@BeforeAll
	static void noExternalCluster() {
		assumeTrue(ElasticsearchEndpoint.fromEnvironment().isEmpty(),
				"ELASTICSEARCH_URL names one external cluster that every alias then uses");
	}

	@Test
	void twoAliasesAreTwoEmbeddedClusters() {
		assertThat(this.connections.aliases()).containsExactlyInAnyOrder("default", "archive");
		URI main = this.connections.get("default").settings().hosts().get(0);
		URI archive = this.connections.get("archive").settings().hosts().get(0);
		assertThat(main.getPort()).isNotEqualTo(1).isNotEqualTo(archive.getPort());
		assertThat(archive.getPort()).isNotEqualTo(1);
		assertThat(clusterName("default")).isNotEqualTo(clusterName("archive"));
	}

	private String clusterName(String alias) {
		return (String) Json.parseMap(this.connections.get(alias).perform(RawRequest.get("/_cluster/health")).body())
			.get("cluster_name");
	}

}
