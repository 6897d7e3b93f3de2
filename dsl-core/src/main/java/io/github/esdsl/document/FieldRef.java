package io.github.esdsl.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference to a mapped field of a document, usable wherever the API takes a field name:
 * {@code Q.match(Post_.title, "python")} writes {@code "title"} (or the name given with
 * {@code @Field(name = ...)}). The metamodel classes that the {@code dsl-processor} annotation
 * processor generates ({@code Post_}) hold one reference per mapped field, as
 * {@link MappedField}s.
 *
 * <p>Inside a {@code Map} of options, a reference stands for its path too:
 * {@code Map.of("term", Map.of("field", Post_.title))}.
 */
public interface FieldRef {

	/**
	 * The field's full path in Elasticsearch, dots included, e.g. {@code title.raw} or
	 * {@code comments.author}.
	 * @return the path
	 */
	String path();

	/**
	 * Ascending order on this field, for {@code Search.sort} (written as the bare path, as the
	 * Python DSL writes {@code +Post.title}) and {@code Esql.sort} ({@code path ASC}).
	 * @return the sort key
	 */
	default FieldSort asc() {
		return new FieldSort(this, false);
	}

	/**
	 * Descending order on this field, for {@code Search.sort} (written as
	 * {@code {"path": {"order": "desc"}}}, as the Python DSL writes {@code -Post.created_at}) and
	 * {@code Esql.sort} ({@code path DESC}).
	 * @return the sort key
	 */
	default FieldSort desc() {
		return new FieldSort(this, true);
	}

	/**
	 * The path of a reference, refusing {@code null} with a clear message.
	 * @param field the reference
	 * @return its path
	 * @throws IllegalArgumentException if the reference or its path is {@code null}
	 */
	static String pathOf(FieldRef field) {
		if (field == null) {
			throw new IllegalArgumentException("The field reference is null: give a metamodel field such as Post_.title");
		}
		String path = field.path();
		if (path == null || path.isEmpty()) {
			throw new IllegalArgumentException("The field reference " + field + " has no path");
		}
		return path;
	}

	/**
	 * The paths of references, in order: one, then more (the shape of the API's
	 * {@code source(FieldRef, FieldRef...)} overloads, which leave the no-argument forms alone).
	 * @param field the first reference
	 * @param more more references
	 * @return their paths
	 * @throws IllegalArgumentException naming the position of a {@code null} reference
	 */
	static List<String> pathsOf(FieldRef field, FieldRef... more) {
		List<String> paths = new ArrayList<>(1 + ((more != null) ? more.length : 0));
		paths.add(pathOf(field));
		for (int i = 0; more != null && i < more.length; i++) {
			if (more[i] == null) {
				throw new IllegalArgumentException("Field reference [" + (i + 1)
						+ "] is null: give a metamodel field such as Post_.title");
			}
			paths.add(pathOf(more[i]));
		}
		return paths;
	}

}
