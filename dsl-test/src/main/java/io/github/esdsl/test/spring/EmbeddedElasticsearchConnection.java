package io.github.esdsl.test.spring;

import java.util.Objects;
import java.util.function.Supplier;

import io.github.esdsl.test.ElasticsearchEndpoint;

/**
 * An esdsl connection alias served by an embedded node: the source from which esdsl's
 * {@code ConnectionDetailsFactory} makes the alias's connection details. The node starts when
 * the endpoint is first asked for, so a context that never opens its connections starts none.
 */
public final class EmbeddedElasticsearchConnection {

	private final String alias;

	private final Supplier<ElasticsearchEndpoint> endpoint;

	private ElasticsearchEndpoint started;

	/**
	 * Create a connection source.
	 * @param alias the esdsl alias, such as {@code default}
	 * @param endpoint supplies the node's endpoint, starting the node if needed; called once
	 */
	public EmbeddedElasticsearchConnection(String alias, Supplier<ElasticsearchEndpoint> endpoint) {
		this.alias = Objects.requireNonNull(alias, "alias must not be null");
		this.endpoint = Objects.requireNonNull(endpoint, "endpoint must not be null");
	}

	/**
	 * The alias this node serves.
	 * @return the alias
	 */
	public String alias() {
		return this.alias;
	}

	/**
	 * How to reach the node, starting it on first call.
	 * @return the endpoint
	 */
	public synchronized ElasticsearchEndpoint endpoint() {
		if (this.started == null) {
			this.started = this.endpoint.get();
		}
		return this.started;
	}

	@Override
	public String toString() {
		return "embedded Elasticsearch for alias '" + this.alias + "'";
	}

}
