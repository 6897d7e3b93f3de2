package io.github.esdsl.json;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Compact JSON output of DSL values and parsing of JSON into plain maps and lists.
 *
 * <p>Values written: {@link JsonWritable}, {@link Map} (keys as strings), {@link Collection},
 * arrays of objects, {@link CharSequence}, {@link Number}, {@link Boolean}, {@link Enum} (its
 * name) and {@code null}. Anything else is refused with an error naming its class.
 */
public final class Json {

	/** Nesting deeper than this is refused when parsing, so hostile input cannot overflow the stack. */
	public static final int MAX_DEPTH = 256;

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	/**
	 * The context of the generators {@link #writeTo} opens, and of no other: it marks a generator
	 * whose settings are known (compact UTF-8, the factory's defaults).
	 */
	private static final ObjectWriteContext COMPACT_UTF8 = new ObjectWriteContext.Base();

	private Json() {
	}

	/**
	 * The shared Jackson factory.
	 * @return the factory
	 */
	public static JsonFactory factory() {
		return FACTORY;
	}

	/**
	 * Writes a value as compact JSON.
	 * @param value the value
	 * @return the JSON text
	 */
	public static String toJson(Object value) {
		StringWriter out = new StringWriter(256);
		try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
			write(generator, value);
		}
		return out.toString();
	}

	/**
	 * Writes a value as compact UTF-8 JSON.
	 * @param value the value
	 * @return the bytes
	 */
	public static byte[] toBytes(Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		writeTo(out, value);
		return out.toByteArray();
	}

	/**
	 * Writes a value as compact UTF-8 JSON to a stream (left open).
	 * @param out the stream
	 * @param value the value
	 */
	public static void writeTo(OutputStream out, Object value) {
		try (JsonGenerator generator = FACTORY.createGenerator(COMPACT_UTF8, out)) {
			write(generator, value);
		}
	}

	/**
	 * Whether a generator was opened by {@link #toBytes} or {@link #writeTo}, so that compact UTF-8
	 * JSON written before with this class's factory and default settings can be copied into it
	 * as it is. False for every other generator (one writing text, pretty printing, escaping
	 * differently or configured in any other way), which must be given the value itself.
	 * @param generator the generator
	 * @return whether it takes pre-written bytes of a value
	 */
	public static boolean takesWrittenBytes(JsonGenerator generator) {
		return generator.objectWriteContext() == COMPACT_UTF8;
	}

	/**
	 * Writes a property name; names that repeat (query types, parameter and field names) are
	 * written from a small cache of pre-encoded names, which is faster than
	 * {@link JsonGenerator#writeName(String)} and gives the same output.
	 * @param generator the generator, inside an object
	 * @param name the name
	 */
	public static void writeName(JsonGenerator generator, String name) {
		JsonNames.write(generator, name);
	}

	/**
	 * Writes one value to a generator.
	 * @param generator the generator
	 * @param value the value
	 */
	public static void write(JsonGenerator generator, Object value) {
		if (value == null) {
			generator.writeNull();
		}
		else if (value instanceof String text) {
			// the common scalars by class first: a failing interface test (below) is slow
			generator.writeString(text);
		}
		else if (value instanceof Integer number) {
			generator.writeNumber(number.intValue());
		}
		else if (value instanceof Long number) {
			generator.writeNumber(number.longValue());
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number.doubleValue());
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof JsonWritable writable) {
			writable.writeJson(generator);
		}
		else if (value instanceof CharSequence text) {
			generator.writeString(text.toString());
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value instanceof Number number) {
			writeNumber(generator, number);
		}
		else if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			// forEach walks the backing map of immutable views without allocating an entry per key
			map.forEach((key, item) -> {
				writeName(generator, String.valueOf(key));
				write(generator, item);
			});
			generator.writeEndObject();
		}
		else if (value instanceof List<?> items && items instanceof RandomAccess) {
			generator.writeStartArray();
			for (int i = 0, size = items.size(); i < size; i++) {
				write(generator, items.get(i));
			}
			generator.writeEndArray();
		}
		else if (value instanceof Collection<?> items) {
			generator.writeStartArray();
			for (Object item : items) {
				write(generator, item);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Object[] items) {
			write(generator, List.of(items));
		}
		else if (value instanceof Enum<?> constant) {
			generator.writeString(constant.name());
		}
		else {
			throw new IllegalArgumentException("Cannot write a value of type " + value.getClass().getName()
					+ " as JSON: use a Map, List, String, Number, Boolean or a DSL value");
		}
	}

	private static void writeNumber(JsonGenerator generator, Number number) {
		if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
			generator.writeNumber(number.intValue());
		}
		else if (number instanceof Long) {
			generator.writeNumber(number.longValue());
		}
		else if (number instanceof Double) {
			generator.writeNumber(number.doubleValue());
		}
		else if (number instanceof Float) {
			generator.writeNumber(number.floatValue());
		}
		else if (number instanceof BigDecimal decimal) {
			generator.writeNumber(decimal);
		}
		else if (number instanceof BigInteger integer) {
			generator.writeNumber(integer);
		}
		else {
			generator.writeNumber(number.doubleValue());
		}
	}

	/**
	 * Parses a JSON object into a {@code LinkedHashMap}.
	 * @param json the JSON text
	 * @return the map
	 * @throws IllegalArgumentException if the text is not one JSON object
	 */
	public static Map<String, Object> parseMap(String json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return asMap(readDocument(parser), json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Parses a UTF-8 JSON object into a {@code LinkedHashMap}.
	 * @param json the bytes
	 * @return the map
	 */
	public static Map<String, Object> parseMap(byte[] json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return asMap(readDocument(parser), "<bytes>");
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Parses a UTF-8 JSON object from a stream (closed afterwards).
	 * @param json the stream
	 * @return the map
	 */
	public static Map<String, Object> parseMap(InputStream json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return asMap(readDocument(parser), "<stream>");
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Parses any JSON value (object, array, scalar).
	 * @param json the JSON text
	 * @return maps, lists, strings, numbers, booleans or null
	 */
	public static Object parse(String json) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			return readDocument(parser);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Invalid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * A deep, mutable copy of a JSON map tree: nested maps become {@code LinkedHashMap}s with
	 * string keys, lists become {@code ArrayList}s, other values are shared.
	 * @param map the tree to copy
	 * @return the copy, owned by the caller
	 */
	public static Map<String, Object> copy(Map<?, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), deepCopy(value)));
		return copy;
	}

	/**
	 * A deep, mutable copy of any JSON value: maps and lists are copied as by {@link #copy(Map)},
	 * other values are shared.
	 * @param value the value
	 * @return the copy
	 */
	public static Object deepCopy(Object value) {
		if (value instanceof Map<?, ?> map) {
			return copy(map);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach((item) -> copy.add(deepCopy(item)));
			return copy;
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value, String source) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalArgumentException("Expected a JSON object but got "
				+ (value == null ? "null" : value.getClass().getSimpleName()) + " in " + abbreviate(source));
	}

	private static Object readDocument(JsonParser parser) {
		JsonToken token = parser.nextToken();
		if (token == null) {
			throw new IllegalArgumentException("Invalid JSON: empty input");
		}
		return readValue(parser, token, 0);
	}

	/**
	 * Reads the value at the parser's current token (already advanced to it).
	 * @param parser the parser
	 * @return the value as maps, lists and scalars
	 */
	public static Object readValue(JsonParser parser) {
		return readValue(parser, parser.currentToken(), 0);
	}

	private static Object readValue(JsonParser parser, JsonToken token, int depth) {
		if (depth >= MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
			throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels");
		}
		switch (token) {
			case START_OBJECT: {
				Map<String, Object> map = new LinkedHashMap<>();
				String name;
				while ((name = parser.nextName()) != null) {
					map.put(name, readValue(parser, parser.nextToken(), depth + 1));
				}
				return map;
			}
			case START_ARRAY: {
				List<Object> list = new ArrayList<>();
				JsonToken next;
				while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
					list.add(readValue(parser, next, depth + 1));
				}
				return list;
			}
			case VALUE_STRING:
				return parser.getString();
			case VALUE_NUMBER_INT:
				return switch (parser.getNumberType()) {
					case INT -> parser.getIntValue();
					case LONG -> parser.getLongValue();
					default -> parser.getBigIntegerValue();
				};
			case VALUE_NUMBER_FLOAT:
				return parser.getDoubleValue();
			case VALUE_TRUE:
				return Boolean.TRUE;
			case VALUE_FALSE:
				return Boolean.FALSE;
			case VALUE_NULL:
				return null;
			default:
				throw new IllegalArgumentException("Unexpected JSON token " + token);
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

}
