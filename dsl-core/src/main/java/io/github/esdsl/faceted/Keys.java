package io.github.esdsl.faceted;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Comparing bucket keys with filter values (Python's {@code key in filter_values}, where
 * {@code 10.0 == 10}), and the small number arithmetic of histogram filters.
 */
final class Keys {

	private Keys() {
	}

	static boolean contains(List<?> values, Object key) {
		for (Object value : values) {
			if (same(key, value)) {
				return true;
			}
		}
		return false;
	}

	static boolean same(Object key, Object value) {
		if (Objects.equals(key, value)) {
			return true;
		}
		if (key == null || value == null) {
			return false;
		}
		if (key instanceof Number || value instanceof Number) {
			BigDecimal left = decimal(key);
			BigDecimal right = decimal(value);
			return left != null && right != null && left.compareTo(right) == 0;
		}
		if (key instanceof Boolean || value instanceof Boolean) {
			return key.toString().equalsIgnoreCase(value.toString());
		}
		return false;
	}

	static BigDecimal decimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			return Double.isFinite(number) ? BigDecimal.valueOf(number) : null;
		}
		if (value instanceof Number number) {
			return BigDecimal.valueOf(number.longValue());
		}
		if (value instanceof CharSequence text) {
			try {
				return new BigDecimal(text.toString().trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A filter value as a number: numbers as they are, numeric strings parsed.
	 */
	static Number number(Object value, String facet) {
		if (value instanceof Number number) {
			return number;
		}
		BigDecimal decimal = decimal(value);
		if (decimal == null) {
			throw new IllegalArgumentException("Facet '" + facet + "' filters on numbers but got "
					+ describe(value) + "; pass a number such as 10 or \"10\"");
		}
		boolean integral = decimal.stripTrailingZeros().scale() <= 0;
		boolean fitsLong = decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
		return (integral && fitsLong) ? (Number) decimal.longValue() : (Number) decimal.doubleValue();
	}

	/**
	 * {@code value + interval} like Python: integral when both are integral.
	 */
	static Number add(Number value, Number interval) {
		if (integral(value) && integral(interval)) {
			return Math.addExact(value.longValue(), interval.longValue());
		}
		return decimal(value).add(decimal(interval)).doubleValue();
	}

	private static boolean integral(Number number) {
		return number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte;
	}

	static String describe(Object value) {
		return (value == null) ? "null" : value.getClass().getSimpleName() + " '" + value + "'";
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value, String what) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException(what + " should be a JSON object but was " + describe(value));
	}

}
