package io.github.esdsl.autoconfigure.document.samples.blog;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;

@Document(index = "esdsl-blog-comments")
public record Comment(@Field(type = FieldType.KEYWORD) String author, @Field(type = FieldType.TEXT) String body) {
}
