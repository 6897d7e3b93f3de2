package io.github.esdsl.autoconfigure.template;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.autoconfigure.UserBeans;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.spring.SearchTemplate;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
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
 * {@code elasticsearch.dsl.connections} (the {@code default} alias when none is), unless the
 * application defines a {@code SearchTemplate} for that alias: one named like ours, one
 * qualified with the alias, or (for the {@code default} alias, or the only one) an unqualified
 * one. The definitions name a static factory method and its arguments, so that ahead-of-time
 * processing can generate code for them.
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
		Set<String> aliases = aliases(this.environment);
		String primary = primaryAlias(aliases);
		Map<String, String> own = UserBeans.qualifiers(this.beanFactory, registry, SearchTemplate.class);
		Set<String> taken = new LinkedHashSet<>();
		own.forEach((name, qualifier) -> taken.add(aliasOf(name, qualifier, aliases, primary)));
		for (String alias : aliases) {
			String name = beanName(alias);
			if (taken.contains(alias) || registry.containsBeanDefinition(name)) {
				continue;
			}
			RootBeanDefinition definition = new RootBeanDefinition(SearchTemplateRegistrar.class);
			definition.setFactoryMethodName("searchTemplate");
			definition.setTargetType(SearchTemplate.class);
			definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
			definition.getConstructorArgumentValues().addIndexedArgumentValue(1, alias);
			definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, alias));
			definition.setPrimary(alias.equals(primary));
			// with a primary alias, the others are injected by qualifier only, so that an
			// application's own unqualified template is never ambiguous with them
			definition.setDefaultCandidate(primary == null || alias.equals(primary));
			registry.registerBeanDefinition(name, definition);
		}
	}

	/**
	 * The template of one alias: the factory method of the registered bean definitions.
	 * @param connections the connections
	 * @param alias the alias
	 * @return the template on the connection of the alias
	 */
	static SearchTemplate searchTemplate(Connections connections, String alias) {
		return new SearchTemplate(connections.get(alias));
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

	/**
	 * The alias an unqualified template stands for: {@code default} when configured, else the
	 * only alias, else none.
	 */
	private static String primaryAlias(Set<String> aliases) {
		if (aliases.contains(Connections.DEFAULT_ALIAS)) {
			return Connections.DEFAULT_ALIAS;
		}
		return (aliases.size() == 1) ? aliases.iterator().next() : null;
	}

	private static String aliasOf(String beanName, String qualifier, Set<String> aliases, String primary) {
		if (qualifier != null) {
			return qualifier;
		}
		for (String alias : aliases) {
			if (beanName(alias).equals(beanName)) {
				return alias;
			}
		}
		return primary;
	}

}
