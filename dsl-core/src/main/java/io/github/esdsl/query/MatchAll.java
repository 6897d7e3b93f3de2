package io.github.esdsl.query;

import java.util.Map;

import io.github.esdsl.dsl.ParamSpec;

/**
 * {@code match_all}: the identity of {@code and} and the absorbing element of {@code or}.
 */
final class MatchAll extends Query {

	static final MatchAll INSTANCE = new MatchAll(Map.of());

	MatchAll(Map<String, ?> params) {
		super("match_all", params, ParamSpec.none());
	}

}
