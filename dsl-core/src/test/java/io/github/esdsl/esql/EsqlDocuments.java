package io.github.esdsl.esql;

import java.time.Instant;
import java.util.List;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.MultiField;

/**
 * The documents of the guide's "ES|QL Queries" section, and a few more shapes.
 */
final class EsqlDocuments {

	private EsqlDocuments() {
	}

	/** The guide's {@code Address(InnerDoc)}. */
	static class Address {

		String address;

		String city;

		@Field(name = "zip_code")
		String zipCode;

	}

	/** The guide's {@code Employee(Document)}. */
	@Document(index = "employees")
	static class Employee {

		@Id
		String id;

		@Field(name = "emp_no")
		int empNo;

		@Field(name = "first_name")
		String firstName;

		@Field(name = "last_name")
		String lastName;

		float height;

		@Field(name = "still_hired")
		boolean stillHired;

		Address address;

	}

	static class Comment {

		String author;

		String content;

	}

	/** A document with a nested field, multi-fields and a list of keywords. */
	@Document(index = "blog-*")
	static class Post {

		@Id
		Long id;

		@Field(fields = @MultiField(name = "raw", type = FieldType.KEYWORD))
		String title;

		@Field(type = FieldType.KEYWORD)
		List<String> tags;

		@Field(name = "published_at")
		Instant publishedAt;

		List<Comment> comments;

	}

	/** A record document. */
	@Document(index = "books")
	record Book(@Id String isbn, String title, @Field(name = "page_count") int pageCount) {
	}

	/** Not a document: no index. */
	static class Plain {

		String name;

	}

}
