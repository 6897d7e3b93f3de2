package io.github.esdsl.autoconfigure.faceted;

import java.util.Collection;
import java.util.Map;

import io.github.esdsl.autoconfigure.UserBeans;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.faceted.FacetedSearch;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a {@link FacetedSearch} bean definition named {@code <name>FacetedSearch} and
 * qualified by its name per entry bound under {@code elasticsearch.dsl.faceted-searches}, unless
 * the application defines a {@code FacetedSearch} bean of that name or qualified by that name.
 * The definitions name a static factory method and its arguments, so that ahead-of-time
 * processing can generate code for them.
 */
class FacetedSearchRegistrar implements ImportBeanDefinitionRegistrar {

	private final Environment environment;

	private final BeanFactory beanFactory;

	FacetedSearchRegistrar(Environment environment, BeanFactory beanFactory) {
		this.environment = environment;
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Collection<String> qualified = UserBeans.qualifiers(this.beanFactory, registry, FacetedSearch.class).values();
		for (String name : definitions(this.environment).keySet()) {
			String beanName = name + "FacetedSearch";
			if (registry.containsBeanDefinition(beanName) || qualified.contains(name)) {
				continue;
			}
			RootBeanDefinition bean = new RootBeanDefinition(FacetedSearchRegistrar.class);
			bean.setFactoryMethodName("facetedSearch");
			bean.setTargetType(ResolvableType.forClassWithGenerics(FacetedSearch.class,
					ResolvableType.forClassWithGenerics(Map.class, String.class, Object.class)));
			bean.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
			bean.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
			bean.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
			registry.registerBeanDefinition(beanName, bean);
		}
	}

	/**
	 * The faceted search declared under a name: the factory method of the registered bean
	 * definitions, binding the declaration when the bean is created.
	 * @param name the name under {@code elasticsearch.dsl.faceted-searches}
	 * @param environment the environment holding the declaration
	 * @param connections the connections
	 * @return the faceted search on the connection of its alias
	 */
	static FacetedSearch<Map<String, Object>> facetedSearch(String name, Environment environment,
			Connections connections) {
		FacetedSearchProperties.Definition definition = definitions(environment).get(name);
		if (definition == null) {
			throw new IllegalStateException("Faceted search '" + name + "' was declared under "
					+ FacetedSearchFactory.PREFIX + " when the application was processed ahead of time, but is not "
					+ "declared now; declared: " + definitions(environment).keySet());
		}
		return FacetedSearchFactory.create(name, definition, connections);
	}

	private static Map<String, FacetedSearchProperties.Definition> definitions(Environment environment) {
		return Binder.get(environment)
			.bind(FacetedSearchFactory.PREFIX, Bindable.mapOf(String.class, FacetedSearchProperties.Definition.class))
			.orElse(Map.of());
	}

}
