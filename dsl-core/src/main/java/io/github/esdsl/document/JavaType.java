package io.github.esdsl.document;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.InetAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A field's Java type as the mapping sees it: the element class (inside {@code Optional}, a
 * collection or an array), whether it holds several values, and the bound class of a
 * {@link Range}.
 *
 * @param element the class of one value
 * @param multi whether the field holds several values
 * @param rangeBound the bound class when the element is a {@code Range}, else {@code null}
 */
record JavaType(Class<?> element, boolean multi, Class<?> rangeBound) {

	static JavaType of(Type type, String where) {
		Type current = type;
		if (raw(current) == Optional.class) {
			current = argument(current, 0, where);
		}
		boolean multi = false;
		Class<?> raw = raw(current);
		if (raw != byte[].class && raw.isArray()) {
			multi = true;
			current = (current instanceof GenericArrayType array) ? array.getGenericComponentType()
					: raw.getComponentType();
		}
		else if (Collection.class.isAssignableFrom(raw)) {
			multi = true;
			current = argument(current, 0, where);
		}
		Class<?> element = raw(current);
		Class<?> bound = (element == Range.class) ? raw(argument(current, 0, where)) : null;
		return new JavaType(element, multi, bound);
	}

	/**
	 * The type inferred for the element class, as in the Python DSL's type-hint table.
	 */
	FieldType inferred(String where) {
		if (this.rangeBound != null) {
			return rangeType(where);
		}
		FieldType scalar = scalar(this.element);
		if (scalar != null) {
			return scalar;
		}
		if (!isMappableClass(this.element)) {
			throw new IllegalArgumentException("Cannot infer the field type of " + where + " from "
					+ this.element.getName() + ": annotate it with @Field(type = FieldType...)");
		}
		return this.multi ? FieldType.NESTED : FieldType.OBJECT;
	}

	/**
	 * The format implied by the Java type: {@code yyyy-MM-dd} for {@code LocalDate} values and ranges.
	 */
	String impliedFormat() {
		return (this.element == LocalDate.class || this.rangeBound == LocalDate.class) ? "yyyy-MM-dd" : null;
	}

	static boolean isMappableClass(Class<?> type) {
		if (type.isPrimitive() || type.isArray() || type.isInterface() || type.isEnum() || Map.class.isAssignableFrom(type)
				|| type == Object.class) {
			return false;
		}
		String name = type.getName();
		return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun."));
	}

	private FieldType rangeType(String where) {
		Class<?> bound = this.rangeBound;
		if (bound == Integer.class || bound == Short.class || bound == Byte.class) {
			return FieldType.INTEGER_RANGE;
		}
		if (bound == Long.class) {
			return FieldType.LONG_RANGE;
		}
		if (bound == Float.class) {
			return FieldType.FLOAT_RANGE;
		}
		if (bound == Double.class) {
			return FieldType.DOUBLE_RANGE;
		}
		if (isDate(bound) || bound == LocalDate.class) {
			return FieldType.DATE_RANGE;
		}
		if (InetAddress.class.isAssignableFrom(bound)) {
			return FieldType.IP_RANGE;
		}
		throw new IllegalArgumentException("Cannot infer a range type for " + where + " from Range<" + bound.getName()
				+ ">: use Integer, Long, Float, Double, a date type or InetAddress bounds, or @Field(type = ...)");
	}

	private static FieldType scalar(Class<?> type) {
		if (type == String.class || type == CharSequence.class) {
			return FieldType.TEXT;
		}
		if (type == boolean.class || type == Boolean.class) {
			return FieldType.BOOLEAN;
		}
		if (type == int.class || type == Integer.class) {
			return FieldType.INTEGER;
		}
		if (type == long.class || type == Long.class) {
			return FieldType.LONG;
		}
		if (type == float.class || type == Float.class) {
			return FieldType.FLOAT;
		}
		if (type == double.class || type == Double.class) {
			return FieldType.DOUBLE;
		}
		if (type == short.class || type == Short.class) {
			return FieldType.SHORT;
		}
		if (type == byte.class || type == Byte.class) {
			return FieldType.BYTE;
		}
		if (type == byte[].class) {
			return FieldType.BINARY;
		}
		if (isDate(type) || type == LocalDate.class) {
			return FieldType.DATE;
		}
		if (type.isEnum() || type == UUID.class) {
			return FieldType.KEYWORD;
		}
		if (InetAddress.class.isAssignableFrom(type)) {
			return FieldType.IP;
		}
		return null;
	}

	private static boolean isDate(Class<?> type) {
		return type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == LocalDateTime.class || Date.class.isAssignableFrom(type);
	}

	private static Type argument(Type type, int index, String where) {
		if (type instanceof ParameterizedType parameterized) {
			return parameterized.getActualTypeArguments()[index];
		}
		throw new IllegalArgumentException("Cannot map " + where + ": its type " + type.getTypeName()
				+ " needs a type argument (raw types say nothing about their elements)");
	}

	static Class<?> raw(Type type) {
		if (type instanceof Class<?> type1) {
			return type1;
		}
		if (type instanceof ParameterizedType parameterized) {
			return raw(parameterized.getRawType());
		}
		if (type instanceof GenericArrayType array) {
			return java.lang.reflect.Array.newInstance(raw(array.getGenericComponentType()), 0).getClass();
		}
		if (type instanceof WildcardType wildcard) {
			return raw(wildcard.getUpperBounds()[0]);
		}
		if (type instanceof TypeVariable<?> variable) {
			return raw(variable.getBounds()[0]);
		}
		return Object.class;
	}

}
