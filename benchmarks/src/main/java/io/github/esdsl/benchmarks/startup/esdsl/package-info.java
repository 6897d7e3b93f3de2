/**
 * The esdsl application of the startup benchmark: 100 document classes and the configuration
 * that starts them.
 */
package io.github.esdsl.benchmarks.startup.esdsl;
