package io.github.esdsl.query;

import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.types.Options;

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
		return nested(path, query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"nested": {"path": path, "query": query}}}.
	 * @param path the field, as a reference (e.g. from a generated metamodel)
	 * @param query the query on the nested objects
	 * @return the query
	 */
	public static Query nested(FieldRef path, Query query) {
		return nested(ParamMaps.fieldName("nested", path), query);
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
	 * {@code nested} with options.
	 * @param path the nested object's path
	 * @param query the query on the nested objects
	 * @param options sets the options on {@link NestedOptions}
	 * @return the query
	 */
	public static Query nested(String path, Query query, UnaryOperator<NestedOptions> options) {
		return nested(path, query, Options.build(new NestedOptions(), options));
	}

	/**
	 * {@code nested} with options.
	 * @param path the field, as a reference (e.g. from a generated metamodel)
	 * @param query the query on the nested objects
	 * @param options score_mode, inner_hits, ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query nested(FieldRef path, Query query, Map<String, ?> options) {
		return nested(ParamMaps.fieldName("nested", path), query, options);
	}

	/**
	 * {@code nested} with options.
	 * @param path the field, as a reference (e.g. from a generated metamodel)
	 * @param query the query on the nested objects
	 * @param options sets the options on {@link NestedOptions}
	 * @return the query
	 */
	public static Query nested(FieldRef path, Query query, UnaryOperator<NestedOptions> options) {
		return nested(ParamMaps.fieldName("nested", path), query, options);
	}

	/**
	 * {@code {"has_child": {"type": type, "query": query}}}.
	 * @param type the child relation
	 * @param query the query on the children
	 * @return the query
	 */
	public static Query hasChild(String type, Query query) {
		return hasChild(type, query, (Map<String, ?>) null);
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
	 * {@code has_child} with options.
	 * @param type the child relation
	 * @param query the query on the children
	 * @param options sets the options on {@link HasChildOptions}
	 * @return the query
	 */
	public static Query hasChild(String type, Query query, UnaryOperator<HasChildOptions> options) {
		return hasChild(type, query, Options.build(new HasChildOptions(), options));
	}

	/**
	 * {@code {"has_parent": {"parent_type": parentType, "query": query}}}.
	 * @param parentType the parent relation
	 * @param query the query on the parents
	 * @return the query
	 */
	public static Query hasParent(String parentType, Query query) {
		return hasParent(parentType, query, (Map<String, ?>) null);
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
	 * {@code has_parent} with options.
	 * @param parentType the parent relation
	 * @param query the query on the parents
	 * @param options sets the options on {@link HasParentOptions}
	 * @return the query
	 */
	public static Query hasParent(String parentType, Query query, UnaryOperator<HasParentOptions> options) {
		return hasParent(parentType, query, Options.build(new HasParentOptions(), options));
	}

	/**
	 * {@code {"parent_id": {"type": type, "id": id}}}.
	 * @param type the child relation
	 * @param id the parent document's id
	 * @return the query
	 */
	public static Query parentId(String type, String id) {
		return parentId(type, id, (Map<String, ?>) null);
	}

	/**
	 * {@code parent_id} with options.
	 * @param type the child relation
	 * @param id the parent document's id
	 * @param options ignore_unmapped, boost, _name
	 * @return the query
	 */
	public static Query parentId(String type, String id, Map<String, ?> options) {
		return leaf("parent_id", Params.of("parent_id", options, "type", type, "id", id));
	}

	/**
	 * {@code parent_id} with options.
	 * @param type the child relation
	 * @param id the parent document's id
	 * @param options sets the options on {@link ParentIdOptions}
	 * @return the query
	 */
	public static Query parentId(String type, String id, UnaryOperator<ParentIdOptions> options) {
		return parentId(type, id, Options.build(new ParentIdOptions(), options));
	}

}
