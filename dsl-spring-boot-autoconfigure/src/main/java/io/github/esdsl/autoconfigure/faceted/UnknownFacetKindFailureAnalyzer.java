package io.github.esdsl.autoconfigure.faceted;

import io.github.esdsl.dsl.Names;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link UnknownFacetKindException}: the property, the kind given, the valid kinds
 * and the closest one.
 */
class UnknownFacetKindFailureAnalyzer extends AbstractFailureAnalyzer<UnknownFacetKindException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownFacetKindException cause) {
		String property = cause.getProperty();
		String description = (cause.getKind() != null)
				? "Property '" + property + "' has the unknown facet kind '" + cause.getKind() + "'."
				: "Property '" + property + "' is not set, but every facet needs a kind.";
		String valid = String.join(", ", cause.getValidKinds());
		String action = (cause.getKind() != null)
				? "Set '" + property + "' to one of " + valid + " (the closest is '"
						+ Names.closest(cause.getKind(), cause.getValidKinds(), 1).get(0) + "')."
				: "Set '" + property + "' to one of " + valid + ".";
		return new FailureAnalysis(description, action, cause);
	}

}
