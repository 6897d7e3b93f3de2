package io.github.esdsl.query;

import java.util.List;
import java.util.Map;

/**
 * The raw form of one valid query per query type (the cases of {@link QueryTypesTest}), as seeds
 * for fuzzing.
 */
public final class QuerySeeds {

	private QuerySeeds() {
	}

	/**
	 * One raw query per type.
	 * @return new mutable maps, in the order of {@link QueryTypesTest}
	 */
	public static List<Map<String, Object>> raw() {
		return QueryTypesTest.everyType().map((arguments) -> ((Query) arguments.get()[1]).toMap()).toList();
	}

}
