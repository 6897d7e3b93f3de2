/**
 * JMH benchmarks of esdsl against elasticsearch-java and Spring Data Elasticsearch, measured side
 * by side in one run. {@code benchmarks/run} builds the module, runs them all with short settings
 * ({@code --long} for longer ones) and prints a Markdown table per benchmark; or build with
 * {@code ./mvnw -B -pl benchmarks -am package -DskipTests} and run
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package io.github.esdsl.benchmarks;
