package io.github.esdsl.query;

import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;

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
		return ParamMaps.of(type, options, keyValues);
	}

	/** Varargs as a list, {@code null} staying null so the required check reports it. */
	@SafeVarargs
	static <T> java.util.List<T> list(T... items) {
		return (items != null) ? java.util.Arrays.asList(items) : null;
	}

	static String fieldName(String type, String field) {
		return ParamMaps.fieldName(type, field);
	}

	static <T> T require(String type, String what, T value) {
		return ParamMaps.require(type, what, value);
	}

}
