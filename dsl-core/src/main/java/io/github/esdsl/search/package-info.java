/**
 * Search requests: {@link io.github.esdsl.search.Search} (Python's {@code Search}),
 * {@link io.github.esdsl.search.EmptySearch}, {@link io.github.esdsl.search.MultiSearch} and
 * {@link io.github.esdsl.search.UpdateByQuery}. All are immutable values whose {@code toMap()}
 * and {@code toJson()} give exactly the request body the Python DSL sends for the same calls;
 * where and how they run (indices, connection alias, URL parameters) travels with them but is
 * never part of the body.
 */
package io.github.esdsl.search;
