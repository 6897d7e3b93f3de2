package io.github.esdsl.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.dsl.ParamSpec;
import tools.jackson.core.JsonGenerator;

/**
 * One function of a {@code function_score} query, serialized as the Python DSL does: the
 * function's own parameters under its name, and {@code query}, {@code filter} and {@code weight}
 * beside it ({@code {"field_value_factor": {"field": "likes"}, "filter": {...}, "weight": 2}}).
 * A {@code boost_factor} is written as its bare value, and a function with only a weight as
 * {@code {"weight": 2}}. Create them with {@link SF}.
 */
public final class ScoreFunction extends DslObject {

	/** The function names, in the Python DSL's order. */
	static final List<String> NAMES = List.of("script_score", "boost_factor", "random_score", "field_value_factor",
			"linear", "gauss", "exp");

	/** Parameters written beside the function rather than inside it. */
	static final List<String> OUTSIDE = List.of("query", "filter", "weight");

	private static final ParamSpec SPEC = ParamSpec.builder().one("query", Q::from).one("filter", Q::from).build();

	ScoreFunction(String name, Map<String, ?> params) {
		super(name, params, SPEC);
	}

	/**
	 * The filter restricting which documents this function applies to.
	 * @return the filter, or {@code null}
	 */
	public Query filter() {
		return (Query) param("filter");
	}

	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>(4);
		if (!isBoostFactor()) {
			map.put(name(), paramsToMap((key) -> !OUTSIDE.contains(key)));
		}
		else if (hasParam("value")) {
			map.put(name(), toPlain(param("value")));
		}
		for (String key : OUTSIDE) {
			if (hasParam(key)) {
				map.put(key, toPlain(param(key)));
			}
		}
		return map;
	}

	@Override
	public void writeJson(JsonGenerator generator) {
		generator.writeStartObject();
		if (!isBoostFactor()) {
			generator.writeName(name());
			writeParams(generator, (key) -> !OUTSIDE.contains(key));
		}
		else if (hasParam("value")) {
			generator.writeName(name());
			writeValue(generator, param("value"));
		}
		for (String key : OUTSIDE) {
			if (hasParam(key)) {
				generator.writeName(key);
				writeValue(generator, param(key));
			}
		}
		generator.writeEndObject();
	}

	private boolean isBoostFactor() {
		return "boost_factor".equals(name());
	}

}
