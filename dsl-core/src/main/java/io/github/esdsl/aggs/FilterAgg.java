package io.github.esdsl.aggs;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.dsl.ParamSpec;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code filter} aggregation, whose body is the query itself:
 * {@code {"filter": {"term": {"f": 42}}, "aggs": {...}}}. The query may be given as the
 * {@code filter} parameter (a Query or a raw map) or, as in the raw form, as the body.
 */
final class FilterAgg extends Agg {

	static final String TYPE = "filter";

	private static final ParamSpec SPEC = ParamSpec.builder().one(TYPE, Q::from).map(AGGS, A::from).build();

	FilterAgg(Map<String, ?> params) {
		super(TYPE, Kind.BUCKET, normalize(params), SPEC);
	}

	private FilterAgg(FilterAgg base, String key, Object value) {
		super(base, key, value);
	}

	@Override
	boolean hasOwnBody() {
		return true;
	}

	@Override
	Agg withParam(String key, Object value) {
		return new FilterAgg(this, key, value);
	}

	@Override
	Agg withParams(Map<String, ?> params) {
		return new FilterAgg(params);
	}

	private static Map<String, ?> normalize(Map<String, ?> params) {
		if (params == null) {
			return null;
		}
		Map<String, Object> query = new LinkedHashMap<>();
		Map<String, Object> out = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : params.entrySet()) {
			if (!(entry.getKey() instanceof String key)) {
				throw new InvalidDslException("Keys of 'filter' must be strings but got "
						+ io.github.esdsl.dsl.Frozen.describe(entry.getKey()));
			}
			if (TYPE.equals(key) || AGGS.equals(key) || META.equals(key)) {
				out.put(key, entry.getValue());
			}
			else {
				query.put(key, entry.getValue());
			}
		}
		if (query.isEmpty()) {
			return params;
		}
		if (out.containsKey(TYPE)) {
			throw new InvalidDslException("The filter aggregation takes one query, given either as 'filter' or as its "
					+ "body, but got both 'filter' and " + query.keySet());
		}
		out.put(TYPE, query);
		return out;
	}

	/**
	 * The query.
	 * @return the query, or {@code null} for an empty filter
	 */
	Query filter() {
		return (Query) param(TYPE);
	}

	@Override
	Map<String, Object> bodyToMap() {
		Query filter = filter();
		return (filter != null) ? filter.toMap() : new LinkedHashMap<>();
	}

	@Override
	void writeBody(JsonGenerator generator) {
		Query filter = filter();
		if (filter != null) {
			filter.writeJson(generator);
		}
		else {
			generator.writeStartObject();
			generator.writeEndObject();
		}
	}

}
