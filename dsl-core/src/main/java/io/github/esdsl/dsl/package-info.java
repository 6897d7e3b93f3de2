/**
 * The small core every DSL value is built on: an immutable name plus ordered parameters
 * ({@link io.github.esdsl.dsl.DslObject}), a table saying which parameters hold other DSL values
 * ({@link io.github.esdsl.dsl.ParamSpec}), and the error type for malformed input
 * ({@link io.github.esdsl.dsl.InvalidDslException}).
 */
package io.github.esdsl.dsl;
