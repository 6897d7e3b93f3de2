package io.github.esdsl.persistence;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.document.DocumentField;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.document.FieldType;

/**
 * Validation before a write, as Python's {@code full_clean}: every field first (required values,
 * value types, inner objects), then the document's {@link Cleanable#clean()} if they all passed.
 */
final class Validator {

	static final String REQUIRED = "Value required for this field.";

	private Validator() {
	}

	static void validate(Object document) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		check(document, "", errors, 0);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		if (document instanceof Cleanable cleanable) {
			cleanable.clean();
		}
	}

	private static void check(Object document, String prefix, Map<String, List<String>> errors, int depth) {
		if (depth > 32) {
			throw new IllegalArgumentException("Document nested deeper than 32 levels at '" + prefix + "': a cycle?");
		}
		for (DocumentField field : DocumentMetadata.of(document.getClass()).fields()) {
			if (!field.mapped()) {
				continue;
			}
			String path = prefix + field.name();
			List<Object> values = values(field.get(document));
			if (values.isEmpty()) {
				if (field.required()) {
					add(errors, path, REQUIRED);
				}
				continue;
			}
			FieldType type = field.type().orElse(null);
			for (Object value : values) {
				String problem = TypeCheck.problem(type, value);
				if (problem != null) {
					add(errors, path, problem);
				}
				else if ((type == FieldType.OBJECT || type == FieldType.NESTED) && !(value instanceof Map)) {
					check(value, path + ".", errors, depth + 1);
				}
			}
		}
	}

	/** The values of a field: none for null, empty collections and empty Optionals. */
	private static List<Object> values(Object value) {
		List<Object> values = new ArrayList<>();
		if (value instanceof Optional<?> optional) {
			optional.ifPresent(values::add);
		}
		else if (value instanceof Collection<?> collection) {
			collection.stream().filter((item) -> item != null).forEach(values::add);
		}
		else if (value != null && value.getClass().isArray() && !(value instanceof byte[])) {
			for (int i = 0; i < Array.getLength(value); i++) {
				Object item = Array.get(value, i);
				if (item != null) {
					values.add(item);
				}
			}
		}
		else if (value instanceof CharSequence text && text.isEmpty()) {
			return values;
		}
		else if (value != null) {
			values.add(value);
		}
		return values;
	}

	private static void add(Map<String, List<String>> errors, String path, String message) {
		errors.computeIfAbsent(path, (key) -> new ArrayList<>()).add(message);
	}

}
