package io.github.esdsl.autoconfigure.document.samples.clash;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-clash")
public record ClashDraft(@Field(type = FieldType.KEYWORD) String title, @Field(type = FieldType.DATE) String due) {
}
