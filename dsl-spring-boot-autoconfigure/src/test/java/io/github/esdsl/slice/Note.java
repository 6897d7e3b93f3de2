package io.github.esdsl.slice;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.Setting;

@Document(index = "esdsl-slice-notes", settings = @Setting(name = "number_of_replicas", value = "0"))
public record Note(@Id String id, @Field(type = FieldType.KEYWORD) String text) {
}
