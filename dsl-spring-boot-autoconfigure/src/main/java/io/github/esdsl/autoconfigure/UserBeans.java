package io.github.esdsl.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.MethodMetadata;

/**
 * The beans of a type that the application defines, with the {@link Qualifier} value each
 * carries, looked up while the auto-configuration registers its own definitions (as Spring
 * Boot's {@code @ConditionalOnMissingBean} does, without creating any bean), so that a bean of
 * the auto-configuration backs off by type and qualifier. Support for the auto-configuration's
 * registrars, not for applications.
 */
public final class UserBeans {

	private UserBeans() {
	}

	/**
	 * The names of the defined beans of a type, each with its qualifier value.
	 * @param beanFactory the bean factory being configured
	 * @param registry its bean definitions
	 * @param type the bean type
	 * @return bean name to qualifier value ({@code null} for an unqualified bean), in definition order
	 */
	public static Map<String, String> qualifiers(BeanFactory beanFactory, BeanDefinitionRegistry registry,
			Class<?> type) {
		Map<String, String> beans = new LinkedHashMap<>();
		if (beanFactory instanceof ListableBeanFactory listable) {
			for (String name : listable.getBeanNamesForType(type, true, false)) {
				beans.put(name, registry.containsBeanDefinition(name) ? qualifier(registry.getBeanDefinition(name)) : null);
			}
		}
		return beans;
	}

	private static String qualifier(BeanDefinition definition) {
		if (definition instanceof AnnotatedBeanDefinition annotated) {
			MethodMetadata method = annotated.getFactoryMethodMetadata();
			String value = value((method != null) ? method : annotated.getMetadata());
			if (value != null) {
				return value;
			}
		}
		if (definition instanceof AbstractBeanDefinition abstractDefinition) {
			AutowireCandidateQualifier qualifier = abstractDefinition.getQualifier(Qualifier.class.getName());
			Object value = (qualifier != null) ? qualifier.getAttribute(AutowireCandidateQualifier.VALUE_KEY) : null;
			return (value instanceof String text && !text.isEmpty()) ? text : null;
		}
		return null;
	}

	private static String value(AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(Qualifier.class.getName());
		Object value = (attributes != null) ? attributes.get("value") : null;
		return (value instanceof String text && !text.isEmpty()) ? text : null;
	}

}
