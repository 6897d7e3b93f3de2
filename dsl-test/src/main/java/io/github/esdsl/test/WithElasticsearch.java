package io.github.esdsl.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class or method against a real Elasticsearch: parameters of type
 * {@link ElasticsearchEndpoint} receive the external cluster of {@code ELASTICSEARCH_URL} or
 * else the JVM's {@linkplain EmbeddedElasticsearch#shared() shared node}.
 *
 * <pre>{@code
 * @WithElasticsearch
 * class SearchIT {
 *     @Test
 *     void findsTheDocument(ElasticsearchEndpoint endpoint) { ... }
 * }
 * }</pre>
 *
 * @see ElasticsearchExtension
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ElasticsearchExtension.class)
public @interface WithElasticsearch {

	/**
	 * Whether to use the {@linkplain EmbeddedElasticsearch#sharedSecured() shared secured node}
	 * (TLS and basic auth) instead; its endpoint carries credentials and the CA file.
	 * @return whether the node is secured
	 */
	boolean secured() default false;

	/**
	 * Whether the test needs a full distribution (reindex, painless, analysis-common, ES|QL);
	 * against the embedded one it is skipped with the reason.
	 * @return whether a full distribution is needed
	 * @see ElasticsearchCapabilities#FULL_DISTRIBUTION_MODULES
	 */
	boolean fullDistribution() default false;

}
