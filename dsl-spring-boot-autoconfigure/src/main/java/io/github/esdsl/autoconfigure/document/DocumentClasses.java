package io.github.esdsl.autoconfigure.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * The one place that finds the application's {@code @Document} classes: the names recorded when
 * the application was processed ahead of time (see {@link DocumentClassesAotProcessor}), else a
 * scan of {@code elasticsearch.dsl.documents.packages}, else of {@link DocumentScan @DocumentScan},
 * else of the auto-configuration packages.
 */
final class DocumentClasses {

	/** The name of the singleton holding the recorded class names in AOT mode. */
	static final String BEAN_NAME = DocumentClasses.class.getName();

	private final List<String> names;

	DocumentClasses(List<String> names) {
		this.names = List.copyOf(names);
	}

	List<String> names() {
		return this.names;
	}

	static Set<Class<?>> find(BeanFactory beanFactory, Environment environment, ResourceLoader resourceLoader) {
		if (beanFactory.containsBean(BEAN_NAME)) {
			Set<Class<?>> classes = new LinkedHashSet<>();
			for (String name : beanFactory.getBean(BEAN_NAME, DocumentClasses.class).names()) {
				classes.add(ClassUtils.resolveClassName(name, resourceLoader.getClassLoader()));
			}
			return classes;
		}
		return scan(beanFactory, environment, resourceLoader);
	}

	static Set<Class<?>> scan(BeanFactory beanFactory, Environment environment, ResourceLoader resourceLoader) {
		return new DocumentClassScanner(environment, resourceLoader).scan(packages(beanFactory, environment));
	}

	private static List<String> packages(BeanFactory beanFactory, Environment environment) {
		List<String> configured = Binder.get(environment)
			.bind("elasticsearch.dsl.documents.packages", Bindable.listOf(String.class))
			.orElse(List.of());
		if (!configured.isEmpty()) {
			return configured;
		}
		List<String> scanned = DocumentScanPackages.get(beanFactory);
		if (!scanned.isEmpty()) {
			return scanned;
		}
		return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
	}

}
