package io.github.esdsl.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports esdsl's auto-configuration (connections, startup index management, SearchTemplate
 * and FacetedSearch beans, health, observation) and what it builds on, listed in
 * {@code META-INF/spring/io.github.esdsl.test.spring.AutoConfigureElasticsearchDsl.imports}; for
 * a slice of one's own. {@link ElasticsearchDslTest} uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureElasticsearchDsl {

}
