package io.github.esdsl.autoconfigure.document;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link IncompatibleClusterException}.
 */
class IncompatibleClusterFailureAnalyzer extends AbstractFailureAnalyzer<IncompatibleClusterException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IncompatibleClusterException cause) {
		String property = "elasticsearch.dsl.connections." + cause.getAlias() + ".compatibility";
		String server = (cause.getServerVersion() != null) ? "version " + cause.getServerVersion() : "an older version";
		String description = "Connection '" + cause.getAlias() + "' sends '" + property + "="
				+ ((cause.getCompatibility() != null) ? cause.getCompatibility() : "(unset)")
				+ "' media types, but the server is " + server + " and rejects them: " + cause.getMessage();
		String action = (cause.getServerVersion() != null)
				? "Set '" + property + "' to " + DocumentIndexManager.major(cause.getServerVersion())
						+ " (the server's major version), or remove it."
				: "Remove '" + property + "', or set it to the major version the server reports at GET /.";
		return new FailureAnalysis(description, action, cause);
	}

}
