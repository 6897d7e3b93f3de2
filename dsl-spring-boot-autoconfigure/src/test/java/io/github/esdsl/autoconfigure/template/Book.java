package io.github.esdsl.autoconfigure.template;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.Setting;

@Document(index = "esdsl-template-books", settings = @Setting(name = "number_of_replicas", value = "0"))
public record Book(@Id String id, @Field(type = FieldType.KEYWORD) String title,
		@Field(type = FieldType.INTEGER) int year, @Field(type = FieldType.KEYWORD) String shelf) {
}
