package io.github.esdsl.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.esdsl.document.Documents;

/**
 * One action of a bulk request: index, create, update or delete, for a document object or raw.
 * Immutable. A plain document given to {@code bulk} is the same as {@link #index(Object)}.
 *
 * <pre>{@code
 * Stream<BulkAction> actions = Stream.of(
 *     BulkAction.index(post),
 *     BulkAction.create(otherPost).index("posts-archive"),
 *     BulkAction.update(Post.class, "7", Update.doc(Map.of("title", "New"))),
 *     BulkAction.delete(Post.class, "8"),
 *     BulkAction.raw("index", Map.of("_index", "logs-1", "_id", "x"), Map.of("message", "hi")));
 * }</pre>
 */
public final class BulkAction {

	private final String opType;

	private final Class<?> type;

	private final String index;

	private final String id;

	private final String routing;

	private final Object source;

	private final Map<String, Object> extra;

	private BulkAction(String opType, Class<?> type, String index, String id, String routing, Object source,
			Map<String, Object> extra) {
		this.opType = opType;
		this.type = type;
		this.index = index;
		this.id = id;
		this.routing = routing;
		this.source = source;
		this.extra = extra;
	}

	/**
	 * Index (create or replace) a document; id and routing from its {@code @Id} and {@code @Routing}.
	 * @param document the document
	 * @return the action
	 */
	public static BulkAction index(Object document) {
		return ofDocument("index", document);
	}

	/**
	 * Create a document; fails for that item if the id exists.
	 * @param document the document
	 * @return the action
	 */
	public static BulkAction create(Object document) {
		return ofDocument("create", document);
	}

	/**
	 * Update a stored document.
	 * @param type the document class (for its index)
	 * @param id the id
	 * @param update the partial document or script; its {@code retry_on_conflict} and
	 * {@code routing} parameters go in the action line
	 * @return the action
	 */
	public static BulkAction update(Class<?> type, String id, Update update) {
		Map<String, Object> extra = new LinkedHashMap<>();
		Map<String, Object> params = update.params();
		Object routing = params.remove("routing");
		params.remove("refresh");
		params.forEach(extra::put);
		return new BulkAction("update", type, null, requireId(id), (routing != null) ? routing.toString() : null,
				update.isSkipEmpty() ? update.body() : Documents.toMap(update.body(), false), extra);
	}

	/**
	 * Delete a stored document.
	 * @param type the document class (for its index)
	 * @param id the id
	 * @return the action
	 */
	public static BulkAction delete(Class<?> type, String id) {
		return new BulkAction("delete", type, null, requireId(id), null, null, Map.of());
	}

	/**
	 * A raw action, as in Elasticsearch's bulk API.
	 * @param opType {@code index}, {@code create}, {@code update} or {@code delete}
	 * @param metadata the action line's object, such as {@code {"_index": "logs", "_id": "1"}}
	 * @param source the source (the update body for {@code update}), {@code null} for {@code delete}
	 * @return the action
	 */
	public static BulkAction raw(String opType, Map<String, ?> metadata, Object source) {
		if (!java.util.Set.of("index", "create", "update", "delete").contains(opType)) {
			throw new IllegalArgumentException("Unknown bulk action '" + opType + "': use index, create, update or delete");
		}
		if (("delete".equals(opType)) != (source == null)) {
			throw new IllegalArgumentException("A bulk '" + opType + "' action " + ("delete".equals(opType)
					? "takes no source" : "needs a source"));
		}
		Map<String, Object> extra = new LinkedHashMap<>(metadata);
		Object index = extra.remove("_index");
		Object id = extra.remove("_id");
		Object routing = extra.remove("routing");
		return new BulkAction(opType, null, (index != null) ? index.toString() : null,
				(id != null) ? id.toString() : null, (routing != null) ? routing.toString() : null, source, extra);
	}

	private static BulkAction ofDocument(String opType, Object document) {
		Objects.requireNonNull(document, "document must not be null");
		return new BulkAction(opType, document.getClass(), null, null, null, document, Map.of());
	}

	/**
	 * This action on another index than its document class's.
	 * @param index the index
	 * @return a new action
	 */
	public BulkAction index(String index) {
		return new BulkAction(this.opType, this.type, index, this.id, this.routing, this.source, this.extra);
	}

	/** @return {@code index}, {@code create}, {@code update} or {@code delete} */
	public String opType() {
		return this.opType;
	}

	Class<?> type() {
		return this.type;
	}

	String explicitIndex() {
		return this.index;
	}

	String explicitId() {
		return this.id;
	}

	String explicitRouting() {
		return this.routing;
	}

	Object source() {
		return this.source;
	}

	Map<String, Object> extra() {
		return this.extra;
	}

	boolean isDocument() {
		return this.type != null && ("index".equals(this.opType) || "create".equals(this.opType));
	}

	private static String requireId(String id) {
		if (id == null || id.isEmpty()) {
			throw new IllegalArgumentException("A bulk update or delete needs an id");
		}
		return id;
	}

	@Override
	public String toString() {
		return "BulkAction{" + this.opType + ((this.index != null) ? ", index=" + this.index : "")
				+ ((this.id != null) ? ", id=" + this.id : "") + "}";
	}

}
