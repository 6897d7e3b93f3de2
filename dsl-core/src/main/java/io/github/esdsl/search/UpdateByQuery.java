package io.github.esdsl.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Query;
import io.github.esdsl.types.Options;
import io.github.esdsl.types.ScriptDefinitionOptions;
import tools.jackson.core.JsonGenerator;

/**
 * An update-by-query request, Python's {@code UpdateByQuery}: a query built like a
 * {@link Search}'s, the script applied to each matching document, any other body key, and where
 * it runs (indices, connection alias, URL parameters such as {@code conflicts} or
 * {@code refresh}). The body is {@code {"query": ..., "script": ..., ...extra}}.
 *
 * <p>Immutable and thread-safe: every method returns a new request.
 */
public final class UpdateByQuery extends Request<UpdateByQuery> {

	private final Query query;

	private final Object script;

	private final Map<String, Object> extra;

	private UpdateByQuery(Target target, Query query, Object script, Map<String, Object> extra) {
		super(target);
		this.query = query;
		this.script = script;
		this.extra = extra;
	}

	@Override
	UpdateByQuery withTarget(Target target) {
		return new UpdateByQuery(target, this.query, this.script, this.extra);
	}

	@Override
	Query currentQuery() {
		return this.query;
	}

	@Override
	UpdateByQuery replaceQuery(Query query) {
		return new UpdateByQuery(this.target, query, this.script, Frozen.without(this.extra, "query"));
	}

	@Override
	Map<String, Object> currentExtra() {
		return this.extra;
	}

	@Override
	UpdateByQuery replaceExtra(Map<String, Object> extra) {
		return new UpdateByQuery(this.target, this.query, this.script, extra);
	}

	@Override
	Object body() {
		return Arrays.asList(this.query, this.script, this.extra);
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
	 * Runs the request ({@code _update_by_query} with this body and the URL parameters, such as
	 * {@code conflicts=proceed}, {@code refresh=true} or {@code wait_for_completion=false}).
	 * @return the response
	 * @throws io.github.esdsl.connection.ElasticsearchException when Elasticsearch refuses it
	 */
	public UpdateByQueryResponse execute() {
		RawResponse raw = this.target.resolveConnection().perform(request());
		return new UpdateByQueryResponse(raw.bodyAsMap());
	}

	/**
	 * Runs the request without blocking; see {@link #execute()}.
	 * @return the future response
	 */
	public CompletableFuture<UpdateByQueryResponse> executeAsync() {
		return this.target.resolveConnection()
			.performAsync(request())
			.thenApply((raw) -> new UpdateByQueryResponse(raw.bodyAsMap()));
	}

	private RawRequest request() {
		return RawRequest.post(this.target.path("_update_by_query")).params(this.target.params()).body(this)
			.operation("update_by_query");
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
	 * A copy with the script replaced, typed, e.g.
	 * {@code script(s -> s.source("ctx._source.likes++").lang(ScriptLanguage.PAINLESS))}.
	 * @param script sets the script on {@link ScriptDefinitionOptions}
	 * @return the new request
	 */
	public UpdateByQuery script(UnaryOperator<ScriptDefinitionOptions> script) {
		return script(Options.build(new ScriptDefinitionOptions(), script));
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
	 * The script.
	 * @return the script (a map, or a string as parsed), empty when none is set
	 */
	public Optional<Object> script() {
		return Optional.ofNullable(this.script);
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
			Frozen.write(generator, this.script);
		}
		this.extra.forEach((key, value) -> {
			generator.writeName(key);
			Frozen.write(generator, value);
		});
		generator.writeEndObject();
	}

}
