package io.github.esdsl.esql;

/**
 * A column of an ES|QL result.
 *
 * @param name the column's name, such as {@code address.city}
 * @param type its ES|QL type, such as {@code keyword}, {@code long}, {@code date}
 */
public record EsqlColumn(String name, String type) {
}
