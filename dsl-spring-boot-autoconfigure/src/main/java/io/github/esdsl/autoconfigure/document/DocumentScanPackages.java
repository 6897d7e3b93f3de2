package io.github.esdsl.autoconfigure.document;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * The packages named by {@link DocumentScan} annotations.
 */
public final class DocumentScanPackages {

	private static final String BEAN = DocumentScanPackages.class.getName();

	private final List<String> packages;

	DocumentScanPackages(String... packages) {
		this.packages = List.of(packages);
	}

	/**
	 * The packages to scan.
	 * @return the package names
	 */
	public List<String> getPackageNames() {
		return this.packages;
	}

	/**
	 * The packages registered in a bean factory by {@link DocumentScan}.
	 * @param beanFactory the bean factory
	 * @return the packages, empty when there are none
	 */
	public static List<String> get(BeanFactory beanFactory) {
		if (beanFactory.containsBean(BEAN)) {
			return beanFactory.getBean(BEAN, DocumentScanPackages.class).getPackageNames();
		}
		return Collections.emptyList();
	}

	static void register(BeanDefinitionRegistry registry, Set<String> packages) {
		Set<String> all = new LinkedHashSet<>();
		if (registry.containsBeanDefinition(BEAN)) {
			BeanDefinition existing = registry.getBeanDefinition(BEAN);
			for (Object name : (Object[]) existing.getConstructorArgumentValues()
				.getIndexedArgumentValue(0, String[].class)
				.getValue()) {
				all.add((String) name);
			}
			registry.removeBeanDefinition(BEAN);
		}
		all.addAll(packages);
		RootBeanDefinition definition = new RootBeanDefinition(DocumentScanPackages.class);
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, all.toArray(String[]::new));
		definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		registry.registerBeanDefinition(BEAN, definition);
	}

	/**
	 * Registers the packages of a {@link DocumentScan} annotation.
	 */
	static final class Registrar implements ImportBeanDefinitionRegistrar {

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			AnnotationAttributes attributes = AnnotationAttributes
				.fromMap(metadata.getAnnotationAttributes(DocumentScan.class.getName()));
			Set<String> packages = new LinkedHashSet<>();
			for (String name : attributes.getStringArray("basePackages")) {
				if (!name.isBlank()) {
					packages.add(name.strip());
				}
			}
			for (Class<?> type : attributes.getClassArray("basePackageClasses")) {
				packages.add(ClassUtils.getPackageName(type));
			}
			if (packages.isEmpty()) {
				packages.add(ClassUtils.getPackageName(metadata.getClassName()));
			}
			register(registry, packages);
		}

	}

}
