package io.github.esdsl.document;

import io.github.esdsl.esql.Expression;
import io.github.esdsl.esql.Named;

/**
 * A field of the metamodel that the {@code dsl-processor} generates: its path in Elasticsearch
 * and its mapped type ({@code Post_.title} is {@code "title"}, {@code "text"}). Immutable.
 *
 * <p>Multi-fields and the fields of an object or nested field are members of generated
 * subclasses: {@code Post_.title.raw} is {@code title.raw}, {@code Post_.comments.author} is
 * {@code comments.author}. In ES|QL a reference is a column: {@code Employee_.height.times(100)}
 * is {@code height * 100}; the operator methods here are those of {@link Expression}.
 */
public class MappedField implements FieldRef {

	private final String path;

	private final String type;

	/**
	 * A reference for generated code.
	 * @param path the full path
	 * @param type the Elasticsearch type name
	 */
	protected MappedField(String path, String type) {
		if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".")) {
			throw new IllegalArgumentException("A field path must be non-blank and not start or end with a dot, not '"
					+ path + "'");
		}
		if (type == null || type.isBlank()) {
			throw new IllegalArgumentException("Field " + path + " needs its Elasticsearch type, not '" + type + "'");
		}
		this.path = path;
		this.type = type;
	}

	/**
	 * A reference to a field.
	 * @param path the full path, e.g. {@code title.raw}
	 * @param type the Elasticsearch type name, e.g. {@code keyword}
	 * @return the reference
	 */
	public static MappedField of(String path, String type) {
		return new MappedField(path, type);
	}

	/**
	 * A reference to a field below this one (a multi-field or a property of an object).
	 * @param name the sub-field's name
	 * @param type its Elasticsearch type name
	 * @return the reference, at {@code path() + "." + name}
	 */
	protected final MappedField field(String name, String type) {
		return new MappedField(child(name), type);
	}

	/**
	 * The path of a field below this one.
	 * @param name the sub-field's name
	 * @return {@code path() + "." + name}
	 */
	protected final String child(String name) {
		return this.path + "." + name;
	}

	@Override
	public final String path() {
		return this.path;
	}

	/**
	 * The field's type in the mapping, such as {@code text}, {@code keyword} or {@code nested}.
	 * @return the Elasticsearch type name
	 */
	public final String type() {
		return this.type;
	}

	/**
	 * The field as an ES|QL column.
	 * @return {@code Esql.E(path())}
	 */
	public final Expression column() {
		return Expression.column(this.path);
	}

	/** @param other a value or expression @return {@code path == other} */
	public final Expression eq(Object other) {
		return column().eq(other);
	}

	/** @param other a value or expression @return {@code path != other} */
	public final Expression ne(Object other) {
		return column().ne(other);
	}

	/** @param other a value or expression @return {@code path < other} */
	public final Expression lt(Object other) {
		return column().lt(other);
	}

	/** @param other a value or expression @return {@code path <= other} */
	public final Expression lte(Object other) {
		return column().lte(other);
	}

	/** @param other a value or expression @return {@code path > other} */
	public final Expression gt(Object other) {
		return column().gt(other);
	}

	/** @param other a value or expression @return {@code path >= other} */
	public final Expression gte(Object other) {
		return column().gte(other);
	}

	/** @param other a value or expression @return {@code path + other} */
	public final Expression plus(Object other) {
		return column().plus(other);
	}

	/** @param other a value or expression @return {@code path - other} */
	public final Expression minus(Object other) {
		return column().minus(other);
	}

	/** @param other a value or expression @return {@code path * other} */
	public final Expression times(Object other) {
		return column().times(other);
	}

	/** @param other a value or expression @return {@code path / other} */
	public final Expression div(Object other) {
		return column().div(other);
	}

	/** @param other a value or expression @return {@code path % other} */
	public final Expression mod(Object other) {
		return column().mod(other);
	}

	/** @param values values or expressions @return {@code path IN (values)} */
	public final Expression in(Object... values) {
		return column().in(values);
	}

	/** @param patterns the patterns @return {@code path LIKE patterns} */
	public final Expression like(String... patterns) {
		return column().like(patterns);
	}

	/** @param patterns the regular expressions @return {@code path RLIKE patterns} */
	public final Expression rlike(String... patterns) {
		return column().rlike(patterns);
	}

	/** @return {@code path IS NULL} */
	public final Expression isNull() {
		return column().isNull();
	}

	/** @return {@code path IS NOT NULL} */
	public final Expression isNotNull() {
		return column().isNotNull();
	}

	/** @param query the text to match @return {@code path : query} */
	public final Expression match(Object query) {
		return column().match(query);
	}

	/** @param name the new column's name @return the column under another name, for {@code EVAL}/{@code STATS} */
	public final Named as(String name) {
		return column().as(name);
	}

	@Override
	public final boolean equals(Object other) {
		return other instanceof MappedField field && field.path.equals(this.path) && field.type.equals(this.type);
	}

	@Override
	public final int hashCode() {
		return this.path.hashCode();
	}

	/**
	 * The path.
	 * @return {@link #path()}
	 */
	@Override
	public final String toString() {
		return this.path;
	}

}
