/**
 * The small core every DSL value is built on: an immutable name plus ordered parameters
 * ({@link io.github.esdsl.dsl.DslObject}), a table saying which parameters hold other DSL values
 * ({@link io.github.esdsl.dsl.ParamSpec}), and the error type for malformed input
 * ({@link io.github.esdsl.dsl.InvalidDslException}), with suggestions for misspelt names
 * ({@link io.github.esdsl.dsl.Names}).
 *
 * <p>A new DSL type is a few lines:
 * <pre>{@code
 * final class FilterAgg extends DslObject {
 *     static final ParamSpec SPEC = ParamSpec.builder()
 *         .one("filter", Q::from)          // a query, given as Query or raw map
 *         .map("aggs", A::from)            // name -> sub-aggregation
 *         .build();
 *     FilterAgg(Map<String, ?> params) { super("filter", params, SPEC); }
 * }
 * }</pre>
 * Values with another JSON layout override {@code toMap()} and {@code writeJson(...)} using the
 * protected helpers {@code paramsToMap(include)}, {@code writeParams(generator, include)},
 * {@code writeValue(generator, value)} and {@code toPlain(value)}; {@code copyParams()} gives
 * the parameters for building a changed copy.
 */
package io.github.esdsl.dsl;
