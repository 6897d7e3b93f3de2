/**
 * Queries: {@link io.github.esdsl.query.Q} builds them (by name, from raw maps, or with a typed
 * factory per query type), {@link io.github.esdsl.query.Query} combines them with Python's
 * {@code &}, {@code |} and {@code ~} rules, and {@link io.github.esdsl.query.SF} builds the score
 * functions of {@code function_score}.
 *
 * <p>Field names are given as Elasticsearch spells them, dots included
 * ({@code Q.match("title.raw", "x")}); the Python DSL's {@code title__raw} keyword spelling is not
 * needed in Java and is not translated.
 */
package io.github.esdsl.query;
