/**
 * The Spring Data Elasticsearch application of the startup benchmark: 100 entities with a
 * repository each and the configuration that starts them.
 */
package io.github.esdsl.benchmarks.startup.springdata;
