package io.github.esdsl.autoconfigure.document.samples.conflict;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-conflict")
public record Article(@Field(type = FieldType.TEXT) String title) {
}
