package io.github.esdsl.query;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;

/**
 * Builds the parameter maps of the typed factories: required arguments first, in order, then the
 * options; required arguments must not be null and options must not repeat them.
 */
final class Params {

	private Params() {
	}

	/**
	 * Required key/value pairs followed by the options.
	 */
	static Map<String, Object> of(String type, Map<String, ?> options, Object... keyValues) {
		Map<String, Object> params = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			String key = (String) keyValues[i];
			params.put(key, require(type, key, keyValues[i + 1]));
		}
		if (options != null) {
			for (Map.Entry<String, ?> entry : options.entrySet()) {
				if (params.containsKey(entry.getKey())) {
					throw new InvalidDslException("Option '" + entry.getKey() + "' of " + type
							+ " repeats a required argument: give it only once");
				}
				params.put(entry.getKey(), entry.getValue());
			}
		}
		return params;
	}

	/**
	 * A field-keyed query: {@code {field: value}}, or with options
	 * {@code {field: {valueKey: value, ...options}}}.
	 */
	static Map<String, Object> field(String type, String field, String valueKey, Object value,
			Map<String, ?> options) {
		Map<String, Object> params = new LinkedHashMap<>(2);
		String name = fieldName(type, field);
		if (options == null || options.isEmpty()) {
			params.put(name, require(type, valueKey, value));
		}
		else {
			params.put(name, of(type, options, valueKey, value));
		}
		return params;
	}

	/** Varargs as a list, {@code null} staying null so the required check reports it. */
	@SafeVarargs
	static <T> java.util.List<T> list(T... items) {
		return (items != null) ? java.util.Arrays.asList(items) : null;
	}

	static String fieldName(String type, String field) {
		if (field == null || field.isEmpty()) {
			throw new InvalidDslException("The field of " + type + " must be a non-empty name, like \"title\" or \"title.raw\"");
		}
		return field;
	}

	static <T> T require(String type, String what, T value) {
		if (value == null) {
			throw new InvalidDslException("'" + what + "' of " + type + " must not be null");
		}
		return value;
	}

}
