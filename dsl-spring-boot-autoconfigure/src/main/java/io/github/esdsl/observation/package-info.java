/**
 * Micrometer observations of esdsl requests: the documented observation, its context and the
 * convention that names it and its key values, replaceable with a bean.
 */
package io.github.esdsl.observation;
