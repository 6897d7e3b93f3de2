package io.github.esdsl.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.Connections;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.JsonWritable;
import io.github.esdsl.query.Query;

/**
 * What {@link Search} and {@link UpdateByQuery} share, Python's {@code Request} plus its query
 * proxy: where the request runs (indices, connection alias, URL parameters), its query (added
 * queries combine with {@code and}; {@code filter} and {@code exclude} add bool filters) and its
 * extra top-level body keys. Every method returns a new request of the same type.
 *
 * @param <S> the concrete request type
 */
abstract class Request<S extends Request<S>> implements JsonWritable {

	final Target target;

	Request(Target target) {
		this.target = target;
	}

	abstract S withTarget(Target target);

	abstract Query currentQuery();

	/**
	 * The request with its query replaced (and a raw {@code query} extra key dropped).
	 */
	abstract S replaceQuery(Query query);

	abstract Map<String, Object> currentExtra();

	abstract S replaceExtra(Map<String, Object> extra);

	/**
	 * A copy on more indices, Python's {@code index(...)}; without arguments, on all indices
	 * again.
	 * @param indices index names or patterns to add
	 * @return the new request
	 */
	public S index(String... indices) {
		return withTarget(this.target.addIndices(indices));
	}

	/**
	 * A copy that runs on the connection registered under another alias.
	 * @param alias the connection alias ({@code "default"} initially)
	 * @return the new request
	 */
	public S using(String alias) {
		return withTarget(this.target.withAlias(alias));
	}

	/**
	 * A copy that runs on a given connection instead of looking its alias up in
	 * {@link Connections#global()} (how an application context passes its own connection).
	 * @param connection the connection
	 * @return the new request
	 */
	public S using(Connection connection) {
		return withTarget(this.target.withConnection(connection));
	}

	/**
	 * A copy with URL parameters merged in ({@code routing}, {@code preference},
	 * {@code conflicts}, …): sent with the request, never in the body. A {@code null} value
	 * removes a parameter.
	 * @param params the parameters to set
	 * @return the new request
	 */
	public S params(Map<String, ?> params) {
		return withTarget(this.target.withParams(params));
	}

	/**
	 * A copy with a query added; a second query is combined with the first using
	 * {@link Query#and(Query)}, as Python's {@code s.query(...)} does.
	 * @param query the query
	 * @return the new request
	 */
	public S query(Query query) {
		return replaceQuery(Clauses.and(currentQuery(), query, "query"));
	}

	/**
	 * A copy with a query added by name, Python's {@code s.query("match", title="python")}.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new request
	 */
	public S query(String name, Map<String, ?> params) {
		return query(Clauses.byName(name, params));
	}

	/**
	 * A copy whose query is replaced, Python's {@code s.query = q}.
	 * @param query the new query, or {@code null} for none
	 * @return the new request
	 */
	public S withQuery(Query query) {
		return replaceQuery(query);
	}

	/**
	 * A copy with a query added in filter context: {@code bool(filter=[query])}, combined with
	 * the current query.
	 * @param query the filter
	 * @return the new request
	 */
	public S filter(Query query) {
		return query(Clauses.filter(query));
	}

	/**
	 * A copy with a filter added by name; see {@link #filter(Query)}.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new request
	 */
	public S filter(String name, Map<String, ?> params) {
		return filter(Clauses.byName(name, params));
	}

	/**
	 * A copy with a negated filter added: {@code bool(filter=[not query])}.
	 * @param query the query documents must not match
	 * @return the new request
	 */
	public S exclude(Query query) {
		return query(Clauses.exclude(query));
	}

	/**
	 * A copy with a negated filter added by name; see {@link #exclude(Query)}.
	 * @param name the query type
	 * @param params its parameters
	 * @return the new request
	 */
	public S exclude(String name, Map<String, ?> params) {
		return exclude(Clauses.byName(name, params));
	}

	/**
	 * A copy with top-level body keys merged in, Python's {@code extra(...)}: {@code explain},
	 * {@code min_score}, {@code rescore}, {@code from}, {@code size}, {@code max_docs}, … A
	 * {@code null} value removes a key.
	 * @param extra the keys and their values
	 * @return the new request
	 */
	public S extra(Map<String, ?> extra) {
		try {
			return replaceExtra(Frozen.merge(currentExtra(), extra));
		}
		catch (InvalidDslException ex) {
			throw ex.within("extra");
		}
	}

	/**
	 * A copy with one top-level body key set; see {@link #extra(Map)}.
	 * @param key the key
	 * @param value the value, or {@code null} to remove the key
	 * @return the new request
	 */
	public S extra(String key, Object value) {
		Map<String, Object> one = new HashMap<>(2);
		one.put(Objects.requireNonNull(key, "key"), value);
		return extra(one);
	}

	/**
	 * The body state compared by {@link #equals(Object)}.
	 */
	abstract Object body();

	/**
	 * The query.
	 * @return the query, empty when none is set
	 */
	public Optional<Query> query() {
		return Optional.ofNullable(currentQuery());
	}

	/**
	 * The indices the request runs on.
	 * @return the index names, empty for all indices
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
	 * @return the alias, {@code "default"} unless set with {@link #using(String)}
	 */
	public String alias() {
		return this.target.alias();
	}

	/**
	 * Equal when of the same class, with the same indices, alias, parameters, hit type and body.
	 */
	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || other.getClass() != getClass()) {
			return false;
		}
		Request<?> that = (Request<?>) other;
		return this.target.equals(that.target) && body().equals(that.body());
	}

	@Override
	public int hashCode() {
		return 31 * this.target.hashCode() + body().hashCode();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "{" + this.target + ", body=" + toJson() + "}";
	}

}
