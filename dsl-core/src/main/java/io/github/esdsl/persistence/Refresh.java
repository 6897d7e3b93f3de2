package io.github.esdsl.persistence;

/**
 * The {@code refresh} parameter of a write: when its effect becomes visible to search.
 */
public enum Refresh {

	/** Do not refresh (the default): visible after the next periodic refresh. */
	FALSE("false"),

	/** Refresh the affected shards now. */
	TRUE("true"),

	/** Wait for the next refresh before answering. */
	WAIT_FOR("wait_for");

	private final String value;

	Refresh(String value) {
		this.value = value;
	}

	/** @return the parameter value, such as {@code wait_for} */
	public String value() {
		return this.value;
	}

}
