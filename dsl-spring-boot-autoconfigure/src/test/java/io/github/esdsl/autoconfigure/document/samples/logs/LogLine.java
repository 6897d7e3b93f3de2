package io.github.esdsl.autoconfigure.document.samples.logs;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-logs-*")
public record LogLine(@Field(type = FieldType.TEXT) String message, @Field(type = FieldType.KEYWORD) String level) {
}
