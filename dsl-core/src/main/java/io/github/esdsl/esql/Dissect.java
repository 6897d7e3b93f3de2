package io.github.esdsl.esql;

/**
 * The {@code DISSECT} command, which can still take {@code APPEND_SEPARATOR}.
 */
public final class Dissect extends Esql {

	private final String input;

	private final String pattern;

	Dissect(Esql parent, String input, String pattern, String separator) {
		super(parent, "DISSECT " + input + " " + EsqlSyntax.string(pattern)
				+ ((separator != null) ? " APPEND_SEPARATOR=" + EsqlSyntax.string(separator) : ""));
		this.input = input;
		this.pattern = pattern;
	}

	/**
	 * {@code ... APPEND_SEPARATOR="sep"}: the separator between values joined by the append
	 * modifier ({@code %{+name}}).
	 * @param separator the separator
	 * @return the query
	 */
	public Dissect appendSeparator(String separator) {
		if (separator == null) {
			throw new IllegalArgumentException("The APPEND_SEPARATOR must not be null");
		}
		return new Dissect(parent(), this.input, this.pattern, separator);
	}

}
