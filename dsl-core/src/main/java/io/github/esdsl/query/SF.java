package io.github.esdsl.query;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.dsl.Names;

/**
 * Factories for the score functions of {@code function_score}, like the Python DSL's {@code SF}.
 *
 * <p>Required arguments are positional; everything else comes in an optional trailing
 * {@code options} map with Elasticsearch's parameter names, including {@code filter} (a
 * {@link Query} or a raw map) and {@code weight}, which are written beside the function.
 */
public final class SF {

	private SF() {
	}

	/**
	 * A function by name: {@code SF.of("field_value_factor", Map.of("field", "likes"))}.
	 * @param name one of script_score, boost_factor, random_score, field_value_factor, linear,
	 * gauss, exp
	 * @param params the function's parameters, plus {@code filter}, {@code query}, {@code weight}
	 * @return the function
	 * @throws InvalidDslException for an unknown name, naming the closest known ones
	 */
	public static ScoreFunction of(String name, Map<String, ?> params) {
		if (name == null || !ScoreFunction.NAMES.contains(name)) {
			throw Names.unknown("score function", name, ScoreFunction.NAMES);
		}
		return new ScoreFunction(name, params);
	}

	/**
	 * Parses the raw form, as Python's {@code SF(dict)}: {@code filter}, {@code query} and
	 * {@code weight} beside at most one function; a bare value is that function's {@code value}
	 * ({@code {"boost_factor": 6}}); no function at all is a {@code boost_factor} carrying only
	 * the weight and filter ({@code {"weight": 2}}).
	 * @param raw the raw function
	 * @return the function
	 * @throws InvalidDslException if the map has more than one function or is otherwise malformed
	 */
	public static ScoreFunction fromMap(Map<String, ?> raw) {
		if (raw == null) {
			throw new InvalidDslException("A score function must be a map, not null");
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String name = null;
		Object body = null;
		for (Map.Entry<?, ?> entry : raw.entrySet()) {
			if (!(entry.getKey() instanceof String key)) {
				throw new InvalidDslException("Keys of a score function must be strings but got "
						+ io.github.esdsl.dsl.Frozen.describe(entry.getKey()));
			}
			if (ScoreFunction.OUTSIDE.contains(key)) {
				params.put(key, entry.getValue());
			}
			else if (name == null) {
				name = key;
				body = entry.getValue();
			}
			else {
				throw new InvalidDslException("A score function map holds at most one function beside filter, query "
						+ "and weight, but got both '" + name + "' and '" + key + "'");
			}
		}
		if (name == null) {
			return of("boost_factor", params);
		}
		if (body instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!(entry.getKey() instanceof String key)) {
					throw new InvalidDslException("Keys of score function '" + name + "' must be strings but got "
							+ io.github.esdsl.dsl.Frozen.describe(entry.getKey()));
				}
				params.put(key, entry.getValue());
			}
		}
		else {
			params.put("value", body);
		}
		return of(name, params);
	}

	/**
	 * A score function given as a {@link ScoreFunction} (returned as is) or a raw map.
	 * @param functionOrMap the function
	 * @return the function
	 * @throws InvalidDslException for anything else
	 */
	@SuppressWarnings("unchecked")
	public static ScoreFunction from(Object functionOrMap) {
		if (functionOrMap instanceof ScoreFunction function) {
			return function;
		}
		if (functionOrMap instanceof Map<?, ?> map) {
			return fromMap((Map<String, ?>) map);
		}
		throw new InvalidDslException("Expected a score function (a ScoreFunction or a map like "
				+ "{\"random_score\": {}}) but got " + describe(functionOrMap));
	}

	/**
	 * {@code {"script_score": {"script": script}}}.
	 * @param script the script: a source string or a map with source, params, …
	 * @return the function
	 */
	public static ScoreFunction scriptScore(Object script) {
		return scriptScore(script, null);
	}

	/**
	 * {@code script_score} with options (filter, weight).
	 * @param script the script
	 * @param options more parameters
	 * @return the function
	 */
	public static ScoreFunction scriptScore(Object script, Map<String, ?> options) {
		return of("script_score", Params.of("script_score", options, "script", script));
	}

	/**
	 * A function that only multiplies by a weight: {@code {"weight": 2}}.
	 * @param weight the weight
	 * @return the function
	 */
	public static ScoreFunction weight(Number weight) {
		return weight(weight, null);
	}

	/**
	 * A weight with options, typically a {@code filter}: {@code {"filter": {...}, "weight": 2}}.
	 * @param weight the weight
	 * @param options more parameters
	 * @return the function
	 */
	public static ScoreFunction weight(Number weight, Map<String, ?> options) {
		return of("boost_factor", Params.of("weight", options, "weight", weight));
	}

	/**
	 * The legacy {@code {"boost_factor": value}}.
	 * @param value the factor
	 * @return the function
	 */
	public static ScoreFunction boostFactor(Number value) {
		return of("boost_factor", Params.of("boost_factor", null, "value", value));
	}

	/**
	 * {@code {"random_score": {}}}.
	 * @return the function
	 */
	public static ScoreFunction randomScore() {
		return randomScore(null);
	}

	/**
	 * {@code random_score} with options (seed, field, filter, weight).
	 * @param options the parameters
	 * @return the function
	 */
	public static ScoreFunction randomScore(Map<String, ?> options) {
		return of("random_score", Params.of("random_score", options));
	}

	/**
	 * {@code {"field_value_factor": {"field": field}}}.
	 * @param field the numeric field
	 * @return the function
	 */
	public static ScoreFunction fieldValueFactor(String field) {
		return fieldValueFactor(field, null);
	}

	/**
	 * {@code field_value_factor} with options (factor, modifier, missing, filter, weight).
	 * @param field the numeric field
	 * @param options more parameters
	 * @return the function
	 */
	public static ScoreFunction fieldValueFactor(String field, Map<String, ?> options) {
		return of("field_value_factor", Params.of("field_value_factor", options, "field", field));
	}

	/**
	 * {@code {"linear": {field: {"origin": …, "scale": …}}}}.
	 * @param field the field
	 * @param decay origin, scale, offset, decay
	 * @return the function
	 */
	public static ScoreFunction linear(String field, Map<String, ?> decay) {
		return decay("linear", field, decay, null);
	}

	/**
	 * {@code linear} with options (multi_value_mode, filter, weight).
	 * @param field the field
	 * @param decay origin, scale, offset, decay
	 * @param options more parameters
	 * @return the function
	 */
	public static ScoreFunction linear(String field, Map<String, ?> decay, Map<String, ?> options) {
		return decay("linear", field, decay, options);
	}

	/**
	 * {@code {"gauss": {field: {"origin": …, "scale": …}}}}.
	 * @param field the field
	 * @param decay origin, scale, offset, decay
	 * @return the function
	 */
	public static ScoreFunction gauss(String field, Map<String, ?> decay) {
		return decay("gauss", field, decay, null);
	}

	/**
	 * {@code gauss} with options (multi_value_mode, filter, weight).
	 * @param field the field
	 * @param decay origin, scale, offset, decay
	 * @param options more parameters
	 * @return the function
	 */
	public static ScoreFunction gauss(String field, Map<String, ?> decay, Map<String, ?> options) {
		return decay("gauss", field, decay, options);
	}

	/**
	 * {@code {"exp": {field: {"origin": …, "scale": …}}}}.
	 * @param field the field
	 * @param decay origin, scale, offset, decay
	 * @return the function
	 */
	public static ScoreFunction exp(String field, Map<String, ?> decay) {
		return decay("exp", field, decay, null);
	}

	/**
	 * {@code exp} with options (multi_value_mode, filter, weight).
	 * @param field the field
	 * @param decay origin, scale, offset, decay
	 * @param options more parameters
	 * @return the function
	 */
	public static ScoreFunction exp(String field, Map<String, ?> decay, Map<String, ?> options) {
		return decay("exp", field, decay, options);
	}

	private static ScoreFunction decay(String name, String field, Map<String, ?> decay, Map<String, ?> options) {
		return of(name, Params.of(name, options, Params.fieldName(name, field), Params.require(name, "decay", decay)));
	}

	private static String describe(Object value) {
		return (value != null) ? value.getClass().getSimpleName() + " " + value : "null";
	}

}
