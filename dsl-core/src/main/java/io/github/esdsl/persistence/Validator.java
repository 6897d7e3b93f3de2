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

	/** Per document class, the mapped fields whose values need a look (see {@link #needsCheck}). */
	private static final ClassValue<DocumentField[]> CHECKED = new ClassValue<>() {

		@Override
		protected DocumentField[] computeValue(Class<?> type) {
			return DocumentMetadata.of(type)
				.fields()
				.stream()
				.filter((field) -> field.mapped() && needsCheck(field))
				.toArray(DocumentField[]::new);
		}

	};

	/** Whether a class is {@link Cleanable}, kept per class (a failing interface test is slow). */
	private static final ClassValue<Boolean> CLEANABLE = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			return Cleanable.class.isAssignableFrom(type);
		}

	};

	static void validate(Object document) {
		if (CHECKED.get(document.getClass()).length == 0 && !CLEANABLE.get(document.getClass())) {
			return;
		}
		Map<String, List<String>> errors = check(document, "", null, 0);
		if (errors != null) {
			throw new ValidationException(errors);
		}
		if (document instanceof Cleanable cleanable) {
			cleanable.clean();
		}
	}

	/**
	 * Checks every mapped field; allocates nothing for a valid document of single values.
	 * @return the errors so far: {@code errors}, or a new map once there is one
	 */
	private static Map<String, List<String>> check(Object document, String prefix, Map<String, List<String>> errors,
			int depth) {
		if (depth > 32) {
			throw new IllegalArgumentException("Document nested deeper than 32 levels at '" + prefix + "': a cycle?");
		}
		for (DocumentField field : CHECKED.get(document.getClass())) {
			Object value = field.get(document);
			if (value instanceof Optional<?> || value instanceof Collection<?>
					|| (value != null && value.getClass().isArray() && !(value instanceof byte[]))) {
				List<Object> values = values(value);
				if (values.isEmpty()) {
					errors = field.required() ? add(errors, prefix, field, REQUIRED) : errors;
				}
				for (Object each : values) {
					errors = checkValue(field, each, prefix, errors, depth);
				}
			}
			else if (value == null || (value instanceof CharSequence text && text.isEmpty())) {
				errors = field.required() ? add(errors, prefix, field, REQUIRED) : errors;
			}
			else {
				errors = checkValue(field, value, prefix, errors, depth);
			}
		}
		return errors;
	}

	private static Map<String, List<String>> checkValue(DocumentField field, Object value, String prefix,
			Map<String, List<String>> errors, int depth) {
		FieldType type = field.type().orElse(null);
		String problem = TypeCheck.problem(type, value);
		if (problem != null) {
			return add(errors, prefix, field, problem);
		}
		if ((type == FieldType.OBJECT || type == FieldType.NESTED) && !(value instanceof Map)) {
			return check(value, prefix + field.name() + ".", errors, depth + 1);
		}
		return errors;
	}

	/**
	 * Whether a mapped field's value can fail the check: not when its declared type is a plain
	 * class (not generic, so the JVM guarantees what it holds) whose every value fits the mapped
	 * type, and no value is required (a primitive always has one).
	 */
	static boolean needsCheck(DocumentField field) {
		if (field.multi() || !(field.javaType() instanceof Class<?> declared)) {
			return true;
		}
		if (field.required() && !declared.isPrimitive()) {
			return true;
		}
		return !TypeCheck.alwaysFits(field.type().orElse(null), declared);
	}

	/** The values of a field: none for null, empty collections and empty Optionals. */
	private static List<Object> values(Object value) {
		List<Object> values = new ArrayList<>();
		if (value instanceof Optional<?> optional) {
			optional.ifPresent(values::add);
		}
		else if (value instanceof Collection<?> collection) {
			for (Object item : collection) {
				if (item != null) {
					values.add(item);
				}
			}
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

	private static Map<String, List<String>> add(Map<String, List<String>> errors, String prefix, DocumentField field,
			String message) {
		Map<String, List<String>> all = (errors != null) ? errors : new LinkedHashMap<>();
		all.computeIfAbsent(prefix + field.name(), (key) -> new ArrayList<>()).add(message);
		return all;
	}

}
