package io.github.esdsl.query;

import java.util.Map;

import io.github.esdsl.dsl.ParamSpec;

/**
 * Every query type without special combination rules: a name, parameters, and the table of which
 * parameters hold queries.
 */
final class GenericQuery extends Query {

	GenericQuery(String name, Map<String, ?> params, ParamSpec spec) {
		super(name, params, spec);
	}

	/**
	 * A query with one parameter, such as a field-keyed query: {@code {name: {key: value}}}.
	 */
	GenericQuery(String name, String key, Object value) {
		super(name, key, value);
	}

}
