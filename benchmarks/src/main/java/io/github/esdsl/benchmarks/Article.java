package io.github.esdsl.benchmarks;

import java.util.List;

import io.github.esdsl.document.Document;

/**
 * The document of the response benchmarks: about 1 KB of {@code _source} with a list of tags and
 * a nested list of comments. esdsl, elasticsearch-java and plain Jackson all bind this record.
 *
 * @param title the title
 * @param author the author
 * @param category the category
 * @param tags the tags
 * @param published when it was published (ISO-8601)
 * @param likes likes
 * @param views views
 * @param rating the average rating
 * @param summary the summary, the bulk of the text
 * @param comments the comments
 */
@Document(index = "articles")
public record Article(String title, String author, String category, List<String> tags, String published, int likes,
		long views, double rating, String summary, List<Comment> comments) {

	/**
	 * One comment of an article.
	 *
	 * @param author who wrote it
	 * @param text what they wrote
	 * @param likes likes
	 * @param posted when (ISO-8601)
	 */
	public record Comment(String author, String text, int likes, String posted) {
	}

}
