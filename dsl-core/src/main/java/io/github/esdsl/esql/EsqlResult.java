package io.github.esdsl.esql;

import java.util.Map;

/**
 * One row of an ES|QL result read as a document, with the columns that are not fields of the
 * document, like the tuples of Python's {@code esql_execute(query, return_additional=True)}.
 *
 * @param <T> the document class
 * @param document the document
 * @param additional the other columns by name, in column order (without {@code _id})
 */
public record EsqlResult<T>(T document, Map<String, Object> additional) {
}
