package io.github.esdsl.search;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;

/**
 * How queries are added to a request, as Python's {@code QueryProxy}: the first one is kept,
 * later ones are combined with {@code and}; {@code filter(q)} adds {@code bool(filter=[q])} and
 * {@code exclude(q)} adds {@code bool(filter=[not q])}.
 */
final class Clauses {

	private Clauses() {
	}

	static Query and(Query current, Query added, String method) {
		Query query = require(added, method);
		return (current == null) ? query : current.and(query);
	}

	static Query filter(Query query) {
		return Q.bool(Map.of("filter", List.of(require(query, "filter"))));
	}

	static Query exclude(Query query) {
		return Q.bool(Map.of("filter", List.of(require(query, "exclude").not())));
	}

	static Query byName(String name, Map<String, ?> params) {
		return Q.of(name, (params != null) ? params : Map.of());
	}

	private static Query require(Query query, String method) {
		if (query == null) {
			throw new InvalidDslException(method + "(...) needs a query, not null; build one with Q, e.g. Q.match(\"title\", \"python\")");
		}
		return query;
	}

}
