package io.github.esdsl.autoconfigure.document;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.github.esdsl.document.Document;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the concrete {@link Document} classes (annotated or inheriting the annotation) in
 * packages and their sub-packages.
 */
final class DocumentClassScanner {

	private final Environment environment;

	private final ResourceLoader resourceLoader;

	DocumentClassScanner(Environment environment, ResourceLoader resourceLoader) {
		this.environment = environment;
		this.resourceLoader = resourceLoader;
	}

	Set<Class<?>> scan(Collection<String> packages) {
		ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false,
				this.environment) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
			}

		};
		provider.setResourceLoader(this.resourceLoader);
		provider.addIncludeFilter(new AnnotationTypeFilter(Document.class));
		Set<Class<?>> classes = new LinkedHashSet<>();
		for (String name : packages) {
			for (BeanDefinition candidate : provider.findCandidateComponents(name)) {
				classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(),
						this.resourceLoader.getClassLoader()));
			}
		}
		return classes;
	}

}
