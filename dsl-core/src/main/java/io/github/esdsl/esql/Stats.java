package io.github.esdsl.esql;

import java.util.List;

/**
 * The {@code STATS} or {@code INLINE STATS} command, which can still take {@code BY}. As in the
 * Python builder, each aggregation and the {@code BY} clause go on their own line. Without
 * aggregations ({@code stats().by("languages")}) it lists the distinct groups.
 */
public final class Stats extends Esql {

	private final String keyword;

	private final List<String> aggregations;

	Stats(Esql parent, String keyword, List<String> aggregations, List<String> groups) {
		super(parent, render(keyword, aggregations, groups));
		this.keyword = keyword;
		this.aggregations = aggregations;
	}

	/**
	 * {@code ... BY group1, group2}: the groups, replacing any given before.
	 * @param groupings columns as ES|QL source strings, expressions, or {@link Named} ones
	 * ({@code F.bucket(E("salary"), 20, 25324, 74999).as("range")})
	 * @return the query
	 */
	public Stats by(Object... groupings) {
		requireSome(groupings, this.keyword + " ... BY", "grouping");
		return new Stats(parent(), this.keyword, this.aggregations, assignments(groupings));
	}

	private static String render(String keyword, List<String> aggregations, List<String> groups) {
		String indent = " ".repeat(keyword.length() + 3);
		StringBuilder out = new StringBuilder(keyword);
		if (!aggregations.isEmpty()) {
			out.append(' ').append(String.join(",\n" + indent, aggregations));
		}
		if (groups != null) {
			out.append(aggregations.isEmpty() ? " " : "\n" + indent).append("BY ").append(String.join(", ", groups));
		}
		return out.toString();
	}

}
