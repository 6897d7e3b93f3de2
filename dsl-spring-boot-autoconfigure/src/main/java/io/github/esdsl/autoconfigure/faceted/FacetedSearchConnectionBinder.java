package io.github.esdsl.autoconfigure.faceted;

import io.github.esdsl.connection.Connections;
import io.github.esdsl.faceted.FacetedSearch;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Binds an application's {@link FacetedSearch} bean that has no connection of its own to the
 * connection of its alias in the context's {@link Connections}, instead of
 * {@link Connections#global()}. Subclasses are bound too: {@link FacetedSearch#using} copies
 * them with their overridden hooks.
 */
final class FacetedSearchConnectionBinder implements BeanPostProcessor {

	private final ObjectProvider<Connections> connections;

	FacetedSearchConnectionBinder(ObjectProvider<Connections> connections) {
		this.connections = connections;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof FacetedSearch<?> search) || search.connection().isPresent()) {
			return bean;
		}
		Connections all = this.connections.getIfAvailable();
		if (all == null) {
			return bean;
		}
		if (!all.contains(search.alias())) {
			throw new IllegalStateException("FacetedSearch bean '" + beanName + "' uses alias '" + search.alias()
					+ "' but there is no such connection; known aliases: " + all.aliases() + ". Configure "
					+ "elasticsearch.dsl.connections." + search.alias() + ".hosts or use one of the known aliases");
		}
		return search.using(all.get(search.alias()));
	}

}
