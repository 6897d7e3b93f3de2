package io.github.esdsl.faceted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.Agg;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;

/**
 * A facet over named numeric ranges, Python's {@code RangeFacet}: a {@code range} aggregation
 * with {@code "keyed": false}; selecting a range by name filters on
 * {@code {"range": {field: {"gte": from, "lt": to}}}} (an open end is left out).
 *
 * <pre>{@code
 * new RangeFacet("comment_count", List.of(
 *     RangeFacet.range("few", null, 2),
 *     RangeFacet.range("lots", 2, null)))
 * }</pre>
 */
public final class RangeFacet extends Facet {

	/**
	 * A named range; {@code from} is inclusive, {@code to} exclusive, either may be open.
	 * @param key the name shown as the facet value and used to select it
	 * @param from the lower bound, {@code null} for none
	 * @param to the upper bound, {@code null} for none
	 */
	public record Range(String key, Number from, Number to) {

		/**
		 * Checks the name.
		 * @param key the name
		 * @param from the lower bound
		 * @param to the upper bound
		 */
		public Range {
			if (key == null || key.isBlank()) {
				throw new IllegalArgumentException("A range of a range facet needs a name, e.g. \"cheap\", but got "
						+ ((key == null) ? "null" : "'" + key + "'"));
			}
		}

		Map<String, Object> toMap() {
			Map<String, Object> out = new LinkedHashMap<>();
			out.put("key", this.key);
			if (this.from != null) {
				out.put("from", this.from);
			}
			if (this.to != null) {
				out.put("to", this.to);
			}
			return out;
		}

	}

	private final Map<String, ?> options;

	private final Map<String, Range> ranges;

	/**
	 * A range facet.
	 * @param field the numeric field
	 * @param ranges the named ranges, in the order shown
	 */
	public RangeFacet(String field, List<Range> ranges) {
		this(field, ranges, Map.of());
	}

	/**
	 * A range facet with options of the {@code range} aggregation.
	 * @param field the numeric field
	 * @param ranges the named ranges, in the order shown
	 * @param options e.g. {@code missing}, {@code script}
	 */
	public RangeFacet(String field, List<Range> ranges, Map<String, ?> options) {
		this(field, options, byName(field, ranges), null, null);
	}

	/**
	 * A range facet on a field reference.
	 * @param field the numeric field
	 * @param ranges the named ranges, in the order shown
	 */
	public RangeFacet(FieldRef field, List<Range> ranges) {
		this(FieldRef.pathOf(field), ranges);
	}

	/**
	 * A range facet on a field reference, with options of the {@code range} aggregation.
	 * @param field the numeric field
	 * @param ranges the named ranges, in the order shown
	 * @param options e.g. {@code missing}, {@code script}
	 */
	public RangeFacet(FieldRef field, List<Range> ranges, Map<String, ?> options) {
		this(FieldRef.pathOf(field), ranges, options);
	}

	private RangeFacet(String field, Map<String, ?> options, Map<String, Range> ranges, Agg metric,
			MetricSort sort) {
		super("range", rangeParams(field, options, ranges), metric, sort);
		this.options = options;
		this.ranges = ranges;
	}

	/**
	 * A named range, for {@link #RangeFacet(String, List)}.
	 * @param key the name
	 * @param from the inclusive lower bound, {@code null} for none
	 * @param to the exclusive upper bound, {@code null} for none
	 * @return the range
	 */
	public static Range range(String key, Number from, Number to) {
		return new Range(key, from, to);
	}

	private static Map<String, Range> byName(String field, List<Range> ranges) {
		if (ranges == null || ranges.isEmpty()) {
			throw new IllegalArgumentException("A range facet on '" + field
					+ "' needs at least one range, e.g. RangeFacet.range(\"cheap\", null, 10)");
		}
		Map<String, Range> byName = new LinkedHashMap<>();
		for (Range range : ranges) {
			if (range == null) {
				throw new IllegalArgumentException("The ranges of a range facet on '" + field + "' must not contain null");
			}
			if (byName.put(range.key(), range) != null) {
				throw new IllegalArgumentException("A range facet on '" + field + "' has two ranges named '"
						+ range.key() + "'; names select ranges so they must differ");
			}
		}
		return byName;
	}

	private static Map<String, Object> rangeParams(String field, Map<String, ?> options, Map<String, Range> ranges) {
		Map<String, Object> params = fieldParams("range facet", field, options, "ranges", "keyed");
		List<Map<String, Object>> list = new ArrayList<>();
		ranges.values().forEach((range) -> list.add(range.toMap()));
		params.put("ranges", list);
		params.put("keyed", false);
		return params;
	}

	/**
	 * A copy showing a metric per range, highest first (note that Elasticsearch's {@code range}
	 * aggregation accepts no {@code order}; use {@link MetricSort#DOC_COUNT} to keep the ranges'
	 * own order).
	 * @param metric a single-value metric aggregation
	 * @return the new facet
	 */
	public RangeFacet metric(Agg metric) {
		return metric(metric, MetricSort.DESC);
	}

	/**
	 * A copy showing a metric per range, sorted as given.
	 * @param metric a single-value metric aggregation
	 * @param sort how buckets are ordered
	 * @return the new facet
	 */
	public RangeFacet metric(Agg metric, MetricSort sort) {
		return new RangeFacet(field(), this.options, this.ranges, metric, sort);
	}

	/**
	 * The ranges, in order.
	 * @return the ranges
	 */
	public List<Range> ranges() {
		return List.copyOf(this.ranges.values());
	}

	@Override
	protected Query valueFilter(Object value) {
		Range range = this.ranges.get(String.valueOf(value));
		if (range == null) {
			throw new IllegalArgumentException("Range facet on '" + field() + "' has no range named '" + value
					+ "'; known ranges: " + this.ranges.keySet());
		}
		Map<String, Object> limits = new LinkedHashMap<>();
		if (range.from() != null) {
			limits.put("gte", range.from());
		}
		if (range.to() != null) {
			limits.put("lt", range.to());
		}
		return Q.range(field(), limits);
	}

}
