package io.github.esdsl.autoconfigure.document.samples.badfield;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-badfield")
public record BadField(@Field(type = FieldType.TEXT, normalizer = "lowercase") String title) {
}
