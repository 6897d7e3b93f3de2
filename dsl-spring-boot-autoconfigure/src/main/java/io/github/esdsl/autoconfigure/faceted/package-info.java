/**
 * Auto-configuration of {@link io.github.esdsl.faceted.FacetedSearch} beans: the ones declared
 * under {@code elasticsearch.dsl.faceted-searches} and the application's own, bound to the
 * connection of their alias.
 */
package io.github.esdsl.autoconfigure.faceted;
