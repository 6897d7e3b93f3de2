package io.github.esdsl.autoconfigure.document.samples.blog;

import java.util.List;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.Setting;

@Document(index = "esdsl-blog-posts", settings = @Setting(name = "number_of_replicas", value = "0"))
public record Post(@Id String id, @Field(type = FieldType.TEXT) String title,
		@Field(type = FieldType.KEYWORD) List<String> tags) {
}
