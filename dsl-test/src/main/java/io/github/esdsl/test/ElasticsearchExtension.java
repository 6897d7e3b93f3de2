package io.github.esdsl.test;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit Jupiter extension behind {@link WithElasticsearch}: resolves
 * {@link ElasticsearchEndpoint} parameters (of test methods, constructors and lifecycle
 * methods) and skips tests that need a full distribution where there is none. Without the
 * annotation ({@code @ExtendWith(ElasticsearchExtension.class)}) it acts as an unsecured
 * {@code @WithElasticsearch}.
 */
public final class ElasticsearchExtension implements ParameterResolver, ExecutionCondition {

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == ElasticsearchEndpoint.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		boolean secured = settings(extensionContext).map(WithElasticsearch::secured).orElse(false);
		return secured ? EmbeddedElasticsearch.sharedSecured().endpoint() : EmbeddedElasticsearch.endpoint();
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<WithElasticsearch> settings = settings(context);
		if (settings.isEmpty() || !settings.get().fullDistribution()) {
			return ConditionEvaluationResult.enabled("needs no full Elasticsearch distribution");
		}
		Optional<ElasticsearchEndpoint> external = settings.get().secured() ? Optional.empty()
				: ElasticsearchEndpoint.fromEnvironment();
		ElasticsearchCapabilities capabilities = external.map(ElasticsearchCapabilities::of)
			.orElseGet(ElasticsearchCapabilities::embedded);
		return capabilities.fullDistributionMissing()
			.map(ConditionEvaluationResult::disabled)
			.orElseGet(() -> ConditionEvaluationResult.enabled("full Elasticsearch distribution"));
	}

	private static Optional<WithElasticsearch> settings(ExtensionContext context) {
		for (ExtensionContext each = context; each != null; each = each.getParent().orElse(null)) {
			Optional<WithElasticsearch> found = AnnotationSupport.findAnnotation(each.getElement(),
					WithElasticsearch.class);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

}
