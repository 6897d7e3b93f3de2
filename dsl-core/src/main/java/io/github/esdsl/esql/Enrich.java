package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ENRICH} command, which can still take {@code ON} and {@code WITH}.
 */
public final class Enrich extends Esql {

	private final String policy;

	private final String matchField;

	private final List<String> fields;

	Enrich(Esql parent, String policy, String matchField, List<String> fields) {
		super(parent, "ENRICH " + policy + ((matchField != null) ? " ON " + matchField : "")
				+ (fields.isEmpty() ? "" : " WITH " + String.join(", ", fields)));
		this.policy = policy;
		this.matchField = matchField;
		this.fields = fields;
	}

	/**
	 * {@code ... ON column}: the column matched against the policy's match field (by default
	 * the column named like it).
	 * @param matchField the column
	 * @return the query
	 */
	public Enrich on(String matchField) {
		return new Enrich(parent(), this.policy, EsqlSyntax.identifier(matchField), this.fields);
	}

	/**
	 * {@code ... WITH field, new_name = field}: the enrich fields to add (by default all of the
	 * policy's), replacing any given before.
	 * @param fields field names, or {@code named("new_name", "field")} to rename one
	 * @return the query
	 */
	public Enrich with(Object... fields) {
		requireSome(fields, "ENRICH ... WITH", "field");
		List<String> parts = new ArrayList<>(fields.length);
		for (Object field : fields) {
			if (field instanceof Named named) {
				parts.add(EsqlSyntax.identifier(named.name()) + " = " + column(named.value()));
			}
			else {
				parts.add(column(field));
			}
		}
		return new Enrich(parent(), this.policy, this.matchField, parts);
	}

}
