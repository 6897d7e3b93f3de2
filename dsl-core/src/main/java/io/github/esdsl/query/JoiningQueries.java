package io.github.esdsl.query;

import java.util.Map;

/**
 * Factories for joining queries, inherited by {@link Q} (use them as {@code Q.nested(...)}).
 */
abstract class JoiningQueries extends SpanQueries {

	JoiningQueries() {
	}

	/**
	 * {@code {"nested": {"path": path, "query": query}}}.
	 * @param path the nested object's path
	 * @param query the query on the nested objects
	 * @return the query
	 */
	public static Query nested(String path, Query query) {
		return nested(path, query, null);
	}

	/**
	 * {@code nested} with options.
	 * @param path the nested object's path
	 * @param query the query on the nested objects
	 * @param options score_mode, inner_hits, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query nested(String path, Query query, Map<String, ?> options) {
		return create("nested", Params.of("nested", options, "path", path, "query", query));
	}

	/**
	 * {@code {"has_child": {"type": type, "query": query}}}.
	 * @param type the child relation
	 * @param query the query on the children
	 * @return the query
	 */
	public static Query hasChild(String type, Query query) {
		return hasChild(type, query, null);
	}

	/**
	 * {@code has_child} with options.
	 * @param type the child relation
	 * @param query the query on the children
	 * @param options score_mode, min_children, max_children, inner_hits, ignore_unmapped
	 * @return the query
	 */
	public static Query hasChild(String type, Query query, Map<String, ?> options) {
		return create("has_child", Params.of("has_child", options, "type", type, "query", query));
	}

	/**
	 * {@code {"has_parent": {"parent_type": parentType, "query": query}}}.
	 * @param parentType the parent relation
	 * @param query the query on the parents
	 * @return the query
	 */
	public static Query hasParent(String parentType, Query query) {
		return hasParent(parentType, query, null);
	}

	/**
	 * {@code has_parent} with options.
	 * @param parentType the parent relation
	 * @param query the query on the parents
	 * @param options score, inner_hits, ignore_unmapped
	 * @return the query
	 */
	public static Query hasParent(String parentType, Query query, Map<String, ?> options) {
		return create("has_parent", Params.of("has_parent", options, "parent_type", parentType, "query", query));
	}

	/**
	 * {@code {"parent_id": {"type": type, "id": id}}}.
	 * @param type the child relation
	 * @param id the parent document's id
	 * @return the query
	 */
	public static Query parentId(String type, String id) {
		return parentId(type, id, null);
	}

	/**
	 * {@code parent_id} with options.
	 * @param type the child relation
	 * @param id the parent document's id
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query parentId(String type, String id, Map<String, ?> options) {
		return create("parent_id", Params.of("parent_id", options, "type", type, "id", id));
	}

}
