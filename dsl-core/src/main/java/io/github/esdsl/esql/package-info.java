/**
 * ES|QL: {@link io.github.esdsl.esql.Esql} builds query strings the way the Python DSL's ES|QL
 * builder does, with {@link io.github.esdsl.esql.Expression} operators and
 * {@link io.github.esdsl.esql.F} functions; {@link io.github.esdsl.esql.EsqlClient} runs them
 * against {@code POST /_query} and {@link io.github.esdsl.esql.EsqlResponse} reads the rows,
 * as maps or as document instances.
 */
package io.github.esdsl.esql;
