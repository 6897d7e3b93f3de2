package io.github.esdsl.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice for esdsl, like Spring Boot's {@code @DataElasticsearchTest}: only esdsl's
 * auto-configuration ({@link AutoConfigureElasticsearchDsl}), the application's {@code @Document}
 * classes (found from the {@code @SpringBootApplication}'s package or {@code @DocumentScan}), its
 * {@code SearchTemplate} and {@code FacetedSearch} beans; no web layer, no other component.
 * <p>
 * Every alias connects to an embedded node started for the test from the Maven distribution
 * (one per alias and JVM, shared by all tests; {@code default} on the JVM's shared node), unless
 * the test names the alias's hosts in its own properties ({@link #properties()},
 * {@code @TestPropertySource}, {@code @DynamicPropertySource}) or {@code ELASTICSEARCH_URL} (or
 * {@code -Desdsl.elasticsearch.url}) names a cluster. Hosts in {@code application.yml} are
 * replaced, so a slice test never writes to the cluster the application is configured for.
 * <pre>{@code
 * @ElasticsearchDslTest
 * class BookSearchTests {
 *     @Autowired SearchTemplate search;
 *     ...
 * }
 * }</pre>
 *
 * @see AutoConfigureEmbeddedElasticsearch
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(ElasticsearchDslTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(ElasticsearchDslTypeExcludeFilter.class)
@AutoConfigureElasticsearchDsl
@Import(EmbeddedElasticsearchRegistrar.UnlessTestNamesHosts.class)
@ImportAutoConfiguration
public @interface ElasticsearchDslTest {

	/**
	 * Properties in {@code name=value} form to add to the environment before the test runs.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Whether the default filters of component scanning apply: only {@code SearchTemplate} and
	 * {@code FacetedSearch} components are kept.
	 * @return whether the default filters apply
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Filters adding beans that component scanning would otherwise leave out.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Filters leaving out beans that the default filters would add.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration classes to leave out of this slice.
	 * @return the classes
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
