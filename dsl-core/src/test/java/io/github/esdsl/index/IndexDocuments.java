package io.github.esdsl.index;

import java.time.Instant;
import java.util.List;

import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.analysis.Tokenizer;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.Dynamic;
import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Id;
import io.github.esdsl.document.MultiField;
import io.github.esdsl.document.Routing;
import io.github.esdsl.document.Setting;

/**
 * Documents of the guide's "Index" and "IndexTemplate" sections.
 */
final class IndexDocuments {

	static final Analyzer HTML_STRIP = Analyzer.custom("html_strip")
		.tokenizer("standard")
		.filter("standard", "lowercase", "stop", "snowball")
		.charFilter("html_strip");

	static final Analyzer MY_ANALYZER = Analyzer.custom("my_analyzer")
		.tokenizer(Tokenizer.custom("trigram", "nGram", java.util.Map.of("min_gram", 3)))
		.filter("lowercase");

	private IndexDocuments() {
	}

	static final class Comment {

		@Field(fields = @MultiField(name = "raw", type = FieldType.KEYWORD))
		String author;

		@Field(analyzer = "snowball")
		String content;

		@Field(name = "created_at")
		Instant createdAt;

	}

	@Document(index = "blog", analyzers = IndexDocuments.class)
	static final class Post {

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

	@Document(index = "logs-*")
	static final class Log {

		String content;

		Instant timestamp;

	}

	@Document(index = "blog")
	static final class Question {

		@Field(type = FieldType.KEYWORD)
		String author;

		String title;

	}

	@Document(index = "blog")
	static final class Answer {

		@Field(type = FieldType.TEXT)
		String author;

		@Field(name = "created_at")
		Instant createdAt;

	}

	@Document(index = "tenants", settings = { @Setting(name = "number_of_shards", value = "2"),
			@Setting(name = "refresh_interval", value = "5s") }, aliases = "current", dynamic = Dynamic.STRICT,
			routingRequired = true, sourceExcludes = "secret", mappingOptions = {
					@Setting(name = "meta", value = "{\"owner\": \"ops\"}"), @Setting(name = "date_detection", value = "false") },
			using = "analytics")
	static final class Tenant {

		@Routing
		@Field(type = FieldType.KEYWORD)
		String tenant;

		@Field(type = FieldType.KEYWORD, index = false)
		String secret;

	}

}
