package io.github.esdsl.autoconfigure.template;

import java.util.List;
import java.util.Set;

import io.github.esdsl.dsl.Names;
import io.github.esdsl.spring.SearchTemplate;

import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.analyzer.AbstractInjectionFailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Explains a {@link SearchTemplate} injection point whose {@code @Qualifier} names a connection
 * alias that is not configured: lists the configured aliases and the closest one. Runs before
 * Spring Boot's general analysis of a missing bean.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAliasQualifierFailureAnalyzer extends AbstractInjectionFailureAnalyzer<NoSuchBeanDefinitionException> {

	private final Environment environment;

	UnknownAliasQualifierFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause, String description) {
		InjectionPoint injectionPoint = injectionPoint(rootFailure, cause);
		if (injectionPoint == null || injectionPoint.getDeclaredType() != SearchTemplate.class) {
			return null;
		}
		Qualifier qualifier = injectionPoint.getAnnotation(Qualifier.class);
		Set<String> aliases = SearchTemplateRegistrar.aliases(this.environment);
		if (qualifier == null || aliases.contains(qualifier.value())) {
			return null;
		}
		String alias = qualifier.value();
		List<String> closest = Names.closest(alias, aliases, 1);
		String where = (description != null) ? description : "An injection point";
		return new FailureAnalysis(where + " required a SearchTemplate for the connection alias '" + alias
				+ "' (@Qualifier(\"" + alias + "\")), but no such alias is configured. Configured aliases: " + aliases
				+ "; the closest is '" + closest.get(0) + "'.",
				"Change the qualifier to @Qualifier(\"" + closest.get(0) + "\"), or configure the connection with "
						+ "'elasticsearch.dsl.connections." + alias + ".hosts'.",
				cause);
	}

	/** The injection point that failed on this missing bean: the most nested one. */
	private static InjectionPoint injectionPoint(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
		InjectionPoint found = null;
		for (Throwable candidate = rootFailure; candidate != null && candidate != cause; candidate = candidate.getCause()) {
			if (candidate instanceof UnsatisfiedDependencyException unsatisfied
					&& unsatisfied.getInjectionPoint() != null) {
				found = unsatisfied.getInjectionPoint();
			}
		}
		return found;
	}

}
