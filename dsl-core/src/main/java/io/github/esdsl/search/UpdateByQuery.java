package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;
import io.github.esdsl.query.Query;
import tools.jackson.core.JsonGenerator;

/**
 * An update-by-query request, Python's {@code UpdateByQuery}: a query built like a
 * {@link Search}'s, the script applied to each matching document, any other body key, and where
 * it runs (indices, connection alias, URL parameters such as {@code conflicts} or
 * {@code refresh}). The body is {@code {"query": ..., "script": ..., ...extra}}.
 *
 * <p>Immutable and thread-safe: every method returns a new request.
 */
public final class UpdateByQuery implements JsonWritable {

	private final Target target;

	private final Query query;

	private final Object script;

	private final Map<String, Object> extra;

	private UpdateByQuery(Target target, Query query, Object script, Map<String, Object> extra) {
		this.target = target;
		this.query = query;
		this.script = script;
		this.extra = extra;
	}

	/**
	 * A request over some indices (all when none are given).
	 * @param indices the index names or patterns
	 * @return the request
	 */
	public static UpdateByQuery of(String... indices) {
		return new UpdateByQuery(Target.of(indices, Map.class), null, null, Frozen.emptyMap());
	}

	/**
	 * A request over the index of a document class (from its
	 * {@link io.github.esdsl.document.Document @Document}, with its connection alias).
	 * @param documentClass the document class
	 * @return the request
	 */
	public static UpdateByQuery of(Class<?> documentClass) {
		return new UpdateByQuery(Target.ofDocument(documentClass), null, null, Frozen.emptyMap());
	}

	/**
	 * A request from a raw body, Python's {@code UpdateByQuery.from_dict}; {@code toMap()} of
	 * the result equals the input.
	 * @param body the raw body
	 * @return the request, over all indices
	 * @throws InvalidDslException if the query or script is malformed
	 */
	public static UpdateByQuery fromMap(Map<String, ?> body) {
		return of().updateFromMap(body);
	}

	/**
	 * A request from a JSON body; see {@link #fromMap(Map)}.
	 * @param json the JSON object
	 * @return the request
	 */
	public static UpdateByQuery fromJson(String json) {
		return fromMap(Json.parseMap(json));
	}

	/**
	 * A copy with the parts of a raw body applied: {@code query} and {@code script} replace the
	 * current ones, other keys are merged into the extra keys.
	 * @param body the raw body
	 * @return the new request
	 */
	public UpdateByQuery updateFromMap(Map<String, ?> body) {
		if (body == null) {
			throw new InvalidDslException("An update-by-query body must be a map like {\"query\": {...}, \"script\": {...}}, not null");
		}
		Query query = this.query;
		Object script = this.script;
		Map<String, Object> extra = this.extra;
		Map<String, Object> rest = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : body.entrySet()) {
			String key = entry.getKey();
			Object value = entry.getValue();
			if ("query".equals(key)) {
				query = parse(key, value);
				extra = Frozen.without(extra, key);
			}
			else if ("script".equals(key) && isScript(value)) {
				script = scriptValue(value);
				extra = Frozen.without(extra, key);
			}
			else if ("script".equals(key)) {
				script = null;
				rest.put(key, value);
			}
			else {
				rest.put(key, value);
			}
		}
		try {
			return new UpdateByQuery(this.target, query, script, Frozen.putAll(extra, rest));
		}
		catch (InvalidDslException ex) {
			throw ex.within("extra");
		}
	}

	private static Query parse(String key, Object value) {
		try {
			return BodyParser.query(value);
		}
		catch (InvalidDslException ex) {
			throw ex.within(key);
		}
	}

	private static boolean isScript(Object value) {
		return (value instanceof Map<?, ?> map && !map.isEmpty()) || (value instanceof String text && !text.isEmpty());
	}

	private static Object scriptValue(Object value) {
		try {
			return Frozen.value(value);
		}
		catch (InvalidDslException ex) {
			throw ex.within("script");
		}
	}

	/**
	 * A copy over more indices; without arguments, over all indices again.
	 * @param indices index names or patterns to add
	 * @return the new request
	 */
	public UpdateByQuery index(String... indices) {
		return new UpdateByQuery(this.target.addIndices(indices), this.query, this.script, this.extra);
	}

	/**
	 * A copy that runs on the connection registered under another alias.
	 * @param alias the connection alias
	 * @return the new request
	 */
	public UpdateByQuery using(String alias) {
		return new UpdateByQuery(this.target.withAlias(alias), this.query, this.script, this.extra);
	}

	/**
	 * A copy with URL parameters merged in ({@code conflicts}, {@code refresh},
	 * {@code wait_for_completion}, …); a {@code null} value removes one.
	 * @param params the parameters
	 * @return the new request
	 */
	public UpdateByQuery params(Map<String, ?> params) {
		return new UpdateByQuery(this.target.withParams(params), this.query, this.script, this.extra);
	}

	/**
	 * A copy with a query added, combined with the current one using {@code and}.
	 * @param query the query
	 * @return the new request
	 */
	public UpdateByQuery query(Query query) {
		return withQuery(Clauses.and(this.query, query, "query"));
	}

	/**
	 * A copy with a query added by name.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new request
	 */
	public UpdateByQuery query(String name, Map<String, ?> params) {
		return query(Clauses.byName(name, params));
	}

	/**
	 * A copy whose query is replaced, Python's {@code ubq.query = q}.
	 * @param query the new query, or {@code null} for none
	 * @return the new request
	 */
	public UpdateByQuery withQuery(Query query) {
		return new UpdateByQuery(this.target, query, this.script, Frozen.without(this.extra, "query"));
	}

	/**
	 * A copy with a query added in filter context, {@code bool(filter=[query])}.
	 * @param query the filter
	 * @return the new request
	 */
	public UpdateByQuery filter(Query query) {
		return query(Clauses.filter(query));
	}

	/**
	 * A copy with a filter added by name.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new request
	 */
	public UpdateByQuery filter(String name, Map<String, ?> params) {
		return filter(Clauses.byName(name, params));
	}

	/**
	 * A copy with a negated filter added, {@code bool(filter=[not query])}.
	 * @param query the query documents must not match
	 * @return the new request
	 */
	public UpdateByQuery exclude(Query query) {
		return query(Clauses.exclude(query));
	}

	/**
	 * A copy with a negated filter added by name.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new request
	 */
	public UpdateByQuery exclude(String name, Map<String, ?> params) {
		return exclude(Clauses.byName(name, params));
	}

	/**
	 * A copy whose script is replaced (the API takes one script), e.g.
	 * {@code Map.of("source", "ctx._source.likes += params.f", "params", Map.of("f", 3))}.
	 * @param script the script; empty or {@code null} removes it
	 * @return the new request
	 */
	public UpdateByQuery script(Map<String, ?> script) {
		Object value = (script == null || script.isEmpty()) ? null : scriptValue(new LinkedHashMap<>(script));
		return new UpdateByQuery(this.target, this.query, value, Frozen.without(this.extra, "script"));
	}

	/**
	 * A copy whose script is replaced by {@code {"source": source}}.
	 * @param source the painless source
	 * @return the new request
	 */
	public UpdateByQuery script(String source) {
		Objects.requireNonNull(source, "source");
		return script(Map.of("source", source));
	}

	/**
	 * A copy with top-level body keys merged in ({@code max_docs}, {@code conflicts}, …); a
	 * {@code null} value removes a key.
	 * @param extra the keys and values
	 * @return the new request
	 */
	public UpdateByQuery extra(Map<String, ?> extra) {
		try {
			return new UpdateByQuery(this.target, this.query, this.script, Frozen.merge(this.extra, extra));
		}
		catch (InvalidDslException ex) {
			throw ex.within("extra");
		}
	}

	/**
	 * The indices the request runs on.
	 * @return the index names, empty for all
	 */
	public List<String> indices() {
		return this.target.indices();
	}

	/**
	 * The URL parameters.
	 * @return an unmodifiable map
	 */
	public Map<String, Object> params() {
		return this.target.params();
	}

	/**
	 * The connection alias.
	 * @return the alias
	 */
	public String alias() {
		return this.target.alias();
	}

	/**
	 * The query.
	 * @return the query, empty when none is set
	 */
	public Optional<Query> query() {
		return Optional.ofNullable(this.query);
	}

	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		if (this.query != null) {
			map.put("query", this.query.toMap());
		}
		if (this.script != null) {
			map.put("script", Frozen.plain(this.script));
		}
		for (Map.Entry<String, Object> entry : this.extra.entrySet()) {
			map.put(entry.getKey(), Frozen.plain(entry.getValue()));
		}
		return map;
	}

	@Override
	public void writeJson(JsonGenerator generator) {
		if (this.extra.containsKey("query") || this.extra.containsKey("script")) {
			Json.write(generator, toMap());
			return;
		}
		generator.writeStartObject();
		if (this.query != null) {
			generator.writeName("query");
			this.query.writeJson(generator);
		}
		if (this.script != null) {
			generator.writeName("script");
			Json.write(generator, this.script);
		}
		for (Map.Entry<String, Object> entry : this.extra.entrySet()) {
			generator.writeName(entry.getKey());
			Json.write(generator, entry.getValue());
		}
		generator.writeEndObject();
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof UpdateByQuery that && this.target.equals(that.target)
				&& Objects.equals(this.query, that.query) && Objects.equals(this.script, that.script)
				&& this.extra.equals(that.extra));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.target, this.query, this.script, this.extra);
	}

	@Override
	public String toString() {
		return "UpdateByQuery{" + this.target + ", body=" + toJson() + "}";
	}

}
