package io.github.esdsl.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An update of one stored document: a partial document or a script, with an optional upsert.
 * Immutable; every method returns a new update.
 *
 * <pre>{@code
 * operations.update(Post.class, "42", Update.doc(Map.of("title", "New")).refresh(Refresh.TRUE));
 * operations.update(Post.class, "42", Update.script("ctx._source.likes += params.n", Map.of("n", 1))
 *     .upsert(new Post(...)).retryOnConflict(3));
 * }</pre>
 *
 * Values are written as document values ({@code java.time} types as ISO-8601 strings, document
 * objects as their source). A {@code null} value of a partial-document {@code Map} is sent as
 * {@code null}, which clears the stored field; {@code null} fields of document objects (a
 * partial document given as an object, an upsert) are left out unless {@link #skipEmpty(boolean)
 * skipEmpty(false)}, Python's {@code skip_empty=False}.
 *
 * <p>The update asks Elasticsearch for the updated source ({@code _source=true}), so the
 * {@link UpdateResult} holds the document as stored after the update, scripted or not.
 */
public final class Update {

	private final Map<String, Object> body;

	private final Map<String, Object> params;

	private final boolean skipEmpty;

	private Update(Map<String, Object> body, Map<String, Object> params) {
		this(body, params, true);
	}

	private Update(Map<String, Object> body, Map<String, Object> params, boolean skipEmpty) {
		this.body = body;
		this.params = params;
		this.skipEmpty = skipEmpty;
	}

	/**
	 * A partial-document update: the given fields replace the stored ones; objects are merged.
	 * @param fields field names (as in Elasticsearch) to values
	 * @return the update
	 */
	public static Update doc(Map<String, ?> fields) {
		Objects.requireNonNull(fields, "fields must not be null");
		return new Update(new LinkedHashMap<>(), new LinkedHashMap<>()).with("doc", new LinkedHashMap<>(fields));
	}

	/**
	 * A partial-document update from a document object: its non-{@code null} fields replace the
	 * stored ones (every field, {@code null}s included, with {@link #skipEmpty(boolean)
	 * skipEmpty(false)}).
	 * @param partial a document object (or a record holding some of the fields)
	 * @return the update
	 */
	public static Update doc(Object partial) {
		Objects.requireNonNull(partial, "partial document must not be null");
		if (partial instanceof Map<?, ?> map) {
			Map<String, Object> fields = new LinkedHashMap<>();
			map.forEach((key, value) -> fields.put(String.valueOf(key), value));
			return doc(fields);
		}
		return new Update(new LinkedHashMap<>(), new LinkedHashMap<>()).with("doc", partial);
	}

	/**
	 * A scripted update in the default language (painless).
	 * @param source the script source, such as {@code ctx._source.likes += params.n}
	 * @param params the script's parameters
	 * @return the update
	 */
	public static Update script(String source, Map<String, ?> params) {
		return script(source, null, params);
	}

	/**
	 * A scripted update.
	 * @param source the script source
	 * @param lang the language, or {@code null} for the default
	 * @param params the script's parameters (may be empty)
	 * @return the update
	 */
	public static Update script(String source, String lang, Map<String, ?> params) {
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("A scripted update needs the script source, got '" + source + "'");
		}
		Map<String, Object> script = new LinkedHashMap<>();
		script.put("source", source);
		if (lang != null) {
			script.put("lang", lang);
		}
		if (params != null && !params.isEmpty()) {
			script.put("params", new LinkedHashMap<>(params));
		}
		return new Update(new LinkedHashMap<>(), new LinkedHashMap<>()).with("script", script);
	}

	/**
	 * The document to create when none exists ({@code upsert}).
	 * @param document a document object or a map
	 * @return a new update
	 */
	public Update upsert(Object document) {
		return with("upsert", Objects.requireNonNull(document, "upsert document must not be null"));
	}

	/**
	 * Create the document from the partial document when none exists ({@code doc_as_upsert}).
	 * @return a new update
	 */
	public Update docAsUpsert() {
		requireDoc("docAsUpsert");
		return with("doc_as_upsert", true);
	}

	/**
	 * Run the script on the upsert document too when creating ({@code scripted_upsert}).
	 * @return a new update
	 */
	public Update scriptedUpsert() {
		if (!this.body.containsKey("script")) {
			throw new IllegalStateException("scriptedUpsert() needs a scripted update: use Update.script(...)");
		}
		return with("scripted_upsert", true);
	}

	/**
	 * Whether an unchanged partial document counts as an update (by default it is a {@code noop}).
	 * @param detectNoop {@code false} to always write
	 * @return a new update
	 */
	public Update detectNoop(boolean detectNoop) {
		requireDoc("detectNoop");
		return with("detect_noop", detectNoop);
	}

	/**
	 * How often to retry when the document changes between read and write.
	 * @param retries the number of retries
	 * @return a new update
	 */
	public Update retryOnConflict(int retries) {
		if (retries < 0) {
			throw new IllegalArgumentException("retryOnConflict must be 0 or more, got " + retries);
		}
		return param("retry_on_conflict", retries);
	}

	/**
	 * When the update becomes visible to search.
	 * @param refresh the refresh mode
	 * @return a new update
	 */
	public Update refresh(Refresh refresh) {
		return param("refresh", refresh.value());
	}

	/**
	 * The routing of the document.
	 * @param routing the routing
	 * @return a new update
	 */
	public Update routing(String routing) {
		return param("routing", routing);
	}

	/**
	 * Update only if the stored document still has this sequence number and primary term.
	 * @param seqNo the {@code if_seq_no}
	 * @param primaryTerm the {@code if_primary_term}
	 * @return a new update
	 */
	public Update ifSeqNo(long seqNo, long primaryTerm) {
		return param("if_seq_no", seqNo).param("if_primary_term", primaryTerm);
	}

	/**
	 * Whether {@code null} fields of document objects in this update (a partial document object,
	 * an upsert) are left out (the default) or sent as {@code null}, clearing the stored fields.
	 * @param skipEmpty {@code false} to send {@code null} fields
	 * @return a new update
	 */
	public Update skipEmpty(boolean skipEmpty) {
		return new Update(this.body, this.params, skipEmpty);
	}

	/** @return the request body: {@code doc} or {@code script}, and the upsert options */
	public Map<String, Object> body() {
		return new LinkedHashMap<>(this.body);
	}

	/** @return the URL parameters, such as {@code retry_on_conflict} and {@code refresh} */
	public Map<String, Object> params() {
		return new LinkedHashMap<>(this.params);
	}

	boolean isSkipEmpty() {
		return this.skipEmpty;
	}

	/** The body as sent. */
	byte[] toBytes() {
		return io.github.esdsl.document.Documents.toBytes(this.body, this.skipEmpty);
	}

	private void requireDoc(String option) {
		if (!this.body.containsKey("doc")) {
			throw new IllegalStateException(option + "() needs a partial-document update: use Update.doc(...)");
		}
	}

	private Update with(String key, Object value) {
		Map<String, Object> body = new LinkedHashMap<>(this.body);
		body.put(key, value);
		return new Update(body, this.params, this.skipEmpty);
	}

	private Update param(String key, Object value) {
		Map<String, Object> params = new LinkedHashMap<>(this.params);
		params.put(key, value);
		return new Update(this.body, params, this.skipEmpty);
	}

	@Override
	public String toString() {
		return "Update{" + (this.body.containsKey("script") ? "script" : "doc") + ", params=" + this.params
				+ (this.skipEmpty ? "" : ", skipEmpty=false") + "}";
	}

}
