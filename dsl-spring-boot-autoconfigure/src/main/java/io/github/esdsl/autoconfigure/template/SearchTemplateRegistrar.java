package io.github.esdsl.autoconfigure.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.connection.Connections;
import io.github.esdsl.spring.SearchTemplate;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a {@link SearchTemplate} bean definition per alias bound under
 * {@code elasticsearch.dsl.connections} (the {@code default} alias when none is), unless a bean
 * of that name is defined already.
 */
class SearchTemplateRegistrar implements ImportBeanDefinitionRegistrar {

	static final String PRIMARY_BEAN_NAME = "searchTemplate";

	private final Environment environment;

	private final BeanFactory beanFactory;

	SearchTemplateRegistrar(Environment environment, BeanFactory beanFactory) {
		this.environment = environment;
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		for (String alias : aliases(this.environment)) {
			String name = beanName(alias);
			if (registry.containsBeanDefinition(name)) {
				continue;
			}
			RootBeanDefinition definition = new RootBeanDefinition(SearchTemplate.class);
			definition.setInstanceSupplier(() -> create(alias));
			definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, alias));
			definition.setPrimary(Connections.DEFAULT_ALIAS.equals(alias));
			registry.registerBeanDefinition(name, definition);
		}
	}

	private SearchTemplate create(String alias) {
		return new SearchTemplate(this.beanFactory.getBean(Connections.class).get(alias));
	}

	static String beanName(String alias) {
		return Connections.DEFAULT_ALIAS.equals(alias) ? PRIMARY_BEAN_NAME : alias + "SearchTemplate";
	}

	static Set<String> aliases(Environment environment) {
		Map<String, Object> bound = Binder.get(environment)
			.bind("elasticsearch.dsl.connections", Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of());
		return bound.isEmpty() ? Set.of(Connections.DEFAULT_ALIAS) : new LinkedHashSet<>(bound.keySet());
	}

}
