/**
 * JMH benchmarks of esdsl against elasticsearch-java and Spring Data Elasticsearch, measured side
 * by side in one run. Build with {@code ./mvnw -B -pl benchmarks -am package -DskipTests} and run
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package io.github.esdsl.benchmarks;
