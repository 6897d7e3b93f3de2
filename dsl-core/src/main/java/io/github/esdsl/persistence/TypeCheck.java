package io.github.esdsl.persistence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import io.github.esdsl.document.FieldType;

/**
 * Whether a value fits its mapped field type. Values that Java's static types already guarantee
 * pass; this catches values held in {@code Object} or raw fields and numbers out of range.
 */
final class TypeCheck {

	private TypeCheck() {
	}

	/** @return what is wrong, or {@code null} when the value fits */
	static String problem(FieldType type, Object value) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case TEXT, KEYWORD, WILDCARD, CONSTANT_KEYWORD, MATCH_ONLY_TEXT, SEARCH_AS_YOU_TYPE, VERSION -> text(type,
					value);
			case BOOLEAN -> (value instanceof Boolean) ? null : expected(type, "true or false", value);
			case BYTE -> integral(type, value, Byte.MIN_VALUE, Byte.MAX_VALUE);
			case SHORT -> integral(type, value, Short.MIN_VALUE, Short.MAX_VALUE);
			case INTEGER -> integral(type, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
			case LONG -> integral(type, value, Long.MIN_VALUE, Long.MAX_VALUE);
			case FLOAT, DOUBLE, HALF_FLOAT, SCALED_FLOAT -> (value instanceof Number) ? null
					: expected(type, "a number", value);
			case DATE, DATE_NANOS -> (value instanceof TemporalAccessor || value instanceof Date
					|| value instanceof CharSequence || value instanceof Long || value instanceof Integer) ? null
							: expected(type, "a date (java.time value, java.util.Date, text or epoch millis)", value);
			case OBJECT, NESTED -> (value instanceof CharSequence || value instanceof Number
					|| value instanceof Boolean) ? expected(type, "an object", value) : null;
			default -> null;
		};
	}

	/**
	 * Whether every value a field declared as {@code declared} can hold fits the type, so that
	 * {@link #problem} need not be asked. Objects and nested fields are never sure (their inner
	 * fields are checked).
	 * @param type the mapped type, or {@code null}
	 * @param declared the field's declared class (primitives allowed)
	 * @return whether no value of that class can have a problem
	 */
	static boolean alwaysFits(FieldType type, Class<?> declared) {
		if (type == null) {
			return true;
		}
		Class<?> c = boxed(declared);
		return switch (type) {
			case TEXT, KEYWORD, WILDCARD, CONSTANT_KEYWORD, MATCH_ONLY_TEXT, SEARCH_AS_YOU_TYPE, VERSION ->
				CharSequence.class.isAssignableFrom(c) || Enum.class.isAssignableFrom(c) || c == UUID.class
						|| c == Character.class;
			case BOOLEAN -> c == Boolean.class;
			case BYTE -> c == Byte.class;
			case SHORT -> c == Byte.class || c == Short.class;
			case INTEGER -> c == Byte.class || c == Short.class || c == Integer.class;
			case LONG -> c == Byte.class || c == Short.class || c == Integer.class || c == Long.class;
			case FLOAT, DOUBLE, HALF_FLOAT, SCALED_FLOAT -> Number.class.isAssignableFrom(c);
			case DATE, DATE_NANOS -> TemporalAccessor.class.isAssignableFrom(c) || Date.class.isAssignableFrom(c)
					|| CharSequence.class.isAssignableFrom(c) || c == Long.class || c == Integer.class;
			case OBJECT, NESTED -> false;
			default -> true;
		};
	}

	private static Class<?> boxed(Class<?> type) {
		if (!type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
			case "boolean" -> Boolean.class;
			case "byte" -> Byte.class;
			case "short" -> Short.class;
			case "int" -> Integer.class;
			case "long" -> Long.class;
			case "char" -> Character.class;
			case "float" -> Float.class;
			case "double" -> Double.class;
			default -> Void.class;
		};
	}

	private static String text(FieldType type, Object value) {
		return (value instanceof CharSequence || value instanceof Enum || value instanceof UUID
				|| value instanceof Character) ? null : expected(type, "text", value);
	}

	private static String integral(FieldType type, Object value, long min, long max) {
		BigInteger number;
		if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
			long whole = ((Number) value).longValue();
			if (whole >= min && whole <= max) {
				return null;
			}
			number = BigInteger.valueOf(whole);
		}
		else if (value instanceof BigInteger big) {
			number = big;
		}
		else if (value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
			number = decimal.toBigInteger();
		}
		else {
			return expected(type, "a whole number", value);
		}
		if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
			return "Value " + number + " is out of range for a " + type.name().toLowerCase() + " field (" + min + " to "
					+ max + ").";
		}
		return null;
	}

	private static String expected(FieldType type, String what, Object value) {
		String shown = (value instanceof Map) ? "a map" : value.getClass().getSimpleName() + " '" + value + "'";
		return "Expected " + what + " for a " + type.name().toLowerCase() + " field, got " + shown + ".";
	}

}
