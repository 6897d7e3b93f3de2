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
 * objects as their source).
 */
public final class Update {

	private final Map<String, Object> body;

	private final Map<String, Object> params;

	private Update(Map<String, Object> body, Map<String, Object> params) {
		this.body = body;
		this.params = params;
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

	/** @return the request body: {@code doc} or {@code script}, and the upsert options */
	public Map<String, Object> body() {
		return new LinkedHashMap<>(this.body);
	}

	/** @return the URL parameters, such as {@code retry_on_conflict} and {@code refresh} */
	public Map<String, Object> params() {
		return new LinkedHashMap<>(this.params);
	}

	private void requireDoc(String option) {
		if (!this.body.containsKey("doc")) {
			throw new IllegalStateException(option + "() needs a partial-document update: use Update.doc(...)");
		}
	}

	private Update with(String key, Object value) {
		Map<String, Object> body = new LinkedHashMap<>(this.body);
		body.put(key, value);
		return new Update(body, this.params);
	}

	private Update param(String key, Object value) {
		Map<String, Object> params = new LinkedHashMap<>(this.params);
		params.put(key, value);
		return new Update(this.body, params);
	}

	@Override
	public String toString() {
		return "Update{" + (this.body.containsKey("script") ? "script" : "doc") + ", params=" + this.params + "}";
	}

}
