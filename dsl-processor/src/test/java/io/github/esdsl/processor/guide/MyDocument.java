package io.github.esdsl.processor.guide;

import java.time.Instant;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;

/** The guide's {@code MyDocument} with {@code title} and {@code created_at}. */
@Document(index = "my-documents")
public class MyDocument {

	public String title;

	@Field(name = "created_at")
	public Instant createdAt;

}
