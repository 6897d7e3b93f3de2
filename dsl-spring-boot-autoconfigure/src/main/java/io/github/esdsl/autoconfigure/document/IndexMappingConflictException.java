package io.github.esdsl.autoconfigure.document;

import java.util.List;

/**
 * Existing indices define fields differently from the document classes, or (in {@code validate}
 * mode) the cluster's templates and indices differ from the document classes. The message lists
 * every difference, each naming the index, the field and both definitions.
 */
public class IndexMappingConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> differences;

	private final boolean validation;

	IndexMappingConflictException(List<String> differences, boolean validation) {
		super((validation ? "The cluster differs from the document classes:" : "Index mappings conflict with the document classes:")
				+ System.lineSeparator() + "  - " + String.join(System.lineSeparator() + "  - ", differences));
		this.differences = List.copyOf(differences);
		this.validation = validation;
	}

	/** @return every difference, one line each */
	public List<String> getDifferences() {
		return this.differences;
	}

	/** @return whether this is the report of {@code validate} mode rather than a conflict */
	public boolean isValidation() {
		return this.validation;
	}

}
