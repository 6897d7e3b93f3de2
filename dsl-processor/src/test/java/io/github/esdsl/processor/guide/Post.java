package io.github.esdsl.processor.guide;

import java.time.Instant;
import java.util.List;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.MultiField;

/** A blog post: a renamed field with a multi-field, nested comments, a keyword list. */
@Document(index = "posts")
public class Post {

	@Field(name = "headline", fields = @MultiField(name = "raw", type = FieldType.KEYWORD))
	public String title;

	public Instant published;

	@Field(type = FieldType.KEYWORD)
	public List<String> tags;

	@Field(type = FieldType.DENSE_VECTOR, dims = 3)
	public float[] embedding;

	public List<Comment> comments;

	/** A comment of a post. */
	public static class Comment {

		@Field(type = FieldType.KEYWORD, fields = @MultiField(name = "text", type = FieldType.TEXT))
		public String author;

		public String body;

	}

}
