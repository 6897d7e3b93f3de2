package io.github.esdsl.aggs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.dsl.ParamSpec;
import io.github.esdsl.json.Json;
import tools.jackson.core.JsonGenerator;

/**
 * An Elasticsearch aggregation: an immutable value serialized as the Python DSL does,
 * {@code {"<type>": {params}, "aggs": {name: {...}}, "meta": {...}}} – sub-aggregations and
 * metadata sit beside the type key, never inside it.
 *
 * <p>Only {@linkplain Kind#BUCKET bucket} aggregations hold sub-aggregations;
 * {@link #withBucket}, {@link #withMetric} and {@link #withPipeline} return a new value with
 * one more (or a replaced) sub-aggregation and leave this one unchanged. Create aggregations with
 * {@link A}; build nested trees in place with {@link AggsBuilder}.
 */
public abstract class Agg extends DslObject {

	/** The parameter holding sub-aggregations. */
	static final String AGGS = "aggs";

	/** The parameter holding metadata. */
	static final String META = "meta";

	private static final Predicate<String> OWN = (key) -> !AGGS.equals(key) && !META.equals(key);

	/**
	 * The three families of aggregations, as the Python DSL classifies them.
	 */
	public enum Kind {

		/** Groups documents into buckets and may hold sub-aggregations (terms, histogram, …). */
		BUCKET,

		/** Computes values over documents (sum, avg, top_hits, …). */
		METRIC,

		/** Computes values from other aggregations' output (derivative, bucket_script, …). */
		PIPELINE

	}

	private final Kind kind;

	Agg(String type, Kind kind, Map<String, ?> params, ParamSpec spec) {
		super(type, checkSubAggs(type, kind, params), spec);
		this.kind = kind;
		checkMeta(type);
	}

	/**
	 * An aggregation with one parameter, such as {@code {"terms": {"field": "tags"}}}.
	 */
	Agg(String type, Kind kind, String key, Object value) {
		super(type, key, value);
		this.kind = kind;
		checkPut(type, key);
	}

	/**
	 * A copy with one parameter put, the value frozen and parsed already (see
	 * {@link DslObject#DslObject(DslObject, String, Object)}).
	 */
	Agg(Agg base, String key, Object value) {
		super(base, key, value);
		this.kind = base.kind;
		checkPut(base.type(), key);
	}

	/** Checks the one parameter given or put: sub-aggregations only under a bucket, meta a map. */
	private void checkPut(String type, String key) {
		if (this.kind != Kind.BUCKET && AGGS.equals(key)) {
			throw noSubAggs(type, this.kind);
		}
		if (META.equals(key)) {
			checkMeta(type);
		}
	}

	private void checkMeta(String type) {
		Object meta = param(META);
		if (meta != null && !(meta instanceof Map)) {
			throw new InvalidDslException("The meta of aggregation '" + type
					+ "' must be a map like {\"color\": \"blue\"} but got " + meta.getClass().getSimpleName() + " " + meta);
		}
	}

	private static Map<String, ?> checkSubAggs(String type, Kind kind, Map<String, ?> params) {
		if (kind != Kind.BUCKET && params != null && params.containsKey(AGGS)) {
			throw noSubAggs(type, kind);
		}
		return params;
	}

	private static InvalidDslException noSubAggs(String type, Kind kind) {
		return new InvalidDslException("Aggregation '" + type + "' is a " + kind.name().toLowerCase(java.util.Locale.ROOT)
				+ " aggregation and cannot hold sub-aggregations; only bucket aggregations (terms, "
				+ "date_histogram, filter, …) can");
	}

	/**
	 * The aggregation type, e.g. {@code "terms"}; the same as {@link #name()}.
	 * @return the type
	 */
	public final String type() {
		return name();
	}

	/**
	 * Whether this is a bucket, metric or pipeline aggregation.
	 * @return the kind
	 */
	public final Kind kind() {
		return this.kind;
	}

	/**
	 * The sub-aggregations by name, in insertion order.
	 * @return an unmodifiable map, empty when there are none
	 */
	@SuppressWarnings("unchecked")
	public final Map<String, Agg> aggs() {
		Object aggs = param(AGGS);
		return (aggs != null) ? (Map<String, Agg>) aggs : Collections.emptyMap();
	}

	/**
	 * The metadata returned as is in the response.
	 * @return an unmodifiable map, empty when there is none
	 */
	@SuppressWarnings("unchecked")
	public final Map<String, Object> meta() {
		Object meta = param(META);
		return (meta != null) ? (Map<String, Object>) meta : Collections.emptyMap();
	}

	/**
	 * A copy with a bucket sub-aggregation added, or replaced if the name is taken (Python's
	 * {@code agg.bucket(name, ...)}, which returns the child instead; here values are immutable).
	 * @param name the sub-aggregation's name
	 * @param agg the sub-aggregation
	 * @return a new aggregation; this one is unchanged
	 * @throws InvalidDslException if this is not a bucket aggregation, or the name is empty
	 */
	public final Agg withBucket(String name, Agg agg) {
		return withSubAgg("withBucket", name, agg);
	}

	/**
	 * A copy with a metric sub-aggregation added, or replaced if the name is taken.
	 * @param name the sub-aggregation's name
	 * @param agg the sub-aggregation
	 * @return a new aggregation; this one is unchanged
	 * @throws InvalidDslException if this is not a bucket aggregation, or the name is empty
	 */
	public final Agg withMetric(String name, Agg agg) {
		return withSubAgg("withMetric", name, agg);
	}

	/**
	 * A copy with a pipeline sub-aggregation added, or replaced if the name is taken.
	 * @param name the sub-aggregation's name
	 * @param agg the sub-aggregation
	 * @return a new aggregation; this one is unchanged
	 * @throws InvalidDslException if this is not a bucket aggregation, or the name is empty
	 */
	public final Agg withPipeline(String name, Agg agg) {
		return withSubAgg("withPipeline", name, agg);
	}

	/**
	 * A copy with the given metadata (replacing any previous), or without when it is empty.
	 * @param meta the metadata
	 * @return a new aggregation; this one is unchanged
	 */
	public final Agg withMeta(Map<String, ?> meta) {
		Map<String, Object> params = copyParams();
		params.remove(META);
		if (meta != null && !meta.isEmpty()) {
			params.put(META, meta);
		}
		return withParams(params);
	}

	private Agg withSubAgg(String method, String name, Agg agg) {
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException(method + " needs a non-empty aggregation name");
		}
		if (agg == null) {
			throw new InvalidDslException(method + "(\"" + name + "\", …) needs an aggregation, not null");
		}
		Map<String, Agg> aggs = new LinkedHashMap<>(aggs());
		aggs.put(name, agg);
		return withAggs(aggs);
	}

	/**
	 * A copy whose sub-aggregations are exactly the given ones.
	 */
	Agg withAggs(Map<String, Agg> aggs) {
		// the other parameters are shared as they are; aggregations are frozen values already
		return aggs.isEmpty() ? withParams(Frozen.without(params(), AGGS)) : withParam(AGGS, Frozen.dslValues(aggs));
	}

	/**
	 * {@inheritDoc}
	 * <p>{@code {"<type>": {params}, "aggs": {...}, "meta": {...}}}.
	 */
	/**
	 * An aggregation of this one's type and class with other parameters (no lookup by name).
	 */
	abstract Agg withParams(Map<String, ?> params);

	/**
	 * A copy of this aggregation with one parameter put, the value frozen and parsed already.
	 */
	abstract Agg withParam(String key, Object value);

	@Override
	public final Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>(4);
		map.put(name(), bodyToMap());
		if (hasParam(AGGS)) {
			map.put(AGGS, toPlain(param(AGGS)));
		}
		if (hasParam(META)) {
			map.put(META, toPlain(param(META)));
		}
		return map;
	}

	@Override
	public final void writeJson(JsonGenerator generator) {
		generator.writeStartObject();
		Json.writeName(generator, name());
		if (!hasOwnBody()) {
			// the parameters, then aggs and meta beside the type key, in one pass
			writeParamsThen(generator, AGGS, META);
			generator.writeEndObject();
			return;
		}
		writeBody(generator);
		Object aggs = param(AGGS);
		if (aggs != null || hasParam(AGGS)) {
			Json.writeName(generator, AGGS);
			writeValue(generator, aggs);
		}
		Object meta = param(META);
		if (meta != null || hasParam(META)) {
			Json.writeName(generator, META);
			writeValue(generator, meta);
		}
		generator.writeEndObject();
	}

	/**
	 * The object under the type key; by default the parameters other than aggs and meta.
	 */
	/**
	 * Whether this type writes its body in its own way ({@link #writeBody}) rather than as its
	 * parameters other than aggs and meta.
	 */
	boolean hasOwnBody() {
		return false;
	}

	Map<String, Object> bodyToMap() {
		return paramsToMap(OWN);
	}

	/**
	 * Writes the object under the type key.
	 */
	void writeBody(JsonGenerator generator) {
		writeParams(generator, OWN);
	}

	/**
	 * Equal when of the same type with the same parameters, sub-aggregations and metadata.
	 */
	@Override
	public final boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public final int hashCode() {
		return super.hashCode();
	}

}
