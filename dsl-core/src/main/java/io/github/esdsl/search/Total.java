package io.github.esdsl.search;

/**
 * How many documents matched: {@code hits.total} of a search response.
 *
 * @param value the number of matching documents (a lower bound unless {@link #isExact()})
 * @param relation {@code "eq"} when exact, {@code "gte"} when a lower bound
 */
public record Total(long value, String relation) {

	/**
	 * Whether {@link #value()} is the exact number of matches.
	 * @return whether the relation is {@code "eq"}
	 */
	public boolean isExact() {
		return "eq".equals(this.relation);
	}

}
