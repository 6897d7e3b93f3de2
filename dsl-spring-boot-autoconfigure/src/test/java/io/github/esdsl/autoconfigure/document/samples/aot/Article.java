package io.github.esdsl.autoconfigure.document.samples.aot;

import java.time.Instant;
import java.util.List;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.Range;
import io.github.esdsl.document.Setting;

/**
 * A document record reaching an inner object, a list of nested objects and a range.
 */
@Document(index = "esdsl-aot-articles", settings = @Setting(name = "number_of_replicas", value = "0"))
public record Article(@Id String id, String title, @Field(type = FieldType.KEYWORD) List<String> tags, Author author,
		List<Section> sections, Range<Instant> visible) {

	/**
	 * An inner object.
	 * @param name the author's name
	 */
	public record Author(@Field(type = FieldType.KEYWORD) String name) {
	}

}
