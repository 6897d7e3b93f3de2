package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code FUSE} command, which can still take {@code BY} and {@code WITH}.
 */
public final class Fuse extends Esql {

	private final String method;

	private final List<String> columns;

	private final Map<String, Object> options;

	Fuse(Esql parent, String method, List<String> columns, Map<String, Object> options) {
		super(parent, "FUSE" + ((method != null) ? " " + method.toUpperCase(Locale.ROOT) : "")
				+ columns.stream().map((column) -> " BY " + column).reduce("", String::concat)
				+ (options.isEmpty() ? "" : " WITH " + EsqlSyntax.literal(options)));
		this.method = method;
		this.columns = columns;
		this.options = options;
	}

	/**
	 * {@code ... BY column}: more columns identifying the same row in the branches (added to
	 * those given before).
	 * @param columns the columns
	 * @return the query
	 */
	public Fuse by(String... columns) {
		requireSome(columns, "FUSE ... BY", "column");
		List<String> all = new ArrayList<>(this.columns);
		for (String column : columns) {
			all.add(EsqlSyntax.identifier(column));
		}
		return new Fuse(parent(), this.method, List.copyOf(all), this.options);
	}

	/**
	 * {@code ... WITH {"normalizer": "minmax"}}: the method's options, replacing any given
	 * before.
	 * @param options the options
	 * @return the query
	 */
	public Fuse with(Map<String, ?> options) {
		return new Fuse(parent(), this.method, this.columns, new LinkedHashMap<>(options));
	}

}
