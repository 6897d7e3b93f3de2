package io.github.esdsl.autoconfigure.faceted;

import java.util.Map;

import io.github.esdsl.connection.Connections;
import io.github.esdsl.faceted.FacetedSearch;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers a {@link FacetedSearch} bean definition named {@code <name>FacetedSearch} per entry
 * bound under {@code elasticsearch.dsl.faceted-searches}, unless a bean of that name is defined
 * already.
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
		Map<String, FacetedSearchProperties.Definition> definitions = Binder.get(this.environment)
			.bind(FacetedSearchFactory.PREFIX, Bindable.mapOf(String.class, FacetedSearchProperties.Definition.class))
			.orElse(Map.of());
		definitions.forEach((name, definition) -> {
			String beanName = name + "FacetedSearch";
			if (registry.containsBeanDefinition(beanName)) {
				return;
			}
			RootBeanDefinition bean = new RootBeanDefinition(FacetedSearch.class);
			bean.setTargetType(ResolvableType.forClassWithGenerics(FacetedSearch.class,
					ResolvableType.forClassWithGenerics(Map.class, String.class, Object.class)));
			bean.setInstanceSupplier(() -> FacetedSearchFactory.create(name, definition,
					this.beanFactory.getBean(Connections.class)));
			registry.registerBeanDefinition(beanName, bean);
		});
	}

}
