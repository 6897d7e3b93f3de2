package io.github.esdsl.query;

import java.util.Map;

import io.github.esdsl.dsl.ParamSpec;

/**
 * {@code match_none}: the absorbing element of {@code and} and the identity of {@code or}.
 */
final class MatchNone extends Query {

	static final MatchNone INSTANCE = new MatchNone(Map.of());

	MatchNone(Map<String, ?> params) {
		super("match_none", params, ParamSpec.none());
	}

}
