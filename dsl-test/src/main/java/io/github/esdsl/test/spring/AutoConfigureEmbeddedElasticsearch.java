package io.github.esdsl.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Connects every esdsl alias to an embedded Elasticsearch node, whatever hosts the properties
 * name, the way {@code @AutoConfigureTestDatabase} replaces a DataSource. One node per alias
 * ({@code default} on the JVM's shared node, two aliases are two clusters), started from the Maven
 * distribution when the connections open and shared by every context of the JVM; no Docker.
 * Each alias gets an {@code ElasticsearchDslConnectionDetails} bean, which wins over the
 * {@code elasticsearch.dsl.connections.<alias>} connection properties; its other properties
 * (timeouts, compression, ...) still apply. {@code ELASTICSEARCH_URL} (or
 * {@code -Desdsl.elasticsearch.url}) connects every alias to that cluster instead.
 * <p>
 * On a test: <pre>{@code
 * @SpringBootTest
 * @AutoConfigureEmbeddedElasticsearch
 * class SearchPageTests { ... }
 * }</pre>
 * To run one's own application locally, a test-scoped main run by
 * {@code ./mvnw spring-boot:test-run}: <pre>{@code
 * @AutoConfigureEmbeddedElasticsearch
 * class TestApplication {
 *     public static void main(String[] args) {
 *         SpringApplication.from(Application::main).with(TestApplication.class).run(args);
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(EmbeddedElasticsearchRegistrar.class)
public @interface AutoConfigureEmbeddedElasticsearch {

}
