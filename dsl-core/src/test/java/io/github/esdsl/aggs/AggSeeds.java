package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

/**
 * The raw form of one valid aggregation per aggregation type (the cases of {@link AggTypesTest}),
 * as seeds for fuzzing.
 */
public final class AggSeeds {

	private AggSeeds() {
	}

	/**
	 * One raw aggregation per type.
	 * @return new mutable maps, in the order of {@link AggTypesTest}
	 */
	public static List<Map<String, Object>> raw() {
		return AggTypesTest.everyType().map((arguments) -> ((Agg) arguments.get()[2]).toMap()).toList();
	}

}
