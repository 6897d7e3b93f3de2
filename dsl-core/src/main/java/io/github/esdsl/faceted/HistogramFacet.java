package io.github.esdsl.faceted;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.aggs.Agg;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;

/**
 * A facet over fixed-width numeric intervals, Python's {@code HistogramFacet}: a
 * {@code histogram} aggregation; selecting the bucket {@code v} filters on
 * {@code {"range": {field: {"gte": v, "lt": v + interval}}}}.
 *
 * <pre>{@code
 * new HistogramFacet("rating", Map.of("interval", 2))
 * }</pre>
 *
 * <p>Like Python it sets no {@code min_doc_count} (Elasticsearch's default, 0 for histograms).
 * Keys are numbers as Elasticsearch returns them (usually {@code Double}); selected values may
 * be numbers or numeric strings.
 */
public final class HistogramFacet extends Facet {

	private final Map<String, ?> options;

	private final Number interval;

	/**
	 * A histogram facet with the given interval.
	 * @param field the numeric field
	 * @param interval the bucket width
	 */
	public HistogramFacet(String field, Number interval) {
		this(field, withInterval(interval));
	}

	/**
	 * A histogram facet with options of the {@code histogram} aggregation, Python's keyword
	 * arguments.
	 * @param field the numeric field
	 * @param options must hold a positive numeric {@code interval}; also e.g. {@code offset},
	 * {@code min_doc_count}, {@code extended_bounds}
	 * @throws IllegalArgumentException without a positive numeric interval
	 */
	public HistogramFacet(String field, Map<String, ?> options) {
		this(field, options, null, null);
	}

	/**
	 * A histogram facet on a field reference, with the given interval.
	 * @param field the numeric field
	 * @param interval the bucket width
	 */
	public HistogramFacet(FieldRef field, Number interval) {
		this(FieldRef.pathOf(field), interval);
	}

	/**
	 * A histogram facet on a field reference, with options of the {@code histogram} aggregation.
	 * @param field the numeric field
	 * @param options as for {@link #HistogramFacet(String, Map)}
	 * @throws IllegalArgumentException without a positive numeric interval
	 */
	public HistogramFacet(FieldRef field, Map<String, ?> options) {
		this(FieldRef.pathOf(field), options);
	}

	private HistogramFacet(String field, Map<String, ?> options, Agg metric, MetricSort sort) {
		super("histogram", fieldParams("histogram facet", field, options), metric, sort);
		this.options = options;
		Object interval = (options != null) ? options.get("interval") : null;
		if (!(interval instanceof Number number) || number.doubleValue() <= 0) {
			throw new IllegalArgumentException("A histogram facet on '" + field
					+ "' needs a positive numeric 'interval' option, e.g. Map.of(\"interval\", 10), but got "
					+ Keys.describe(interval));
		}
		this.interval = number;
	}

	private static Map<String, Object> withInterval(Number interval) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("interval", interval);
		return options;
	}

	/**
	 * A copy showing a metric per bucket, highest first.
	 * @param metric a single-value metric aggregation
	 * @return the new facet
	 */
	public HistogramFacet metric(Agg metric) {
		return metric(metric, MetricSort.DESC);
	}

	/**
	 * A copy showing a metric per bucket, sorted as given.
	 * @param metric a single-value metric aggregation
	 * @param sort how buckets are ordered
	 * @return the new facet
	 */
	public HistogramFacet metric(Agg metric, MetricSort sort) {
		return new HistogramFacet(field(), this.options, metric, sort);
	}

	/**
	 * The bucket width.
	 * @return the interval
	 */
	public Number interval() {
		return this.interval;
	}

	@Override
	protected Query valueFilter(Object value) {
		Number from = Keys.number(value, field());
		Map<String, Object> range = new LinkedHashMap<>();
		range.put("gte", from);
		range.put("lt", Keys.add(from, this.interval));
		return Q.range(field(), range);
	}

}
