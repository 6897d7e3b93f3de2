package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.document.Documents;

/**
 * Reads ES|QL rows into documents, as the Python DSL's {@code esql_execute} does: the columns
 * named like document fields make the document (dotted names into objects), {@code _id} its
 * {@code @Id}, the rest the additional columns.
 *
 * @param <T> the document class
 */
final class RowBinder<T> {

	private static final int ADDITIONAL = 0;

	private static final int FIELD = 1;

	private static final int ID = 2;

	private final Class<T> type;

	private final List<String> columns;

	private final int[] roles;

	private final boolean[] multi;

	RowBinder(Class<T> type, List<String> columns, boolean ignoreMissingFields) {
		this.type = type;
		this.columns = columns;
		DocumentColumns document = DocumentColumns.of(type);
		Map<String, DocumentColumns.Leaf> fields = document.required(ignoreMissingFields);
		if (!ignoreMissingFields) {
			checkComplete(document, fields, columns);
		}
		this.roles = new int[columns.size()];
		this.multi = new boolean[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			String column = columns.get(i);
			DocumentColumns.Leaf leaf = fields.get(column);
			this.roles[i] = "_id".equals(column) ? ID : (leaf != null) ? FIELD : ADDITIONAL;
			this.multi[i] = leaf != null && leaf.multi();
		}
	}

	private void checkComplete(DocumentColumns document, Map<String, DocumentColumns.Leaf> fields, List<String> columns) {
		List<String> missing = new ArrayList<>();
		if (document.hasId() && !columns.contains("_id")) {
			missing.add("_id");
		}
		fields.keySet().stream().filter((field) -> !columns.contains(field)).forEach(missing::add);
		if (missing.isEmpty()) {
			return;
		}
		List<String> nested = document.nestedNames().stream().filter(missing::contains).toList();
		throw new IllegalStateException("The ES|QL result has no column for " + missing + " of " + this.type.getName()
				+ " (it has " + columns + ")" + (nested.isEmpty() ? ": a KEEP, DROP, RENAME or STATS removed them"
						: ": ES|QL does not return nested fields such as " + nested.get(0))
				+ ". Keep those columns (Esql.from(" + this.type.getSimpleName()
				+ ".class) keeps them all, with METADATA _id), or read with ignoreMissingFields = true to leave them null");
	}

	List<EsqlResult<T>> bind(List<List<Object>> rows) {
		List<EsqlResult<T>> results = new ArrayList<>(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			results.add(bind(r, rows.get(r)));
		}
		return results;
	}

	@SuppressWarnings("unchecked")
	private EsqlResult<T> bind(int index, List<Object> row) {
		Map<String, Object> source = new LinkedHashMap<>();
		Map<String, Object> additional = new LinkedHashMap<>();
		String id = null;
		for (int i = 0; i < this.roles.length; i++) {
			Object value = row.get(i);
			switch (this.roles[i]) {
				case ID -> id = (value != null) ? value.toString() : null;
				case FIELD -> {
					String[] path = this.columns.get(i).split("\\.");
					Map<String, Object> parent = source;
					for (int p = 0; p < path.length - 1; p++) {
						parent = (Map<String, Object>) parent.computeIfAbsent(path[p], (key) -> new LinkedHashMap<>());
					}
					boolean wrap = this.multi[i] && value != null && !(value instanceof List<?>);
					parent.put(path[path.length - 1], wrap ? List.of(value) : value);
				}
				default -> additional.put(this.columns.get(i), value);
			}
		}
		try {
			return new EsqlResult<>(Documents.fromMap(source, this.type, id), Collections.unmodifiableMap(additional));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Row " + index + " of the ES|QL result does not fit "
					+ this.type.getName() + ": " + ex.getMessage(), ex);
		}
	}

}
