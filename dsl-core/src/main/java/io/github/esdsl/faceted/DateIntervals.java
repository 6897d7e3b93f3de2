package io.github.esdsl.faceted;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a date histogram bucket given its start, Python's {@code DATE_INTERVALS}, and the
 * conversions between filter values, bucket keys and {@code java.time} values.
 */
final class DateIntervals {

	private static final Map<String, ChronoUnit> NAMED = Map.ofEntries(Map.entry("year", ChronoUnit.YEARS),
			Map.entry("1y", ChronoUnit.YEARS), Map.entry("1Y", ChronoUnit.YEARS),
			Map.entry("quarter", ChronoUnit.MONTHS), Map.entry("1q", ChronoUnit.MONTHS),
			Map.entry("month", ChronoUnit.MONTHS), Map.entry("1M", ChronoUnit.MONTHS),
			Map.entry("week", ChronoUnit.WEEKS), Map.entry("1w", ChronoUnit.WEEKS),
			Map.entry("day", ChronoUnit.DAYS), Map.entry("1d", ChronoUnit.DAYS),
			Map.entry("hour", ChronoUnit.HOURS), Map.entry("1h", ChronoUnit.HOURS),
			Map.entry("minute", ChronoUnit.MINUTES), Map.entry("1m", ChronoUnit.MINUTES));

	private static final Pattern FIXED = Pattern.compile("([1-9][0-9]*)(ms|s|m|h|d)");

	/** The step: an amount of a calendar unit, or a fixed duration. */
	private final ChronoUnit unit;

	private final long amount;

	private final Duration duration;

	private DateIntervals(ChronoUnit unit, long amount, Duration duration) {
		this.unit = unit;
		this.amount = amount;
		this.duration = duration;
	}

	/**
	 * The step for an interval option, or {@code null} if it is not one we can step by.
	 */
	static DateIntervals of(String kind, String interval) {
		ChronoUnit unit = NAMED.get(interval);
		if (unit != null) {
			return new DateIntervals(unit, interval.endsWith("q") || interval.equals("quarter") ? 3 : 1, null);
		}
		Matcher fixed = FIXED.matcher(interval);
		if (!"calendar_interval".equals(kind) && fixed.matches()) {
			long amount = Long.parseLong(fixed.group(1));
			Duration duration = switch (fixed.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				case "h" -> Duration.ofHours(amount);
				default -> Duration.ofDays(amount);
			};
			return new DateIntervals(null, 0, duration);
		}
		return null;
	}

	/**
	 * The end (exclusive) of the bucket starting at {@code start}, in the same type.
	 */
	Temporal next(Temporal start, ZoneId zone) {
		if (start instanceof Instant instant) {
			return ((ZonedDateTime) next(instant.atZone(zone), zone)).toInstant();
		}
		if (start instanceof LocalDate date && !wholeDays()) {
			return next(date.atStartOfDay(), zone);
		}
		if (this.duration != null) {
			return (start instanceof LocalDate date) ? date.plusDays(this.duration.toDays()) : start.plus(this.duration);
		}
		return switch (this.unit) {
			// the start of the next month (or quarter): Python's (d + 32 days).replace(day=1) for bucket keys
			case MONTHS -> start.with(ChronoField.DAY_OF_MONTH, 1).plus(this.amount, ChronoUnit.MONTHS);
			default -> start.plus(this.amount, this.unit);
		};
	}

	private boolean wholeDays() {
		if (this.duration != null) {
			return this.duration.toMillis() % Duration.ofDays(1).toMillis() == 0;
		}
		return this.unit != ChronoUnit.HOURS && this.unit != ChronoUnit.MINUTES;
	}

	/**
	 * A selected value as a date/time: {@code java.time} values as they are, {@link Date} and
	 * epoch milliseconds as instants, ISO-8601 text parsed.
	 */
	static Temporal temporal(Object value, String field) {
		if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalDateTime
				|| value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
			return (Temporal) value;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value instanceof Long || value instanceof Integer) {
			return Instant.ofEpochMilli(((Number) value).longValue());
		}
		if (value instanceof CharSequence text) {
			String iso = text.toString().trim();
			try {
				if (iso.length() == 10) {
					return LocalDate.parse(iso);
				}
				if (iso.endsWith("Z")) {
					return Instant.parse(iso);
				}
				if (iso.contains("+") || iso.lastIndexOf('-') > 9) {
					return OffsetDateTime.parse(iso);
				}
				return LocalDateTime.parse(iso);
			}
			catch (DateTimeParseException ex) {
				// fall through to the error below
			}
		}
		throw new IllegalArgumentException("Date histogram facet on '" + field + "' filters on dates but got "
				+ Keys.describe(value) + "; pass an Instant, LocalDate, LocalDateTime, OffsetDateTime, ZonedDateTime, "
				+ "epoch milliseconds or ISO-8601 text such as \"2015-06-01\"");
	}

	static Instant instant(Temporal value, ZoneId zone) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof LocalDate date) {
			return date.atStartOfDay(zone).toInstant();
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.atZone(zone).toInstant();
		}
		return Instant.from(value);
	}

}
