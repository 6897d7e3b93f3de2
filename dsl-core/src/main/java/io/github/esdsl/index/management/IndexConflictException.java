package io.github.esdsl.index.management;

import java.util.List;

/**
 * Existing indices define fields differently from the document classes, or ({@link IndexManager#validate})
 * the cluster's templates and indices differ from the document classes. The message lists every
 * difference, each naming the index, the field and both definitions.
 */
public class IndexConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> differences;

	private final boolean validation;

	/**
	 * Creates the exception.
	 * @param differences every difference, one line each
	 * @param validation whether this is the report of a validation rather than a conflict
	 */
	public IndexConflictException(List<String> differences, boolean validation) {
		super((validation ? "The cluster differs from the document classes:"
				: "Index mappings conflict with the document classes:") + System.lineSeparator() + "  - "
				+ String.join(System.lineSeparator() + "  - ", differences));
		this.differences = List.copyOf(differences);
		this.validation = validation;
	}

	/** @return every difference, one line each */
	public List<String> differences() {
		return this.differences;
	}

	/** @return whether this is the report of a validation rather than a conflict */
	public boolean isValidation() {
		return this.validation;
	}

}
