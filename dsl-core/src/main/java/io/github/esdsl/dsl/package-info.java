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
 * {@code writeParamsThen(generator, key1, key2)}, {@code writeValue(generator, value)} and
 * {@code toPlain(value)}; {@code copyParams()} gives the parameters for building a changed copy.
 *
 * <p>Two cheaper constructors serve the request path: {@code DslObject(name, key, value)} for a
 * value of one parameter (a field-keyed query such as {@code {"term": {"tag": "x"}}}, held without
 * a parameter map), and {@code DslObject(base, key, value)} for a changed copy of a value of the
 * same type with one parameter put, taking a value that is frozen and parsed already (a clause
 * list from {@code Frozen.listOf}, sub-aggregations from {@code Frozen.dslValues}) without
 * checking the other parameters again. A copy that appends a parameter its base does not have
 * (a bool's first {@code must} clauses, an aggregation's sub-aggregations) makes no map at all: it
 * refers to its base and is written by walking back through at most 8 such steps; a map is made
 * only when one is asked for ({@code params()}, equality).
 */
package io.github.esdsl.dsl;
