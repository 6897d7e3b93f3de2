/**
 * Documents on a live cluster: the life cycle of {@code @Document} objects (init, save, get, mget,
 * exists, update, delete, search by raw body) through {@link io.github.esdsl.persistence.DocumentOperations},
 * validation before writing, bulk indexing, and index management through
 * {@link io.github.esdsl.persistence.IndexOperations}.
 */
package io.github.esdsl.persistence;
