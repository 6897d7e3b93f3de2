/**
 * Aggregations: {@link io.github.esdsl.aggs.A} builds them (by type, from raw maps, or with a
 * typed factory per aggregation type of the Python DSL), {@link io.github.esdsl.aggs.Agg} is the
 * immutable value with {@code withBucket}/{@code withMetric}/{@code withPipeline}, and
 * {@link io.github.esdsl.aggs.AggsBuilder} nests them in place with the Python DSL's chaining
 * rules for {@code Search.aggs(builder -> ...)}.
 */
package io.github.esdsl.aggs;
