package io.github.esdsl.faceted;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.aggs.Agg;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;

/**
 * A facet over date intervals, Python's {@code DateHistogramFacet}: a {@code date_histogram}
 * aggregation with {@code "min_doc_count": 0} unless given; selecting the bucket starting at
 * {@code d} filters on {@code {"range": {field: {"gte": d, "lt": end}}}} where {@code end} is
 * the start of the next bucket.
 *
 * <pre>{@code
 * new DateHistogramFacet("published", Map.of("calendar_interval", "month"))
 *     .keys(DateHistogramFacet.DateKeys.LOCAL_DATE)
 * }</pre>
 *
 * <p>The interval is {@code calendar_interval}, {@code fixed_interval} or the legacy
 * {@code interval}, checked in that order like Python. Steps: {@code year}/{@code 1y},
 * {@code quarter}/{@code 1q}, {@code month}/{@code 1M} (to the first of the next month),
 * {@code week}/{@code 1w}, {@code day}/{@code 1d}, {@code hour}/{@code 1h},
 * {@code minute}/{@code 1m}, and for fixed intervals any {@code <n>ms|s|m|h|d}. The end has
 * the selected value's type ({@code LocalDate}, {@code LocalDateTime}, {@code Instant},
 * {@code OffsetDateTime}, {@code ZonedDateTime}); calendar arithmetic on instants uses the
 * {@code time_zone} option (UTC without one).
 *
 * <p>Keys are {@link Instant}s by default, or {@code LocalDate}/{@code LocalDateTime} in the
 * facet's time zone (see {@link #keys(DateKeys)}); a key is selected when it is the same
 * instant as a selected value.
 */
public final class DateHistogramFacet extends Facet {

	/**
	 * The {@code java.time} type bucket keys are read as.
	 */
	public enum DateKeys {

		/** {@link Instant}, the default. */
		INSTANT,

		/** {@link java.time.LocalDate} in the facet's time zone. */
		LOCAL_DATE,

		/** {@link LocalDateTime} in the facet's time zone, like Python's naive datetimes. */
		LOCAL_DATE_TIME

	}

	private static final List<String> INTERVAL_KINDS = List.of("calendar_interval", "fixed_interval", "interval");

	private final Map<String, ?> options;

	private final DateIntervals step;

	private final ZoneId zone;

	private final DateKeys keys;

	/**
	 * A date histogram facet with a calendar interval.
	 * @param field the date field
	 * @param calendarInterval e.g. {@code "month"} or {@code "1d"}
	 */
	public DateHistogramFacet(String field, String calendarInterval) {
		this(field, Map.of("calendar_interval", calendarInterval));
	}

	/**
	 * A date histogram facet with options of the {@code date_histogram} aggregation, Python's
	 * keyword arguments.
	 * @param field the date field
	 * @param options must hold {@code calendar_interval}, {@code fixed_interval} or
	 * {@code interval}; also e.g. {@code time_zone}, {@code format}, {@code min_doc_count}
	 * @throws IllegalArgumentException without a supported interval
	 */
	public DateHistogramFacet(String field, Map<String, ?> options) {
		this(field, (options != null) ? options : Map.of(), null, null, DateKeys.INSTANT);
	}

	/**
	 * A date histogram facet on a field reference, with a calendar interval.
	 * @param field the date field
	 * @param calendarInterval e.g. {@code "month"} or {@code "1d"}
	 */
	public DateHistogramFacet(FieldRef field, String calendarInterval) {
		this(FieldRef.pathOf(field), calendarInterval);
	}

	/**
	 * A date histogram facet on a field reference, with options of the {@code date_histogram}
	 * aggregation.
	 * @param field the date field
	 * @param options as for {@link #DateHistogramFacet(String, Map)}
	 * @throws IllegalArgumentException without a supported interval
	 */
	public DateHistogramFacet(FieldRef field, Map<String, ?> options) {
		this(FieldRef.pathOf(field), options);
	}

	private DateHistogramFacet(String field, Map<String, ?> options, Agg metric, MetricSort sort, DateKeys keys) {
		super("date_histogram", dateParams(field, options), metric, sort);
		this.options = options;
		this.step = step(field, options);
		this.zone = zone(field, options);
		this.keys = keys;
	}

	private static Map<String, Object> dateParams(String field, Map<String, ?> options) {
		Map<String, Object> params = fieldParams("date histogram facet", field, options);
		params.putIfAbsent("min_doc_count", 0);
		return params;
	}

	private static DateIntervals step(String field, Map<String, ?> options) {
		for (String kind : INTERVAL_KINDS) {
			Object interval = options.get(kind);
			if (interval != null) {
				DateIntervals step = DateIntervals.of(kind, interval.toString());
				if (step == null) {
					throw new IllegalArgumentException("Date histogram facet on '" + field + "' cannot filter on "
							+ kind + " '" + interval + "'; use year, quarter, month, week, day, hour, minute (1y, 1q, "
							+ "1M, 1w, 1d, 1h, 1m) or, for fixed intervals, <n>ms|s|m|h|d such as \"12h\"");
				}
				return step;
			}
		}
		throw new IllegalArgumentException("Date histogram facet on '" + field + "' needs one of the options "
				+ INTERVAL_KINDS + ", e.g. Map.of(\"calendar_interval\", \"month\"), but got " + options.keySet());
	}

	private static ZoneId zone(String field, Map<String, ?> options) {
		Object zone = options.get("time_zone");
		if (zone == null) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(zone.toString());
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("Date histogram facet on '" + field + "' has time_zone '" + zone
					+ "', which is not a zone id such as \"Europe/Paris\" or \"+01:00\"", ex);
		}
	}

	/**
	 * A copy showing a metric per bucket, highest first.
	 * @param metric a single-value metric aggregation
	 * @return the new facet
	 */
	public DateHistogramFacet metric(Agg metric) {
		return metric(metric, MetricSort.DESC);
	}

	/**
	 * A copy showing a metric per bucket, sorted as given.
	 * @param metric a single-value metric aggregation
	 * @param sort how buckets are ordered
	 * @return the new facet
	 */
	public DateHistogramFacet metric(Agg metric, MetricSort sort) {
		return new DateHistogramFacet(field(), this.options, metric, sort, this.keys);
	}

	/**
	 * A copy reading bucket keys as another {@code java.time} type.
	 * @param keys the key type
	 * @return the new facet
	 */
	public DateHistogramFacet keys(DateKeys keys) {
		if (keys == null) {
			throw new IllegalArgumentException("The key type must not be null; the default is DateKeys.INSTANT");
		}
		return new DateHistogramFacet(field(), this.options, metric().orElse(null), metricSort(), keys);
	}

	@Override
	protected Query valueFilter(Object value) {
		Temporal start = DateIntervals.temporal(value, field());
		Map<String, Object> range = new LinkedHashMap<>();
		range.put("gte", start);
		range.put("lt", this.step.next(start, this.zone));
		return Q.range(field(), range);
	}

	/**
	 * The bucket's epoch-millisecond key (a {@code null} key is 1970-01-01, as in Python) as
	 * the facet's key type.
	 */
	@Override
	protected Object key(Map<String, ?> bucket) {
		Object key = bucket.get("key");
		if (key != null && !(key instanceof Number)) {
			throw new IllegalArgumentException("A date histogram bucket on '" + field()
					+ "' must have epoch milliseconds as its key but had " + Keys.describe(key));
		}
		Instant instant = Instant.ofEpochMilli((key != null) ? ((Number) key).longValue() : 0L);
		return switch (this.keys) {
			case INSTANT -> instant;
			case LOCAL_DATE -> instant.atZone(this.zone).toLocalDate();
			case LOCAL_DATE_TIME -> instant.atZone(this.zone).toLocalDateTime();
		};
	}

	@Override
	protected boolean isSelected(Object key, List<?> values) {
		Instant instant = DateIntervals.instant((Temporal) key, this.zone);
		for (Object value : values) {
			if (instant.equals(DateIntervals.instant(DateIntervals.temporal(value, field()), this.zone))) {
				return true;
			}
		}
		return false;
	}

}
