package io.github.esdsl.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link UnknownConnectionPropertyException}: the property, where it was set, the
 * closest known property and all known ones.
 */
class UnknownConnectionPropertyFailureAnalyzer extends AbstractFailureAnalyzer<UnknownConnectionPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownConnectionPropertyException cause) {
		String description = "Property '" + cause.getProperty() + "'"
				+ ((cause.getOrigin() != null) ? " (" + cause.getOrigin() + ")" : "")
				+ " is not a property of a connection, so connection '" + cause.getAlias()
				+ "' would be made without it.";
		String action = "Rename it to '" + ConnectionPropertyNames.PREFIX + "." + cause.getAlias() + "."
				+ cause.getClosestKey() + "' (the closest known property) or remove it. A connection has: "
				+ String.join(", ", cause.getKnownKeys()) + ".";
		return new FailureAnalysis(description, action, cause);
	}

}
