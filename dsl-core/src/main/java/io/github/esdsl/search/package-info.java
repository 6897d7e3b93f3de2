/**
 * Search requests and running them: {@link io.github.esdsl.search.Search} (Python's
 * {@code Search}), {@link io.github.esdsl.search.EmptySearch},
 * {@link io.github.esdsl.search.MultiSearch} and {@link io.github.esdsl.search.UpdateByQuery}.
 * All are immutable values whose {@code toMap()} and {@code toJson()} give exactly the request
 * body the Python DSL sends for the same calls; where and how they run (indices, connection
 * alias or connection, URL parameters) travels with them but is never part of the body.
 *
 * <p>Running them ({@code execute()}, {@code count()}, {@code iterate()}, {@code scan()},
 * {@code delete()} and their {@code ...Async} twins) gives a
 * {@link io.github.esdsl.search.Response} whose {@link io.github.esdsl.search.Hit hits} are bound
 * to the document class in one streaming pass over the response bytes, with
 * {@link io.github.esdsl.search.Aggregations aggregations},
 * {@link io.github.esdsl.search.Suggestion suggestions} and the raw body parsed only on demand.
 */
package io.github.esdsl.search;
