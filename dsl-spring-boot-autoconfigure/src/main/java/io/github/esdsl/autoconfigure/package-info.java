/**
 * Auto-configuration of esdsl connections: {@code elasticsearch.dsl.*} properties, the
 * {@code Connections} bean and its customizers.
 */
package io.github.esdsl.autoconfigure;
