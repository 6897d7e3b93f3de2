package io.github.esdsl.autoconfigure.document;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link IndexMappingConflictException}: every difference found.
 */
class IndexMappingConflictFailureAnalyzer extends AbstractFailureAnalyzer<IndexMappingConflictException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IndexMappingConflictException cause) {
		String action = cause.isValidation()
				? "Bring the cluster in line with the document classes (for example with "
						+ "'elasticsearch.dsl.index-management=templates' or 'update'), or change the document classes."
				: "Change the document classes to match the existing indices, or reindex into a new index with the "
						+ "new mapping: an existing field's mapping cannot be changed in place.";
		return new FailureAnalysis(cause.getMessage(), action, cause);
	}

}
