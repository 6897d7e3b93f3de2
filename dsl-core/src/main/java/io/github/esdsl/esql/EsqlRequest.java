package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.json.JsonWritable;

/**
 * The body of {@code POST /_query}: the query text and its options. Immutable; every method
 * returns a new request.
 *
 * <pre>{@code
 * EsqlRequest request = EsqlRequest.of(Esql.from("logs").where(E("level").eq(Expression.param("level"))))
 *     .param("level", "ERROR")
 *     .filter(Q.range("@timestamp", Map.of("gte", "now-1d")));
 * }</pre>
 */
public final class EsqlRequest implements JsonWritable {

	private final String query;

	private final List<Object> params;

	private final Map<String, Object> options;

	private EsqlRequest(String query, List<Object> params, Map<String, Object> options) {
		this.query = query;
		this.params = params;
		this.options = options;
	}

	/**
	 * A request for a built query.
	 * @param query the query
	 * @return the request
	 */
	public static EsqlRequest of(Esql query) {
		return of(query.render());
	}

	/**
	 * A request for a query given as text.
	 * @param query the ES|QL text
	 * @return the request
	 */
	public static EsqlRequest of(String query) {
		return new EsqlRequest(Esql.requireText(query, "ES|QL query"), List.of(), new LinkedHashMap<>());
	}

	/**
	 * The values of the positional parameters {@code ?1}, {@code ?2} (or {@code ?}), replacing
	 * any parameters given before.
	 * @param values the values, in order
	 * @return the request
	 */
	public EsqlRequest params(Object... values) {
		return new EsqlRequest(this.query, Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))),
				this.options);
	}

	/**
	 * The value of a named parameter {@code ?name}, added to the named ones given before; sent
	 * as {@code "params": [{"name": value}]}.
	 * @param name the parameter's name
	 * @param value its value: a string, number, boolean or {@code null}
	 * @return the request
	 * @throws IllegalStateException if positional parameters were given: ES|QL takes one kind
	 */
	public EsqlRequest param(String name, Object value) {
		Expression.param(name);
		List<Object> params = new ArrayList<>(this.params);
		if (params.stream().anyMatch((p) -> !(p instanceof Map<?, ?>))) {
			throw new IllegalStateException("This request has positional parameters; ES|QL does not mix them with named "
					+ "ones: give all as params(...) or all as param(name, value)");
		}
		Map<String, Object> param = new LinkedHashMap<>();
		param.put(name, copy(value));
		params.add(param);
		return new EsqlRequest(this.query, Collections.unmodifiableList(params), this.options);
	}

	/**
	 * Whether Elasticsearch answers with one list per column instead of one per row
	 * ({@code "columnar"}); {@link EsqlResponse} reads both.
	 * @param columnar whether the values are by column
	 * @return the request
	 */
	public EsqlRequest columnar(boolean columnar) {
		return option("columnar", columnar);
	}

	/**
	 * A Query DSL filter applied to the documents before the query runs ({@code "filter"}).
	 * @param filter the query, such as a {@code io.github.esdsl.query.Query}
	 * @return the request
	 */
	public EsqlRequest filter(JsonWritable filter) {
		return option("filter", filter.toMap());
	}

	/**
	 * A Query DSL filter given as a map ({@code "filter"}).
	 * @param filter the raw query
	 * @return the request
	 */
	public EsqlRequest filter(Map<String, ?> filter) {
		return option("filter", copy(filter));
	}

	/**
	 * The locale for formatting dates and numbers ({@code "locale"}).
	 * @param locale a language tag such as {@code en-US}
	 * @return the request
	 */
	public EsqlRequest locale(String locale) {
		return option("locale", Esql.requireText(locale, "locale"));
	}

	/**
	 * Whether to return a profile of the execution ({@code "profile"}).
	 * @param profile whether to profile
	 * @return the request
	 */
	public EsqlRequest profile(boolean profile) {
		return option("profile", profile);
	}

	/**
	 * More body keys ({@code include_ccs_metadata}, {@code tables}, {@code time_zone}, ...),
	 * added to those given before.
	 * @param extra the keys and their JSON values
	 * @return the request
	 */
	public EsqlRequest extra(Map<String, ?> extra) {
		Map<String, Object> options = new LinkedHashMap<>(this.options);
		extra.forEach((key, value) -> {
			if ("query".equals(key) || "params".equals(key)) {
				throw new IllegalArgumentException("Give \"" + key + "\" with EsqlRequest.of(...) or params(...), not extra");
			}
			options.put(key, copy(value));
		});
		return new EsqlRequest(this.query, this.params, options);
	}

	private EsqlRequest option(String key, Object value) {
		Map<String, Object> options = new LinkedHashMap<>(this.options);
		options.put(key, value);
		return new EsqlRequest(this.query, this.params, options);
	}

	/**
	 * The query text.
	 * @return the ES|QL query
	 */
	public String query() {
		return this.query;
	}

	/**
	 * Whether the response will have its values by column.
	 * @return the {@code columnar} option
	 */
	public boolean isColumnar() {
		return Boolean.TRUE.equals(this.options.get("columnar"));
	}

	/**
	 * The request body: {@code query}, then {@code params}, then the options in the order given.
	 * @return a new map
	 */
	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", this.query);
		if (!this.params.isEmpty()) {
			body.put("params", copy(this.params));
		}
		this.options.forEach((key, value) -> body.put(key, copy(value)));
		return body;
	}

	private static Object copy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(key, copy(item)));
			return copy;
		}
		if (value instanceof Collection<?> collection) {
			List<Object> copy = new ArrayList<>(collection.size());
			collection.forEach((item) -> copy.add(copy(item)));
			return copy;
		}
		return value;
	}

	@Override
	public String toString() {
		return "EsqlRequest" + toJson();
	}

}
