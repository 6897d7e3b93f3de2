package io.github.esdsl.autoconfigure.document.samples.aot;

import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

/**
 * A nested object: a plain class with an inherited field and an enum.
 */
public class Section extends Block {

	String heading;

	@Field(type = FieldType.KEYWORD)
	Kind kind;

	Section() {
	}

	public Section(int position, String heading, Kind kind) {
		this.position = position;
		this.heading = heading;
		this.kind = kind;
	}

	/**
	 * The heading.
	 * @return the heading
	 */
	public String heading() {
		return this.heading;
	}

	/**
	 * Kinds of section.
	 */
	public enum Kind {

		/** An introduction. */
		INTRO,

		/** The body. */
		BODY

	}

}
