/**
 * A real Elasticsearch for tests and development: nodes started as child processes from the
 * Maven artifact {@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}
 * ({@link io.github.esdsl.test.EmbeddedElasticsearch}, {@link io.github.esdsl.test.ElasticsearchCluster}),
 * how to reach them ({@link io.github.esdsl.test.ElasticsearchEndpoint}) and a JUnit 5
 * extension ({@link io.github.esdsl.test.WithElasticsearch}).
 */
package io.github.esdsl.test;
