package io.github.esdsl.document;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable range value for the range field types ({@code integer_range},
 * {@code date_range}, {@code ip_range}, ...), as Python's {@code Range}: up to two bounds, a lower
 * one ({@code gt} or {@code gte}) and an upper one ({@code lt} or {@code lte}). A range without
 * bounds is unbounded.
 *
 * <pre>{@code
 * Range<Instant> slot = Range.<Instant>unbounded().gte(nine).lt(ten);
 * slot.contains(nineThirty);   // true
 * slot.lower();                // Bound[value=nine, inclusive=true]
 * slot.toMap();                // {"gte": nine, "lt": ten}
 * }</pre>
 *
 * @param <T> the type of the bounds
 */
public final class Range<T> {

	private static final Range<?> UNBOUNDED = new Range<>(null, false, null, false);

	private final T lower;

	private final boolean lowerInclusive;

	private final T upper;

	private final boolean upperInclusive;

	private Range(T lower, boolean lowerInclusive, T upper, boolean upperInclusive) {
		this.lower = lower;
		this.lowerInclusive = lower != null && lowerInclusive;
		this.upper = upper;
		this.upperInclusive = upper != null && upperInclusive;
	}

	/**
	 * The range without bounds; add them with {@link #gt}, {@link #gte}, {@link #lt}, {@link #lte}.
	 * @param <T> the type of the bounds
	 * @return the unbounded range
	 */
	@SuppressWarnings("unchecked")
	public static <T> Range<T> unbounded() {
		return (Range<T>) UNBOUNDED;
	}

	/**
	 * A range from its map form, {@code {"gte": 1, "lt": 10}}.
	 * @param <T> the type of the bounds
	 * @param bounds keys among {@code gt}, {@code gte}, {@code lt}, {@code lte}
	 * @return the range
	 * @throws IllegalArgumentException for an unknown key, or both {@code gt} and {@code gte}
	 * (or {@code lt} and {@code lte})
	 */
	@SuppressWarnings("unchecked")
	public static <T> Range<T> of(Map<String, ? extends T> bounds) {
		for (String key : bounds.keySet()) {
			if (!Arrays.asList("gt", "gte", "lt", "lte").contains(key)) {
				throw new IllegalArgumentException("Unknown range bound '" + key + "' in " + bounds
						+ ": use gt, gte, lt or lte");
			}
		}
		if (bounds.containsKey("gt") && bounds.containsKey("gte")) {
			throw new IllegalArgumentException("A range cannot have both gt and gte: " + bounds);
		}
		if (bounds.containsKey("lt") && bounds.containsKey("lte")) {
			throw new IllegalArgumentException("A range cannot have both lt and lte: " + bounds);
		}
		boolean gte = bounds.get("gte") != null;
		boolean lte = bounds.get("lte") != null;
		return new Range<>(gte ? bounds.get("gte") : bounds.get("gt"), gte, lte ? bounds.get("lte") : bounds.get("lt"),
				lte);
	}

	/**
	 * This range with an exclusive lower bound (replacing the lower bound).
	 * @param value the bound
	 * @return a new range
	 */
	public Range<T> gt(T value) {
		return new Range<>(Objects.requireNonNull(value, "gt bound must not be null"), false, this.upper,
				this.upperInclusive);
	}

	/**
	 * This range with an inclusive lower bound (replacing the lower bound).
	 * @param value the bound
	 * @return a new range
	 */
	public Range<T> gte(T value) {
		return new Range<>(Objects.requireNonNull(value, "gte bound must not be null"), true, this.upper,
				this.upperInclusive);
	}

	/**
	 * This range with an exclusive upper bound (replacing the upper bound).
	 * @param value the bound
	 * @return a new range
	 */
	public Range<T> lt(T value) {
		return new Range<>(this.lower, this.lowerInclusive, Objects.requireNonNull(value, "lt bound must not be null"),
				false);
	}

	/**
	 * This range with an inclusive upper bound (replacing the upper bound).
	 * @param value the bound
	 * @return a new range
	 */
	public Range<T> lte(T value) {
		return new Range<>(this.lower, this.lowerInclusive, Objects.requireNonNull(value, "lte bound must not be null"),
				true);
	}

	/**
	 * The lower bound: its value and whether it is inclusive; {@code (null, false)} when unbounded.
	 * @return the lower bound
	 */
	public Bound<T> lower() {
		return new Bound<>(this.lower, this.lowerInclusive);
	}

	/**
	 * The upper bound: its value and whether it is inclusive; {@code (null, false)} when unbounded.
	 * @return the upper bound
	 */
	public Bound<T> upper() {
		return new Bound<>(this.upper, this.upperInclusive);
	}

	/**
	 * Whether the range has no bounds at all.
	 * @return whether it is unbounded
	 */
	public boolean isUnbounded() {
		return this.lower == null && this.upper == null;
	}

	/**
	 * Whether a value lies within the bounds. Numbers of different classes compare by value,
	 * {@code InetAddress}es by their bytes, anything else must be mutually {@code Comparable}.
	 * @param value the value
	 * @return whether it is in the range; {@code false} for {@code null}
	 * @throws IllegalArgumentException if the value cannot be compared with the bounds
	 */
	public boolean contains(T value) {
		if (value == null) {
			return false;
		}
		if (this.lower != null) {
			int c = compare(value, this.lower);
			if (c < 0 || (c == 0 && !this.lowerInclusive)) {
				return false;
			}
		}
		if (this.upper != null) {
			int c = compare(value, this.upper);
			return c < 0 || (c == 0 && this.upperInclusive);
		}
		return true;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object value, Object bound) {
		if (value instanceof Number a && bound instanceof Number b) {
			return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
		}
		if (value instanceof InetAddress a && bound instanceof InetAddress b) {
			return Arrays.compareUnsigned(ipv6(a), ipv6(b));
		}
		if (value instanceof Comparable comparable && bound.getClass().isInstance(value)) {
			return comparable.compareTo(bound);
		}
		if (value instanceof Comparable comparable && value.getClass().isInstance(bound)) {
			return comparable.compareTo(bound);
		}
		throw new IllegalArgumentException("Cannot compare " + value + " (" + value.getClass().getName()
				+ ") with the range bound " + bound + " (" + bound.getClass().getName() + ")");
	}

	private static byte[] ipv6(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length == 16) {
			return bytes;
		}
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		System.arraycopy(bytes, 0, mapped, 12, 4);
		return mapped;
	}

	/**
	 * The bounds as a map, {@code {"gte": lower, "lt": upper}}, keys in the order gt, gte, lt, lte;
	 * values are the bound objects themselves.
	 * @return a new map
	 */
	public Map<String, T> toMap() {
		Map<String, T> map = new LinkedHashMap<>();
		if (this.lower != null) {
			map.put(this.lowerInclusive ? "gte" : "gt", this.lower);
		}
		if (this.upper != null) {
			map.put(this.upperInclusive ? "lte" : "lt", this.upper);
		}
		return map;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Range<?> range && Objects.equals(this.lower, range.lower)
				&& this.lowerInclusive == range.lowerInclusive && Objects.equals(this.upper, range.upper)
				&& this.upperInclusive == range.upperInclusive;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.lower, this.lowerInclusive, this.upper, this.upperInclusive);
	}

	@Override
	public String toString() {
		return "Range" + toMap();
	}

	/**
	 * One end of a range.
	 *
	 * @param <T> the type of the bound
	 * @param value the bound, {@code null} when that end is unbounded
	 * @param inclusive whether the bound itself is in the range
	 */
	public record Bound<T>(T value, boolean inclusive) {

	}

}
