package io.github.esdsl.autoconfigure.health;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * With Spring Boot's {@code spring-boot-elasticsearch} module next to esdsl, turns Spring Boot's
 * {@code elasticsearch} health indicator off by default: it would check the cluster esdsl's
 * {@code elasticsearchDsl} indicator already checks. Set
 * {@code management.health.elasticsearch.enabled=true} to have both.
 */
class SpringBootElasticsearchHealthDefault implements EnvironmentPostProcessor {

	static final String PROPERTY = "management.health.elasticsearch.enabled";

	private static final String SPRING_BOOT_HEALTH = "org.springframework.boot.elasticsearch.autoconfigure.health."
			+ "ElasticsearchRestHealthContributorAutoConfiguration";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (ClassUtils.isPresent(SPRING_BOOT_HEALTH, getClass().getClassLoader())) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("esdslHealthDefaults", Map.of(PROPERTY, "false")));
		}
	}

}
