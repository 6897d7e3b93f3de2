package io.github.esdsl.autoconfigure.document;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidDocumentException}.
 */
class InvalidDocumentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDocumentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDocumentException cause) {
		String classes = InvalidDocumentException.names(cause.getDocumentClasses());
		String description = "The mapping of document " + classes
				+ ((cause.getIndex() != null) ? " (index '" + cause.getIndex() + "')" : "") + " is invalid: "
				+ cause.getReason();
		String action = (cause.getDocumentClasses().size() > 1)
				? "Give the field the same definition in " + classes
						+ ", or store the classes in different indices with @Document(index = ...)."
				: "Correct the @Field annotations of " + classes
						+ ": use only attributes and options that apply to the field's type.";
		return new FailureAnalysis(description, action, cause);
	}

}
