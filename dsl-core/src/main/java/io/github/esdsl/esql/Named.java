package io.github.esdsl.esql;

/**
 * A named column: {@code name = value} in {@code ROW}, {@code EVAL}, {@code STATS},
 * {@code BY}, {@code COMPLETION}, and {@code new = old} in {@code ENRICH ... WITH}. Made with
 * {@link Esql#named(String, Object)} or {@link Expression#as(String)}.
 *
 * @param name the column's name (backtick-quoted in the query when needed)
 * @param value what the command computes for it: an {@link Expression}, a value, or (in the
 * commands where strings are ES|QL source) a string
 */
public record Named(String name, Object value) {

	/**
	 * Checks the name.
	 * @param name the column's name
	 * @param value its value
	 */
	public Named {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A named column needs a name, not " + (name == null ? "null" : "\"\""));
		}
	}

}
