package io.github.esdsl.index.management;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.MultiField;

/**
 * The two versions of a document that migration tests move between: {@code title} as text, then
 * as keyword with a {@code title.text} text multi-field.
 */
final class MigrationDocuments {

	static final String INDEX = "migration-blog";

	private MigrationDocuments() {
	}

	@Document(index = INDEX)
	static class PostV1 {

		@Id
		String id;

		String title;

		int version;

		PostV1() {
		}

		PostV1(String id, String title, int version) {
			this.id = id;
			this.title = title;
			this.version = version;
		}

	}

	@Document(index = INDEX)
	static class PostV2 {

		@Id
		String id;

		@Field(type = FieldType.KEYWORD, fields = @MultiField(name = "text", type = FieldType.TEXT))
		String title;

		int version;

	}

}
