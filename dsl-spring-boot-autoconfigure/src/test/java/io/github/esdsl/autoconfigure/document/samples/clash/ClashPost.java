package io.github.esdsl.autoconfigure.document.samples.clash;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-clash")
public record ClashPost(@Field(type = FieldType.TEXT) String title) {
}
