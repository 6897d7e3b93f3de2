package io.github.esdsl.test.spring;

import java.util.HashMap;
import java.util.Map;

import io.github.esdsl.test.ElasticsearchEndpoint;
import io.github.esdsl.test.EmbeddedElasticsearch;

/**
 * The embedded nodes of this JVM, one per alias and shared by every Spring context: the
 * {@code default} alias uses {@link EmbeddedElasticsearch#endpoint()} (the shared node), every
 * other alias a node of its own. An external cluster named by {@code ELASTICSEARCH_URL} (or
 * {@code -Desdsl.elasticsearch.url}) replaces them all. Nodes stop when the JVM exits.
 */
final class EmbeddedNodes {

	private static final Map<String, ElasticsearchEndpoint> byAlias = new HashMap<>();

	private EmbeddedNodes() {
	}

	static synchronized ElasticsearchEndpoint endpoint(String alias) {
		return ElasticsearchEndpoint.fromEnvironment().orElseGet(() -> {
			ElasticsearchEndpoint endpoint = byAlias.get(alias);
			if (endpoint == null) {
				endpoint = "default".equals(alias) ? EmbeddedElasticsearch.shared().endpoint()
						: EmbeddedElasticsearch.builder().start().endpoint();
				byAlias.put(alias, endpoint);
			}
			return endpoint;
		});
	}

}
