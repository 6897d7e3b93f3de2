package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.Json;

/**
 * The answer of {@code POST /_query}: the columns and the values, readable as rows (maps of
 * column name to value) or as document instances.
 *
 * <pre>{@code
 * EsqlResponse response = client.execute(Esql.from(Employee.class).where(E("height").gt(2)));
 * for (Employee employee : response.documents(Employee.class)) { ... }
 * for (EsqlResult<Employee> row : response.results(Employee.class)) {
 *     row.document(); row.additional().get("height_cm");
 * }
 * }</pre>
 */
public final class EsqlResponse {

	private final Map<String, Object> body;

	private final List<EsqlColumn> columns;

	private final List<List<Object>> values;

	private EsqlResponse(Map<String, Object> body, List<EsqlColumn> columns, List<List<Object>> values) {
		this.body = body;
		this.columns = columns;
		this.values = values;
	}

	/**
	 * Reads a response body with values by row (the default).
	 * @param body the UTF-8 JSON body
	 * @return the response
	 * @throws IllegalArgumentException if the body is not an ES|QL response
	 */
	public static EsqlResponse parse(byte[] body) {
		return parse(body, false);
	}

	/**
	 * Reads a response body.
	 * @param body the UTF-8 JSON body
	 * @param columnar whether the request asked for the values by column
	 * @return the response
	 * @throws IllegalArgumentException if the body is not an ES|QL response
	 */
	public static EsqlResponse parse(byte[] body, boolean columnar) {
		Map<String, Object> map = Json.parseMap(body);
		if (!(map.get("columns") instanceof List<?> rawColumns)) {
			throw new IllegalArgumentException("Not an ES|QL response: no \"columns\" list in " + map.keySet());
		}
		List<EsqlColumn> columns = new ArrayList<>(rawColumns.size());
		for (Object raw : rawColumns) {
			if (!(raw instanceof Map<?, ?> column) || !(column.get("name") instanceof String name)) {
				throw new IllegalArgumentException("Not an ES|QL column: " + raw);
			}
			columns.add(new EsqlColumn(name, (column.get("type") != null) ? column.get("type").toString() : null));
		}
		List<?> rawValues = (map.get("values") instanceof List<?> list) ? list : List.of();
		List<List<Object>> rows = columnar ? byRow(rawValues, columns.size()) : checkRows(rawValues, columns.size());
		return new EsqlResponse(map, List.copyOf(columns), rows);
	}

	private static List<List<Object>> checkRows(List<?> rawRows, int width) {
		List<List<Object>> rows = new ArrayList<>(rawRows.size());
		for (Object raw : rawRows) {
			if (!(raw instanceof List<?> row) || row.size() != width) {
				throw new IllegalArgumentException("An ES|QL row must hold " + width + " values, one per column, not " + raw);
			}
			rows.add(Collections.unmodifiableList(new ArrayList<>(row)));
		}
		return Collections.unmodifiableList(rows);
	}

	private static List<List<Object>> byRow(List<?> rawColumns, int width) {
		if (rawColumns.size() != width) {
			throw new IllegalArgumentException("A columnar ES|QL response must hold " + width + " value lists, not "
					+ rawColumns.size());
		}
		int height = rawColumns.isEmpty() ? 0 : ((List<?>) rawColumns.get(0)).size();
		List<List<Object>> rows = new ArrayList<>(height);
		for (int r = 0; r < height; r++) {
			List<Object> row = new ArrayList<>(width);
			for (Object column : rawColumns) {
				row.add(((List<?>) column).get(r));
			}
			rows.add(Collections.unmodifiableList(row));
		}
		return Collections.unmodifiableList(rows);
	}

	/**
	 * How long the query took ({@code took}).
	 * @return milliseconds, or -1 if Elasticsearch did not say
	 */
	public long took() {
		return (this.body.get("took") instanceof Number took) ? took.longValue() : -1;
	}

	/**
	 * Whether the result is partial ({@code is_partial}), as when some shards or clusters failed.
	 * @return whether rows may be missing
	 */
	public boolean isPartial() {
		return Boolean.TRUE.equals(this.body.get("is_partial"));
	}

	/**
	 * The columns, in order.
	 * @return the columns
	 */
	public List<EsqlColumn> columns() {
		return this.columns;
	}

	/**
	 * The column names, in order.
	 * @return the names
	 */
	public List<String> columnNames() {
		return this.columns.stream().map(EsqlColumn::name).toList();
	}

	/**
	 * The values, one list per row in column order (multivalued fields as lists).
	 * @return the rows' values
	 */
	public List<List<Object>> values() {
		return this.values;
	}

	/**
	 * The rows as maps of column name to value, in column order.
	 * @return new maps
	 */
	public List<Map<String, Object>> rows() {
		List<Map<String, Object>> rows = new ArrayList<>(this.values.size());
		for (List<Object> values : this.values) {
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 0; i < this.columns.size(); i++) {
				row.put(this.columns.get(i).name(), values.get(i));
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The number of rows.
	 * @return the row count
	 */
	public int size() {
		return this.values.size();
	}

	/**
	 * The rows as documents, like Python's {@code Document.esql_execute(query)}: each document
	 * field from the column of its name ({@code address.city} into the {@code address} object),
	 * its {@code @Id} field from {@code _id}.
	 * @param <T> the document class
	 * @param documentClass the document class
	 * @return the documents
	 * @throws IllegalStateException naming the missing columns if the rows lack fields of the
	 * document (dropped, or {@code nested}, which ES|QL does not return)
	 */
	public <T> List<T> documents(Class<T> documentClass) {
		return documents(documentClass, false);
	}

	/**
	 * The rows as documents.
	 * @param <T> the document class
	 * @param documentClass the document class
	 * @param ignoreMissingFields whether fields without a column are left {@code null} (and
	 * {@code nested} fields empty) instead of failing
	 * @return the documents
	 */
	public <T> List<T> documents(Class<T> documentClass, boolean ignoreMissingFields) {
		return results(documentClass, ignoreMissingFields).stream().map(EsqlResult::document).toList();
	}

	/**
	 * The rows as documents with the other columns, like Python's
	 * {@code esql_execute(query, return_additional=True)}.
	 * @param <T> the document class
	 * @param documentClass the document class
	 * @return the documents and additional columns
	 * @throws IllegalStateException naming the missing columns if the rows lack fields of the
	 * document
	 */
	public <T> List<EsqlResult<T>> results(Class<T> documentClass) {
		return results(documentClass, false);
	}

	/**
	 * The rows as documents with the other columns.
	 * @param <T> the document class
	 * @param documentClass the document class
	 * @param ignoreMissingFields whether fields without a column are left {@code null} instead
	 * of failing
	 * @return the documents and additional columns
	 */
	public <T> List<EsqlResult<T>> results(Class<T> documentClass, boolean ignoreMissingFields) {
		return new RowBinder<>(documentClass, columnNames(), ignoreMissingFields).bind(this.values);
	}

	/**
	 * The whole response body as read.
	 * @return a map (shared, do not modify)
	 */
	public Map<String, Object> toMap() {
		return Collections.unmodifiableMap(this.body);
	}

	@Override
	public String toString() {
		return "EsqlResponse[columns=" + columnNames() + ", rows=" + size() + "]";
	}

}
