package io.github.esdsl.autoconfigure.document;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link UnknownDocumentAliasException}.
 */
class UnknownDocumentAliasFailureAnalyzer extends AbstractFailureAnalyzer<UnknownDocumentAliasException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownDocumentAliasException cause) {
		String description = "Document class " + cause.getDocumentClass().getName() + " uses connection alias '"
				+ cause.getAlias() + "' (@Document(using = \"" + cause.getAlias()
				+ "\")), but no such connection is configured. Configured aliases: " + cause.getKnownAliases() + ".";
		String action = "Configure the connection with 'elasticsearch.dsl.connections." + cause.getAlias()
				+ ".hosts', or change @Document(using = ...) of " + cause.getDocumentClass().getSimpleName()
				+ " to one of " + cause.getKnownAliases() + ".";
		return new FailureAnalysis(description, action, cause);
	}

}
