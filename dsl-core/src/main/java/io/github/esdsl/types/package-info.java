/**
 * Typed values generated from the Elasticsearch specification: an enum per closed set of values
 * ({@link io.github.esdsl.types.Operator}, {@link io.github.esdsl.types.CalendarInterval},
 * {@link io.github.esdsl.types.SortOrder}, …; constants in UPPER_SNAKE_CASE of the wire value,
 * sent as {@link io.github.esdsl.types.JsonEnum#jsonValue()}), and the options builders of the
 * search body's parts and of the objects nested in queries and aggregations
 * ({@link io.github.esdsl.types.HighlightFieldOptions},
 * {@link io.github.esdsl.types.InnerHitsOptions}, …), all on {@link io.github.esdsl.types.Options}.
 * The options of each query type live beside {@code Q} and those of each aggregation beside
 * {@code A}.
 *
 * <p>Everything here except {@code Options}, {@code JsonEnum} and this file is written by
 * {@code tools/typed-options/regenerate}; do not edit it by hand.
 */
package io.github.esdsl.types;
