package io.github.esdsl.dsl;

import java.io.ByteArrayOutputStream;

import io.github.esdsl.json.Json;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes frozen values (DSL values, frozen maps and lists, scalars), and keeps the bytes of the
 * ones written more than once: the one place where a value is written raw.
 *
 * <p>A DSL value, frozen map or frozen list carries a write state: none (never written), written
 * once, its {@link WrittenBytes}, or not cacheable. The first write streams the value and marks
 * it; the second writes it once more into a buffer of its own and keeps those bytes; every later
 * write copies them. So values built per request cost a mark, and memory goes only to values
 * that are reused (constants: an aggregation tree, a sort, a highlight, a query), at most
 * {@link #MAX_BYTES} each; values inside a value with bytes are not written again and keep none.
 *
 * <p>Bytes are used only where they are exactly what streaming would write: in the generators
 * {@link Json#writeTo} opens (see {@link Json#takesWrittenBytes}); and only for values made of
 * frozen maps and lists, DSL values and immutable scalars: a value holding another kind of
 * object (a {@code JsonWritable} of the caller's, which may change) is never cached.
 *
 * <p>Thread safety: values are immutable, the bytes are immutable and published through a
 * final field; the state is a plain field whose races can only lose a state (the value is then
 * written in full once more), never give wrong bytes.
 */
final class ValueWriter {

	/** The largest value kept as bytes; larger ones are streamed every time. */
	static final int MAX_BYTES = 16 * 1024;

	/** The state of a value written once. */
	private static final Object ONCE = new Object();

	/** The state of a value too large or holding a value of unknown kind. */
	private static final Object NOT_CACHED = new Object();

	private ValueWriter() {
	}

	/**
	 * Writes a frozen value, walking frozen maps and lists without allocating and copying the
	 * bytes of reused ones.
	 */
	static void write(JsonGenerator generator, Object value) {
		// exact classes and an abstract class first: each is a constant-time check, where a test
		// against an interface scans the class's secondary supertypes
		if (value instanceof String text) {
			generator.writeString(text);
		}
		else if (value instanceof DslObject dsl) {
			if (dsl.isScalarLeaf()) {
				// a value of one scalar parameter ({"term": {"tag": "x"}}) streams about as fast as its
				// bytes would be copied: no state to keep (a value holding it keeps its bytes)
				dsl.writeJson(generator);
				return;
			}
			Object state = dsl.written;
			Object next = write(generator, dsl, state);
			if (next != state) {
				dsl.written = next;
			}
		}
		else if (value instanceof FrozenMap map) {
			Object state = map.written;
			Object next = write(generator, map, state);
			if (next != state) {
				map.written = next;
			}
		}
		else if (value instanceof FrozenList list) {
			Object state = list.written;
			Object next = write(generator, list, state);
			if (next != state) {
				list.written = next;
			}
		}
		else {
			// scalars (written by class first in Json.write) and values of other kinds
			if (generator.objectWriteContext() instanceof Capture capture && !Values.isImmutableScalar(value)) {
				capture.foreign = true;
			}
			Json.write(generator, value);
		}
	}

	/**
	 * Writes a DSL value, frozen map or frozen list with the given write state.
	 * @return the state to keep (the same object when it does not change)
	 */
	private static Object write(JsonGenerator generator, Object value, Object state) {
		if (state == null) {
			writeStreamed(generator, value);
			return ONCE;
		}
		if (!Json.takesWrittenBytes(generator)) {
			writeStreamed(generator, value);
			return state;
		}
		if (state instanceof WrittenBytes bytes) {
			generator.writeRawValue(bytes);
			return state;
		}
		if (state == ONCE) {
			WrittenBytes bytes = render(value);
			if (bytes != null) {
				generator.writeRawValue(bytes);
				return bytes;
			}
			writeStreamed(generator, value);
			return NOT_CACHED;
		}
		writeStreamed(generator, value);
		return state;
	}

	private static void writeStreamed(JsonGenerator generator, Object value) {
		if (value instanceof DslObject dsl) {
			dsl.writeJson(generator);
		}
		else if (value instanceof FrozenMap map) {
			generator.writeStartObject();
			String[] keys = map.keys;
			Object[] values = map.values;
			for (int i = 0; i < keys.length; i++) {
				Json.writeName(generator, keys[i]);
				write(generator, values[i]);
			}
			generator.writeEndObject();
		}
		else {
			generator.writeStartArray();
			for (Object item : ((FrozenList) value).items) {
				write(generator, item);
			}
			generator.writeEndArray();
		}
	}

	/**
	 * The value streamed into a buffer by a generator of the same factory and settings as
	 * {@link Json#writeTo}'s (so the same bytes) that takes no written bytes (so values inside
	 * keep none of their own).
	 * @return the bytes, or {@code null} when the value is too large or not made of frozen values
	 */
	private static WrittenBytes render(Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		Capture capture = new Capture();
		try (JsonGenerator generator = Json.factory().createGenerator(capture, out)) {
			writeStreamed(generator, value);
		}
		if (capture.foreign || out.size() > MAX_BYTES) {
			return null;
		}
		return new WrittenBytes(out.toByteArray());
	}

	/**
	 * The default settings, plus whether the value written holds an object of unknown kind.
	 */
	private static final class Capture extends ObjectWriteContext.Base {

		private boolean foreign;

	}

}
