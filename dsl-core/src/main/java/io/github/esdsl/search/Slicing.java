package io.github.esdsl.search;

import java.math.BigInteger;
import java.util.Map;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Pagination as Python's {@code Search.__getitem__}: a slice {@code [start:stop]} is applied
 * relative to the current {@code from}/{@code size} (kept among the extra keys), so slices
 * compose ({@code [10:20][2:]} is from 12, size 8) and never widen the current window.
 */
final class Slicing {

	private Slicing() {
	}

	/**
	 * Applies {@code [start:stop]}; {@code null} stands for an open end.
	 */
	static Map<String, Object> slice(Map<String, Object> extra, Integer start, Integer stop) {
		if ((start != null && start < 0) || (stop != null && stop < 0)) {
			throw new InvalidDslException("Search does not support negative slicing: got [" + ((start != null) ? start : "")
					+ ":" + ((stop != null) ? stop : "") + "]; from and size count from the first hit");
		}
		Long oldFrom = integer(extra, "from");
		Long oldSize = integer(extra, "size");
		long base = (oldFrom != null) ? oldFrom : 0L;
		Long oldTo = (oldSize != null) ? base + oldSize : null;
		Long newFrom = (start != null) ? (Long) (base + start) : oldFrom;
		Long newTo = oldTo;
		if (stop != null) {
			newTo = base + stop;
			if (oldTo != null && oldTo < newTo) {
				newTo = oldTo;
			}
		}
		if (newFrom != null && newTo != null) {
			// one copy of the map for both keys
			return Frozen.with(extra, "from", number(newFrom), "size", number(Math.max(0L, newTo - newFrom)));
		}
		Map<String, Object> out = extra;
		if (newFrom != null) {
			out = Frozen.with(out, "from", number(newFrom));
		}
		if (newTo != null) {
			out = Frozen.with(out, "size", number(Math.max(0L, newTo - ((newFrom != null) ? newFrom : 0L))));
		}
		return out;
	}

	/**
	 * Python's {@code s[n]}: the single hit at {@code index}, i.e. {@code [index:index+1]}.
	 */
	static Map<String, Object> at(Map<String, Object> extra, int index) {
		if (index < 0) {
			throw new InvalidDslException("Search does not support negative indexing: got " + index);
		}
		return slice(extra, index, index + 1);
	}

	static Map<String, Object> set(Map<String, Object> extra, String key, int value) {
		if (value < 0) {
			throw new InvalidDslException("'" + key + "' must not be negative but was " + value);
		}
		return Frozen.with(extra, key, value);
	}

	private static Long integer(Map<String, Object> extra, String key) {
		Object value = extra.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof BigInteger big && big.bitLength() < 63) {
			return big.longValue();
		}
		if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
				&& Math.abs(number.doubleValue()) < (1L << 53)) {
			return (long) number.doubleValue();
		}
		throw new InvalidDslException("Cannot slice a search whose '" + key + "' is " + Frozen.describe(value)
				+ ": slicing needs a whole number");
	}

	private static Number number(long value) {
		return (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) ? (Number) (int) value : (Number) value;
	}

}
