package io.github.esdsl.benchmarks;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * The {@link Article} as a Spring Data Elasticsearch entity, mapped the way a Spring Data user
 * would write it.
 */
@Document(indexName = "articles", createIndex = false)
public class ArticleEntity {

	@Id
	private String id;

	@Field(type = FieldType.Text)
	private String title;

	@Field(type = FieldType.Keyword)
	private String author;

	@Field(type = FieldType.Keyword)
	private String category;

	@Field(type = FieldType.Keyword)
	private List<String> tags;

	@Field(type = FieldType.Date, format = DateFormat.date_time_no_millis)
	private String published;

	@Field(type = FieldType.Integer)
	private int likes;

	@Field(type = FieldType.Long)
	private long views;

	@Field(type = FieldType.Double)
	private double rating;

	@Field(type = FieldType.Text)
	private String summary;

	@Field(type = FieldType.Nested)
	private List<CommentEntity> comments;

	/** @return the {@code _id} */
	public String getId() {
		return this.id;
	}

	/** @return the same values as an {@link Article}, to compare contenders */
	public Article toArticle() {
		return new Article(this.title, this.author, this.category, this.tags, this.published, this.likes, this.views,
				this.rating, this.summary, (this.comments != null) ? this.comments.stream().map(CommentEntity::toComment).toList() : null);
	}

	/**
	 * A comment of the entity.
	 */
	public static class CommentEntity {

		@Field(type = FieldType.Keyword)
		private String author;

		@Field(type = FieldType.Text)
		private String text;

		@Field(type = FieldType.Integer)
		private int likes;

		@Field(type = FieldType.Date, format = DateFormat.date_time_no_millis)
		private String posted;

		Article.Comment toComment() {
			return new Article.Comment(this.author, this.text, this.likes, this.posted);
		}

	}

}
