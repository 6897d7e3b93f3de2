package io.github.esdsl.autoconfigure.migration.samples;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-migration-tickets")
public record Ticket(@Field(type = FieldType.KEYWORD) String subject) {
}
