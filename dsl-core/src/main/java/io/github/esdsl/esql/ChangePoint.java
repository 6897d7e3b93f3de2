package io.github.esdsl.esql;

/**
 * The {@code CHANGE_POINT} command, which can still take {@code ON} and {@code AS}.
 */
public final class ChangePoint extends Esql {

	private final String value;

	private final String key;

	private final String typeName;

	private final String pvalueName;

	ChangePoint(Esql parent, String value, String key, String typeName, String pvalueName) {
		super(parent, "CHANGE_POINT " + EsqlSyntax.identifier(value)
				+ ((key != null) ? " ON " + EsqlSyntax.identifier(key) : "")
				+ ((typeName != null) ? " AS " + EsqlSyntax.identifier(typeName) + ", "
						+ EsqlSyntax.identifier(pvalueName) : ""));
		this.value = value;
		this.key = key;
		this.typeName = typeName;
		this.pvalueName = pvalueName;
	}

	/**
	 * {@code ... ON key}: the column ordering the values ({@code @timestamp} by default).
	 * @param key the column
	 * @return the query
	 */
	public ChangePoint on(String key) {
		return new ChangePoint(parent(), this.value, requireText(key, "CHANGE_POINT key"), this.typeName,
				this.pvalueName);
	}

	/**
	 * {@code ... AS type, pvalue}: the names of the output columns ({@code type} and
	 * {@code pvalue} by default).
	 * @param typeName the column with the change point type
	 * @param pvalueName the column with the p-value
	 * @return the query
	 */
	public ChangePoint as(String typeName, String pvalueName) {
		return new ChangePoint(parent(), this.value, this.key, requireText(typeName, "type column"),
				requireText(pvalueName, "p-value column"));
	}

}
