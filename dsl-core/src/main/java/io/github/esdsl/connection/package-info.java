/**
 * Connections to Elasticsearch: {@link io.github.esdsl.connection.ConnectionSettings},
 * the {@link io.github.esdsl.connection.Connections} registry of named aliases, and
 * {@link io.github.esdsl.connection.Connection}, which sends our own request bytes
 * ({@link io.github.esdsl.connection.RawRequest}) over the low-level Rest5Client and returns
 * {@link io.github.esdsl.connection.RawResponse}s, synchronously or as {@code CompletableFuture}s.
 * Error statuses become typed {@link io.github.esdsl.connection.ElasticsearchException}s;
 * unreachable hosts a {@link io.github.esdsl.connection.ConnectionException}.
 * {@link io.github.esdsl.connection.Client} holds the raw client basics.
 */
package io.github.esdsl.connection;
