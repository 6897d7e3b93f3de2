package io.github.esdsl.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamSpec;

/**
 * Creation of {@code function_score} queries: a single function given inline
 * ({@code {"function_score": {"script_score": {...}}}}) moves into {@code functions}, as in the
 * Python DSL.
 */
final class FunctionScores {

	static final ParamSpec SPEC = ParamSpec.builder()
		.one("query", Q::from)
		.one("filter", Q::from)
		.list("functions", SF::from)
		.build();

	private FunctionScores() {
	}

	static Query create(Map<String, ?> params) {
		if (params == null || params.containsKey("functions") || !hasInlineFunction(params)) {
			return new GenericQuery("function_score", params, SPEC);
		}
		Map<String, Object> moved = new LinkedHashMap<>();
		List<Object> functions = new ArrayList<>();
		for (Map.Entry<String, ?> entry : params.entrySet()) {
			if (ScoreFunction.NAMES.contains(entry.getKey())) {
				if (functions.isEmpty()) {
					moved.put("functions", functions);
				}
				Map<String, Object> function = new LinkedHashMap<>();
				function.put(entry.getKey(), entry.getValue());
				functions.add(function);
			}
			else {
				moved.put(entry.getKey(), entry.getValue());
			}
		}
		return new GenericQuery("function_score", moved, SPEC);
	}

	private static boolean hasInlineFunction(Map<String, ?> params) {
		for (String name : ScoreFunction.NAMES) {
			if (params.containsKey(name)) {
				return true;
			}
		}
		return false;
	}

}
