package io.github.esdsl.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;

/**
 * A test document: id, a required title, a keyword, a number, a date and nested comments.
 */
@Document(index = "articles")
class Article {

	@Id
	String id;

	@Field(required = true)
	String title;

	@Field(type = FieldType.KEYWORD)
	String author;

	Integer likes;

	OffsetDateTime published;

	List<Comment> comments = new ArrayList<>();

	Article() {
	}

	Article(String id, String title, String author, Integer likes) {
		this.id = id;
		this.title = title;
		this.author = author;
		this.likes = likes;
	}

	static class Comment {

		@Field(type = FieldType.KEYWORD, required = true)
		String author;

		String content;

		Comment() {
		}

		Comment(String author, String content) {
			this.author = author;
			this.content = content;
		}

	}

}
