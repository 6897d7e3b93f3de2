package io.github.esdsl.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.github.esdsl.analysis.Analyzer;

/**
 * The guide's "Persistence" examples in Java.
 */
final class GuideDocuments {

	private GuideDocuments() {
	}

	static final class Comment {

		@Field(fields = @MultiField(name = "raw", type = FieldType.KEYWORD))
		String author;

		@Field(analyzer = "snowball")
		String content;

		@Field(name = "created_at")
		Instant createdAt;

	}

	@Document(index = "blog")
	static final class Post {

		static final Analyzer HTML_STRIP = Analyzer.custom("html_strip")
			.tokenizer("standard")
			.filter("standard", "lowercase", "stop", "snowball")
			.charFilter("html_strip");

		@Id
		String id;

		String title;

		@Field(name = "title_suggest", type = FieldType.COMPLETION)
		String titleSuggest;

		@Field(name = "created_at")
		Instant createdAt;

		Boolean published;

		@Field(analyzer = "html_strip", fields = @MultiField(name = "raw", type = FieldType.KEYWORD))
		String category;

		List<Comment> comments;

	}

	static class User {

		@Field(fields = @MultiField(name = "keyword", type = FieldType.KEYWORD))
		String username;

		String email;

	}

	static class BaseDocument {

		@Field(name = "created_by")
		User createdBy;

		@Field(name = "created_date")
		Instant createdDate;

		@Field(name = "last_updated")
		Instant lastUpdated;

	}

	@Document(index = "blog")
	static class BlogPost extends BaseDocument {

		String title;

	}

	@Document(index = "room-bookings")
	record RoomBooking(@Id String id, @Field(type = FieldType.KEYWORD) String room, Range<Instant> dates,
			Range<LocalDate> days) {
	}

}
