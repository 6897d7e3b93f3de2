package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code FROM} (or {@code TS}) source command, which can still take {@code METADATA}.
 */
public final class From extends Esql {

	private final String keyword;

	private final List<String> indices;

	From(String keyword, List<String> indices, List<String> metadata) {
		super(null, render(keyword, indices, metadata));
		this.keyword = keyword;
		this.indices = indices;
	}

	/**
	 * {@code FROM index METADATA _id, _index, _score}: adds metadata fields as columns.
	 * @param fields the metadata fields, replacing any given before
	 * @return the query
	 */
	public From metadata(String... fields) {
		return new From(this.keyword, this.indices, Arrays.asList(fields.clone()));
	}

	private static String render(String keyword, List<String> indices, List<String> metadata) {
		requireSome(indices.toArray(), keyword, "index");
		List<String> names = new ArrayList<>(indices.size());
		for (String index : indices) {
			names.add(EsqlSyntax.index(index));
		}
		StringBuilder out = new StringBuilder(keyword).append(' ').append(String.join(", ", names));
		if (!metadata.isEmpty()) {
			List<String> fields = new ArrayList<>(metadata.size());
			for (String field : metadata) {
				fields.add(EsqlSyntax.identifier(field));
			}
			out.append(" METADATA ").append(String.join(", ", fields));
		}
		return out.toString();
	}

}
