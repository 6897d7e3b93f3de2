package io.github.esdsl.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.document.FieldRef;

/**
 * Builds the parameter maps of typed factories (queries, aggregations, …): required arguments
 * first, in order, then the caller's options; required arguments must not be null and options
 * must not repeat them.
 */
public final class ParamMaps {

	private ParamMaps() {
	}

	/**
	 * Required key/value pairs followed by the options.
	 * @param type the DSL type, for error messages, e.g. {@code "terms"}
	 * @param options further parameters (may be {@code null})
	 * @param keyValues alternating required parameter names and values
	 * @return a new, mutable, ordered map
	 * @throws InvalidDslException if a required value is null or an option repeats one
	 */
	public static Map<String, Object> of(String type, Map<String, ?> options, Object... keyValues) {
		int optionCount = (options != null) ? options.size() : 0;
		ParamMap params = new ParamMap(keyValues.length / 2 + optionCount);
		for (int i = 0; i < keyValues.length; i += 2) {
			String key = (String) keyValues[i];
			params.put(key, require(type, key, keyValues[i + 1]));
		}
		if (optionCount > 0) {
			for (Map.Entry<?, ?> entry : options.entrySet()) {
				Object key = entry.getKey();
				if (!(key instanceof String) && key != null) {
					// left for the DSL value to refuse with its own message, as a LinkedHashMap did
					return withOddKeys(type, options, params);
				}
				if (params.containsKey(key)) {
					throw repeated(type, key);
				}
				params.put((String) key, entry.getValue());
			}
		}
		return params;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Map<String, Object> withOddKeys(String type, Map<String, ?> options, ParamMap required) {
		Map raw = new LinkedHashMap<>();
		for (int i = 0; i < required.size; i++) {
			raw.put(required.keys[i], required.values[i]);
		}
		for (Map.Entry<?, ?> entry : options.entrySet()) {
			if (raw.containsKey(entry.getKey())) {
				throw repeated(type, entry.getKey());
			}
			raw.put(entry.getKey(), entry.getValue());
		}
		return raw;
	}

	private static InvalidDslException repeated(String type, Object key) {
		return new InvalidDslException("Option '" + key + "' of " + type + " repeats a required argument: give it only once");
	}

	/**
	 * Checks a field name.
	 * @param type the DSL type, for error messages
	 * @param field the field name
	 * @return the field name
	 * @throws InvalidDslException if it is null or empty
	 */
	public static String fieldName(String type, String field) {
		if (field == null || field.isEmpty()) {
			throw new InvalidDslException("The field of " + type + " must be a non-empty name, like \"title\" or \"title.raw\"");
		}
		return field;
	}

	/**
	 * The path of a field reference.
	 * @param type the DSL type, for error messages
	 * @param field the field reference, e.g. from a generated metamodel
	 * @return its path
	 * @throws InvalidDslException if it is null or its path is empty
	 */
	public static String fieldName(String type, FieldRef field) {
		if (field == null) {
			throw new InvalidDslException("The field of " + type + " must be a field reference, not null");
		}
		return fieldName(type, field.path());
	}

	/**
	 * Checks a required argument.
	 * @param <T> the argument type
	 * @param type the DSL type, for error messages
	 * @param what the argument's name
	 * @param value the argument
	 * @return the argument
	 * @throws InvalidDslException if it is null
	 */
	public static <T> T require(String type, String what, T value) {
		if (value == null) {
			throw new InvalidDslException("'" + what + "' of " + type + " must not be null");
		}
		return value;
	}

}
