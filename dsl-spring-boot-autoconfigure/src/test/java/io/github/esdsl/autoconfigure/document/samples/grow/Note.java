package io.github.esdsl.autoconfigure.document.samples.grow;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-grow")
public record Note(@Field(type = FieldType.TEXT) String title, @Field(type = FieldType.KEYWORD) String summary) {
}
