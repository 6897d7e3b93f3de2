package io.github.esdsl.document;

/**
 * A reference to a mapped field of a document, usable wherever the API takes a field name:
 * {@code Q.match(Post_.title, "python")} writes {@code "title"} (or the name given with
 * {@code @Field(name = ...)}). The metamodel classes that the {@code dsl-processor} annotation
 * processor generates ({@code Post_}) hold one reference per mapped field.
 */
public interface FieldRef {

	/**
	 * The field's full path in Elasticsearch, dots included, e.g. {@code title.raw} or
	 * {@code comments.author}.
	 * @return the path
	 */
	String path();

}
