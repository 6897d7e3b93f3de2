package io.github.esdsl.dsl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;
import tools.jackson.core.JsonGenerator;

/**
 * Freezing of parameter values into immutable trees, parsing of typed parameters, and conversion
 * back into plain mutable maps and lists.
 */
final class Values {

	private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

	private Values() {
	}

	static FrozenMap params(String owner, Map<String, ?> params, ParamSpec spec) {
		if (params == null) {
			throw new InvalidDslException("The parameters of '" + owner + "' must be a map, not null");
		}
		if (params instanceof FrozenMap frozen && spec.typedParams().isEmpty()) {
			return frozen;
		}
		if (params.isEmpty()) {
			return FrozenMap.EMPTY;
		}
		LinkedHashMap<String, Object> out = new LinkedHashMap<>(capacity(params.size()));
		for (Map.Entry<?, ?> entry : params.entrySet()) {
			String key = key(entry.getKey(), owner);
			ParamSpec.Def def = spec.def(key);
			try {
				Object value = (def != null) ? typed(def, entry.getValue()) : freeze(entry.getValue(), 0);
				if (def == null || !isEmptyContainer(value)) {
					out.put(key, value);
				}
			}
			catch (InvalidDslException ex) {
				throw ex.within(key);
			}
		}
		return new FrozenMap(out);
	}

	private static Object typed(ParamSpec.Def def, Object value) {
		return switch (def.shape()) {
			case ONE -> parse(def, value);
			case LIST -> list(def, value, false);
			case MAP -> named(def, value);
			case LIST_OF_MAPS -> list(def, value, true);
		};
	}

	private static Object list(ParamSpec.Def def, Object value, boolean ofMaps) {
		Collection<?> items = asCollection(value);
		if (items == null) {
			return new FrozenList(new Object[] { ofMaps ? named(def, value) : parse(def, value) });
		}
		Object[] out = new Object[items.size()];
		int i = 0;
		for (Object item : items) {
			try {
				out[i] = ofMaps ? named(def, item) : parse(def, item);
			}
			catch (InvalidDslException ex) {
				throw ex.within("[" + i + "]");
			}
			i++;
		}
		return new FrozenList(out);
	}

	private static Object named(ParamSpec.Def def, Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidDslException("Expected a map of names to values but got " + describe(value));
		}
		LinkedHashMap<String, Object> out = new LinkedHashMap<>(capacity(map.size()));
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String key = key(entry.getKey(), "map");
			try {
				out.put(key, parse(def, entry.getValue()));
			}
			catch (InvalidDslException ex) {
				throw ex.within(key);
			}
		}
		return new FrozenMap(out);
	}

	private static Object parse(ParamSpec.Def def, Object value) {
		if (value instanceof DslObject) {
			return def.parser().apply(value);
		}
		int[] depth = DEPTH.get();
		// every DSL level writes at least two levels of JSON ({"name": {...}}), so a chain of more than
		// MAX_DEPTH / 2 of them is too deep anyway: refuse it before recursing further
		if (++depth[0] > DslObject.MAX_DEPTH / 2) {
			depth[0]--;
			throw new InvalidDslException("DSL values nested deeper than " + DslObject.MAX_DEPTH + " levels are refused");
		}
		try {
			DslObject parsed = def.parser().apply(value);
			if (parsed == null) {
				throw new InvalidDslException("Expected a DSL value but got " + describe(value));
			}
			return parsed;
		}
		finally {
			depth[0]--;
		}
	}

	/**
	 * How many levels of JSON a frozen value writes: 0 for a scalar, 1 for an empty map.
	 */
	static int depth(Object value) {
		if (value instanceof FrozenMap map) {
			return map.depth;
		}
		if (value instanceof FrozenList list) {
			return list.depth;
		}
		if (value instanceof DslObject dsl) {
			return dsl.depth();
		}
		return (value instanceof JsonWritable || value instanceof Map || value instanceof Collection) ? 1 : 0;
	}

	static Object freeze(Object value, int depth) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
				|| value instanceof Long || value instanceof Double || value instanceof Float
				|| value instanceof Short || value instanceof Byte || value instanceof BigDecimal
				|| value instanceof BigInteger || (value instanceof JsonWritable && !(value instanceof DslObject))
				|| value instanceof FrozenMap
				|| value instanceof FrozenList) {
			return value;
		}
		if (depth >= DslObject.MAX_DEPTH) {
			throw new InvalidDslException("Values nested deeper than " + DslObject.MAX_DEPTH + " levels are refused");
		}
		if (value instanceof DslObject dsl) {
			// held as its raw form, as parsing it back would give: equal by content, not by class
			return freeze(dsl.toMap(), depth);
		}
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				return FrozenMap.EMPTY;
			}
			LinkedHashMap<String, Object> out = new LinkedHashMap<>(capacity(map.size()));
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = key(entry.getKey(), "map");
				try {
					out.put(key, freeze(entry.getValue(), depth + 1));
				}
				catch (InvalidDslException ex) {
					throw ex.within(key);
				}
			}
			return new FrozenMap(out);
		}
		Collection<?> items = asCollection(value);
		if (items != null) {
			Object[] out = new Object[items.size()];
			int i = 0;
			for (Object item : items) {
				try {
					out[i] = freeze(item, depth + 1);
				}
				catch (InvalidDslException ex) {
					throw ex.within("[" + i + "]");
				}
				i++;
			}
			return new FrozenList(out);
		}
		return scalar(value);
	}

	private static Object scalar(Object value) {
		if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
			return value.toString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof Date date) {
			return Instant.ofEpochMilli(date.getTime()).toString();
		}
		if (value instanceof TemporalAccessor temporal) {
			return temporal(temporal);
		}
		throw new InvalidDslException("A value of type " + value.getClass().getName()
				+ " cannot be used: use a String, Number, Boolean, Map, List, date/time, or a DSL value");
	}

	private static String temporal(TemporalAccessor temporal) {
		if (temporal instanceof LocalDateTime) {
			return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(temporal);
		}
		if (temporal instanceof OffsetDateTime || temporal instanceof ZonedDateTime) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(temporal);
		}
		if (temporal instanceof LocalTime) {
			return DateTimeFormatter.ISO_LOCAL_TIME.format(temporal);
		}
		return temporal.toString();
	}

	private static Collection<?> asCollection(Object value) {
		if (value instanceof Collection<?> collection) {
			return collection;
		}
		if (value instanceof Object[] array) {
			return java.util.Arrays.asList(array);
		}
		if (value instanceof float[] array) {
			List<Object> list = new ArrayList<>(array.length);
			for (float item : array) {
				list.add(item);
			}
			return list;
		}
		if (value instanceof double[] array) {
			return java.util.Arrays.stream(array).boxed().toList();
		}
		if (value instanceof int[] array) {
			return java.util.Arrays.stream(array).boxed().toList();
		}
		if (value instanceof long[] array) {
			return java.util.Arrays.stream(array).boxed().toList();
		}
		return null;
	}

	/**
	 * Writes a frozen value, walking frozen maps and lists without allocating.
	 */
	static void write(JsonGenerator generator, Object value) {
		if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof FrozenMap map) {
			generator.writeStartObject();
			String[] keys = map.keys;
			Object[] values = map.values;
			for (int i = 0; i < keys.length; i++) {
				generator.writeName(keys[i]);
				write(generator, values[i]);
			}
			generator.writeEndObject();
		}
		else if (value instanceof FrozenList list) {
			generator.writeStartArray();
			for (Object item : list.items) {
				write(generator, item);
			}
			generator.writeEndArray();
		}
		else {
			Json.write(generator, value);
		}
	}

	static Object plain(Object value) {
		if (value instanceof JsonWritable writable) {
			return writable.toMap();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new LinkedHashMap<>(capacity(map.size()));
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.put(String.valueOf(entry.getKey()), plain(entry.getValue()));
			}
			return out;
		}
		if (value instanceof Collection<?> items) {
			List<Object> out = new ArrayList<>(items.size());
			for (Object item : items) {
				out.add(plain(item));
			}
			return out;
		}
		return value;
	}

	static boolean isEmptyContainer(Object value) {
		return (value instanceof Collection<?> items && items.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	private static String key(Object key, String owner) {
		if (key instanceof String text) {
			return text;
		}
		if (key instanceof CharSequence text) {
			return text.toString();
		}
		throw new InvalidDslException("Keys of '" + owner + "' must be strings but got " + describe(key));
	}

	static String describe(Object value) {
		if (value == null) {
			return "null";
		}
		StringBuilder text = new StringBuilder(64);
		render(value, text, 0);
		if (text.length() > 60) {
			text.setLength(57);
			text.append("...");
		}
		return value.getClass().getSimpleName() + " " + text;
	}

	/**
	 * Renders like {@code toString()} but stops after about 60 characters and 8 levels, so a
	 * huge, deeply nested or cyclic value cannot blow the stack or the heap of an error message.
	 */
	private static void render(Object value, StringBuilder out, int depth) {
		if (out.length() > 60) {
			return;
		}
		if (depth > 8) {
			out.append("...");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (out.length() > 60) {
					break;
				}
				if (out.charAt(out.length() - 1) != '{') {
					out.append(", ");
				}
				render(entry.getKey(), out, depth + 1);
				out.append('=');
				render(entry.getValue(), out, depth + 1);
			}
			out.append('}');
		}
		else if (value instanceof Collection<?> items) {
			out.append('[');
			for (Object item : items) {
				if (out.length() > 60) {
					break;
				}
				if (out.charAt(out.length() - 1) != '[') {
					out.append(", ");
				}
				render(item, out, depth + 1);
			}
			out.append(']');
		}
		else if (value instanceof Object[] array) {
			render(java.util.Arrays.asList(array), out, depth);
		}
		else if (value instanceof CharSequence chars) {
			out.append(chars, 0, Math.min(chars.length(), 64));
		}
		else {
			String text = String.valueOf(value);
			out.append(text, 0, Math.min(text.length(), 64));
		}
	}

	static int capacity(int size) {
		return (int) (size / 0.75f) + 1;
	}

}
