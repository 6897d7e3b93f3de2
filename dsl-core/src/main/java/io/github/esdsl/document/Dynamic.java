package io.github.esdsl.document;

/**
 * The mapping's {@code dynamic} option: what happens to fields the mapping does not declare.
 */
public enum Dynamic {

	/** Not set here: the index default ({@code true}) or the enclosing object's setting applies. */
	INHERIT(null),

	/** New fields are added to the mapping ({@code "dynamic": true}). */
	TRUE(Boolean.TRUE),

	/** New fields are kept in {@code _source} but not indexed ({@code "dynamic": false}). */
	FALSE(Boolean.FALSE),

	/** Documents with new fields are rejected ({@code "dynamic": "strict"}). */
	STRICT("strict"),

	/** New fields become runtime fields ({@code "dynamic": "runtime"}). */
	RUNTIME("runtime");

	private final Object value;

	Dynamic(Object value) {
		this.value = value;
	}

	/**
	 * The JSON value written for this mode.
	 * @return {@code true}, {@code false}, {@code "strict"}, {@code "runtime"}, or {@code null} for {@link #INHERIT}
	 */
	public Object jsonValue() {
		return this.value;
	}

}
