package io.github.esdsl.document;

import java.util.Objects;

/**
 * A field and a sort direction, from {@link FieldRef#asc()} or {@link FieldRef#desc()}:
 * {@code search.sort(Post_.published.desc(), Post_.title)}. Immutable.
 */
public final class FieldSort {

	private final FieldRef field;

	private final boolean descending;

	FieldSort(FieldRef field, boolean descending) {
		this.field = Objects.requireNonNull(field, "field");
		this.descending = descending;
	}

	/**
	 * The field sorted on.
	 * @return the field
	 */
	public FieldRef field() {
		return this.field;
	}

	/**
	 * Whether the order is descending.
	 * @return {@code true} for descending, {@code false} for ascending
	 */
	public boolean descending() {
		return this.descending;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FieldSort sort && sort.descending == this.descending
				&& sort.field.path().equals(this.field.path());
	}

	@Override
	public int hashCode() {
		return this.field.path().hashCode() * 31 + (this.descending ? 1 : 0);
	}

	/**
	 * The Python DSL's form: {@code "-path"} when descending, else {@code "path"}.
	 * @return the key as text
	 */
	@Override
	public String toString() {
		return (this.descending ? "-" : "") + this.field.path();
	}

}
