package io.github.esdsl.test.spring;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * The components {@link ElasticsearchDslTest} keeps from component scanning: those listed in
 * {@code META-INF/spring/io.github.esdsl.test.spring.ElasticsearchDslTest.includes} (the
 * application's {@code SearchTemplate} and {@code FacetedSearch} components) and the test's own
 * include filters.
 */
final class ElasticsearchDslTypeExcludeFilter
		extends StandardAnnotationCustomizableTypeExcludeFilter<ElasticsearchDslTest> {

	ElasticsearchDslTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
