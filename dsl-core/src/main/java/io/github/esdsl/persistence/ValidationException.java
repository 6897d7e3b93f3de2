package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document is not valid: each offending field (dotted path for inner objects, such as
 * {@code comments.author}) maps to its messages. Nothing was written.
 */
public class ValidationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Map<String, List<String>> errors;

	/**
	 * An exception for one field.
	 * @param field the field's name
	 * @param message what is wrong
	 */
	public ValidationException(String field, String message) {
		this(Map.of(field, List.of(message)));
	}

	/**
	 * An exception for several fields.
	 * @param errors field names to their messages, not empty
	 */
	public ValidationException(Map<String, List<String>> errors) {
		super(describe(errors));
		Map<String, List<String>> copy = new LinkedHashMap<>();
		errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
		this.errors = Collections.unmodifiableMap(copy);
	}

	/** @return field names to their messages, in field order */
	public Map<String, List<String>> errors() {
		return this.errors;
	}

	private static String describe(Map<String, List<String>> errors) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("A ValidationException needs at least one field error");
		}
		List<String> parts = new ArrayList<>();
		errors.forEach((field, messages) -> parts.add(field + ": " + String.join("; ", messages)));
		return "Document is not valid: " + String.join(", ", parts);
	}

}
