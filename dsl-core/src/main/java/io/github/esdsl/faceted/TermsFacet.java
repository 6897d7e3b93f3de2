package io.github.esdsl.faceted;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.aggs.Agg;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;

/**
 * A facet over the distinct values of a field, Python's {@code TermsFacet}: a {@code terms}
 * aggregation, filtered with one {@code terms} query holding all the selected values.
 *
 * <pre>{@code
 * new TermsFacet("tags")
 * new TermsFacet("tags", Map.of("size", 20)).metric(A.max("stars"))
 * }</pre>
 *
 * <p>Keys are read as Elasticsearch returns them, except that the {@code 1}/{@code 0} keys of
 * a {@code boolean} field become {@code true}/{@code false}.
 */
public final class TermsFacet extends Facet {

	private final Map<String, ?> options;

	/**
	 * A terms facet: {@code {"terms": {"field": field}}}.
	 * @param field the field
	 */
	public TermsFacet(String field) {
		this(field, Map.of());
	}

	/**
	 * A terms facet with options of the {@code terms} aggregation.
	 * @param field the field
	 * @param options e.g. {@code size}, {@code min_doc_count}, {@code order}
	 */
	public TermsFacet(String field, Map<String, ?> options) {
		this(field, options, null, null);
	}

	/**
	 * A terms facet on a field reference: {@code new TermsFacet(Post_.tags)}.
	 * @param field the field
	 */
	public TermsFacet(FieldRef field) {
		this(FieldRef.pathOf(field));
	}

	/**
	 * A terms facet on a field reference, with options of the {@code terms} aggregation.
	 * @param field the field
	 * @param options e.g. {@code size}, {@code min_doc_count}, {@code order}
	 */
	public TermsFacet(FieldRef field, Map<String, ?> options) {
		this(FieldRef.pathOf(field), options);
	}

	private TermsFacet(String field, Map<String, ?> options, Agg metric, MetricSort sort) {
		super("terms", fieldParams("terms facet", field, options), metric, sort);
		this.options = options;
	}

	/**
	 * A copy showing a metric per value instead of counting documents, highest first.
	 * @param metric a single-value metric aggregation, e.g. {@code A.max("stars")}
	 * @return the new facet
	 */
	public TermsFacet metric(Agg metric) {
		return metric(metric, MetricSort.DESC);
	}

	/**
	 * A copy showing a metric per value, sorted as given.
	 * @param metric a single-value metric aggregation
	 * @param sort how buckets are ordered
	 * @return the new facet
	 */
	public TermsFacet metric(Agg metric, MetricSort sort) {
		return new TermsFacet(field(), this.options, metric, sort);
	}

	/**
	 * {@code {"terms": {field: [values...]}}} instead of a {@code bool} of one filter per value.
	 */
	@Override
	public Optional<Query> filter(List<?> values) {
		if (values == null || values.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Q.terms(field(), values));
	}

	@Override
	protected Query valueFilter(Object value) {
		return Q.terms(field(), List.of(value));
	}

	@Override
	protected Object key(Map<String, ?> bucket) {
		Object key = bucket.get("key");
		Object text = bucket.get("key_as_string");
		if (key instanceof Number && ("true".equals(text) || "false".equals(text))) {
			return Boolean.valueOf((String) text);
		}
		return key;
	}

}
