/** esdsl benchmarks. */
package io.github.esdsl.benchmarks;
