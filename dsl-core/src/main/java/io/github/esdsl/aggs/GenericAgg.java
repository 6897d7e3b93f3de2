package io.github.esdsl.aggs;

import java.util.Map;

import io.github.esdsl.dsl.ParamSpec;

/**
 * Every aggregation type without a special layout: a type, a kind, parameters, and the table of
 * which parameters hold queries or aggregations.
 */
final class GenericAgg extends Agg {

	private final ParamSpec spec;

	GenericAgg(String type, Kind kind, Map<String, ?> params, ParamSpec spec) {
		super(type, kind, params, spec);
		this.spec = spec;
	}

	GenericAgg(String type, Kind kind, String key, Object value, ParamSpec spec) {
		super(type, kind, key, value);
		this.spec = spec;
	}

	private GenericAgg(GenericAgg base, String key, Object value) {
		super(base, key, value);
		this.spec = base.spec;
	}

	@Override
	Agg withParam(String key, Object value) {
		return new GenericAgg(this, key, value);
	}

	@Override
	Agg withParams(Map<String, ?> params) {
		return new GenericAgg(name(), kind(), params, this.spec);
	}

}
