/**
 * Spring Boot test and development support on real Elasticsearch nodes started from the Maven
 * distribution, no Docker needed: the {@link io.github.esdsl.test.spring.ElasticsearchDslTest}
 * slice, {@link io.github.esdsl.test.spring.AutoConfigureEmbeddedElasticsearch} for any
 * {@code @SpringBootTest} or a development main
 * ({@code SpringApplication.from(App::main).with(...)}), and the
 * {@link io.github.esdsl.test.spring.EmbeddedElasticsearchConnection} that esdsl's
 * auto-configuration turns into connection details.
 */
package io.github.esdsl.test.spring;
