package io.github.esdsl.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;

/**
 * Immutable copies of raw request parts (maps, lists, scalars, DSL values), frozen exactly like
 * the parameters of a {@link DslObject}: ordered, deep-copied once, never copied again, so values
 * that hold them can share them between copies and threads.
 */
public final class Frozen {

	private Frozen() {
	}

	/**
	 * A deep, immutable copy of a raw value. Already frozen values and scalars are returned as
	 * they are, a DSL value as its map (as parsing the value back would give); dates and times
	 * become ISO-8601 strings and enums their name.
	 * @param raw a map, list, array, scalar, date/time or DSL value (or {@code null})
	 * @return the frozen value
	 * @throws InvalidDslException for unsupported types or nesting deeper than
	 * {@link DslObject#MAX_DEPTH}, naming where
	 */
	public static Object value(Object raw) {
		return Values.freeze(raw, 0);
	}

	/**
	 * A deep, immutable, insertion-ordered copy of a map.
	 * @param raw the map ({@code null} gives an empty map)
	 * @return the frozen map
	 * @throws InvalidDslException for non-string keys or unsupported values
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Map<String, ?> raw) {
		return (raw != null) ? (Map<String, Object>) Values.freeze(raw, 0) : FrozenMap.EMPTY;
	}

	/**
	 * An immutable, insertion-ordered copy of a map of DSL values, which are kept as they are (raw
	 * values, {@link #map(Map)}, hold a DSL value as its map form, as parsing would give).
	 * @param <V> the type of the values
	 * @param values the named DSL values
	 * @return the frozen map
	 * @throws InvalidDslException for a {@code null} key
	 */
	@SuppressWarnings("unchecked")
	public static <V extends DslObject> Map<String, V> dslValues(Map<String, V> values) {
		return (Map<String, V>) Values.freezeKeepingDsl(values);
	}

	/**
	 * An immutable, insertion-ordered map of DSL values given as two arrays, kept as they are.
	 * @param <V> the type of the values
	 * @param names the names, unique and non-null; the caller must not keep or change the array
	 * @param values DSL values of type {@code V} in the order of the names; the caller must not
	 * keep or change the array
	 * @return the frozen map
	 * @throws IllegalArgumentException if the arrays differ in length or a value is not a DSL value
	 */
	@SuppressWarnings("unchecked")
	public static <V extends DslObject> Map<String, V> dslValues(String[] names, Object[] values) {
		if (names.length != values.length || values.getClass() != Object[].class) {
			throw new IllegalArgumentException("dslValues needs as many names as values, in an Object[]");
		}
		for (int i = 0; i < values.length; i++) {
			if (!(values[i] instanceof DslObject) || names[i] == null) {
				throw new IllegalArgumentException("dslValues needs names and DSL values, not " + names[i] + "="
						+ Values.describe(values[i]));
			}
		}
		return (names.length == 0) ? (Map<String, V>) (Map<String, ?>) FrozenMap.EMPTY
				: (Map<String, V>) (Map<String, ?>) new FrozenMap(names, values);
	}

	/**
	 * Whether a map has any of some keys, walking a frozen map's keys without an iterator.
	 * @param map the map
	 * @param keys the keys to look for
	 * @return whether one of them is a key of the map
	 */
	public static boolean anyKey(Map<String, ?> map, java.util.Set<String> keys) {
		if (map instanceof FrozenMap frozen) {
			for (String key : frozen.keys) {
				if (keys.contains(key)) {
					return true;
				}
			}
			return false;
		}
		for (String key : map.keySet()) {
			if (keys.contains(key)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The empty frozen map.
	 * @return an immutable empty map
	 */
	public static Map<String, Object> emptyMap() {
		return FrozenMap.EMPTY;
	}

	/**
	 * A frozen copy of a frozen map with one entry put (replacing in place, or appended).
	 * @param frozen a map whose values are already frozen
	 * @param key the key
	 * @param value the raw value (frozen here)
	 * @return a new frozen map
	 */
	public static Map<String, Object> with(Map<String, Object> frozen, String key, Object value) {
		Object frozenValue = Values.freeze(value, 0);
		if (frozen instanceof FrozenMap map) {
			int i = map.indexOf(key);
			if (i >= 0) {
				Object[] values = map.values.clone();
				values[i] = frozenValue;
				return map.withValues(values);
			}
			int size = map.keys.length;
			String[] keys = Arrays.copyOf(map.keys, size + 1);
			Object[] values = Arrays.copyOf(map.values, size + 1);
			keys[size] = key;
			values[size] = frozenValue;
			return new FrozenMap(keys, values);
		}
		ParamMap out = ParamMap.copyOf(frozen, 1);
		out.put(key, frozenValue);
		return out.toFrozen();
	}

	/**
	 * A frozen copy of a frozen map with two entries put (each replacing in place, or appended),
	 * copied once.
	 * @param frozen a map whose values are already frozen
	 * @param key1 the first key
	 * @param value1 its raw value (frozen here)
	 * @param key2 the second key, not {@code key1}
	 * @param value2 its raw value (frozen here)
	 * @return a new frozen map
	 */
	public static Map<String, Object> with(Map<String, Object> frozen, String key1, Object value1, String key2,
			Object value2) {
		if (!(frozen instanceof FrozenMap map) || key1.equals(key2)) {
			return with(with(frozen, key1, value1), key2, value2);
		}
		Object frozen1 = Values.freeze(value1, 0);
		Object frozen2 = Values.freeze(value2, 0);
		int i1 = map.indexOf(key1);
		int i2 = map.indexOf(key2);
		int size = map.keys.length;
		int added = ((i1 < 0) ? 1 : 0) + ((i2 < 0) ? 1 : 0);
		Object[] values = Arrays.copyOf(map.values, size + added);
		if (added == 0) {
			values[i1] = frozen1;
			values[i2] = frozen2;
			return map.withValues(values);
		}
		String[] keys = Arrays.copyOf(map.keys, size + added);
		int next = size;
		if (i1 < 0) {
			i1 = next++;
			keys[i1] = key1;
		}
		if (i2 < 0) {
			i2 = next;
			keys[i2] = key2;
		}
		values[i1] = frozen1;
		values[i2] = frozen2;
		return new FrozenMap(keys, values);
	}

	/**
	 * A frozen copy of a frozen map with entries merged in; a {@code null} value removes its key.
	 * @param frozen a map whose values are already frozen
	 * @param changes the raw entries (frozen here)
	 * @return a new frozen map, or {@code frozen} itself when there is nothing to change
	 */
	public static Map<String, Object> merge(Map<String, Object> frozen, Map<String, ?> changes) {
		if (changes == null || changes.isEmpty()) {
			return frozen;
		}
		ParamMap out = ParamMap.copyOf(frozen, changes.size());
		map(changes).forEach((key, value) -> {
			if (value == null) {
				out.remove(key);
			}
			else {
				out.put(key, value);
			}
		});
		return out.toFrozen();
	}

	/**
	 * A frozen copy of a frozen map with entries put as given, {@code null} values included.
	 * @param frozen a map whose values are already frozen
	 * @param entries the raw entries (frozen here)
	 * @return a new frozen map, or {@code frozen} itself when there is nothing to add
	 */
	public static Map<String, Object> putAll(Map<String, Object> frozen, Map<String, ?> entries) {
		if (entries == null || entries.isEmpty()) {
			return frozen;
		}
		ParamMap out = ParamMap.copyOf(frozen, entries.size());
		map(entries).forEach(out::put);
		return out.toFrozen();
	}

	/**
	 * A frozen copy of a frozen map without some keys.
	 * @param frozen a map whose values are already frozen
	 * @param key the key to drop
	 * @return a new frozen map, or {@code frozen} itself when the key is absent
	 */
	public static Map<String, Object> without(Map<String, Object> frozen, String key) {
		if (!frozen.containsKey(key)) {
			return frozen;
		}
		ParamMap out = ParamMap.copyOf(frozen, 0);
		out.remove(key);
		return out.toFrozen();
	}

	/**
	 * A frozen list of already frozen items, taking ownership of the array.
	 * @param items the items; the caller must not keep or change the array
	 * @return an immutable list
	 */
	public static List<Object> listOf(Object... items) {
		return new FrozenList(items);
	}

	/**
	 * Converts a frozen (or raw) value into plain, mutable {@code LinkedHashMap}s and
	 * {@code ArrayList}s, DSL values through their {@code toMap()}.
	 * @param value the value
	 * @return the plain form (new objects for maps, lists and DSL values)
	 */
	public static Object plain(Object value) {
		return Values.plain(value);
	}

	/**
	 * Writes a frozen (or raw) value as JSON, walking frozen maps and lists without allocating.
	 * A DSL value, frozen map or frozen list written more than once keeps its JSON (up to 16 KiB)
	 * and is copied from it into the generators of {@link io.github.esdsl.json.Json#toBytes} and
	 * {@link io.github.esdsl.json.Json#writeTo}: the same bytes, written faster.
	 * @param generator where to write
	 * @param value the value
	 */
	public static void write(JsonGenerator generator, Object value) {
		ValueWriter.write(generator, value);
	}

	/**
	 * Writes the entries of a frozen (or raw) map as properties of the object being written,
	 * without its braces.
	 * @param generator where to write, inside an object
	 * @param map the map
	 */
	public static void writeEntries(JsonGenerator generator, Map<String, ?> map) {
		if (map instanceof FrozenMap frozen) {
			String[] keys = frozen.keys;
			Object[] values = frozen.values;
			for (int i = 0; i < keys.length; i++) {
				io.github.esdsl.json.Json.writeName(generator, keys[i]);
				ValueWriter.write(generator, values[i]);
			}
			return;
		}
		map.forEach((key, value) -> {
			io.github.esdsl.json.Json.writeName(generator, key);
			ValueWriter.write(generator, value);
		});
	}

	/**
	 * An immutable, insertion-ordered map of values frozen already, given as two arrays.
	 * @param keys the keys, unique and non-null; the caller must not keep or change the array
	 * @param values frozen values ({@link #value(Object)}) in the order of the keys; the caller
	 * must not keep or change the array
	 * @return the frozen map
	 * @throws IllegalArgumentException if the arrays differ in length, a key is null or repeated, or
	 * a value is not frozen
	 */
	public static Map<String, Object> mapOf(String[] keys, Object[] values) {
		if (keys.length != values.length || values.getClass() != Object[].class || keys.getClass() != String[].class) {
			throw new IllegalArgumentException("mapOf needs as many keys as values, in a String[] and an Object[]");
		}
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] == null || !Values.isFrozen(values[i])) {
				throw new IllegalArgumentException("mapOf needs keys and frozen values, not " + keys[i] + "="
						+ Values.describe(values[i]));
			}
			for (int j = 0; j < i; j++) {
				if (keys[j].equals(keys[i])) {
					throw new IllegalArgumentException("mapOf needs unique keys, but '" + keys[i] + "' repeats");
				}
			}
		}
		return (keys.length == 0) ? FrozenMap.EMPTY : new FrozenMap(keys, values);
	}

	/**
	 * How many levels of JSON a frozen value writes: 0 for a scalar, 1 for a flat map or list,
	 * a DSL value's own depth for a DSL value, at least 1 for any other JSON-writable value.
	 * @param frozen a value returned by this class or held by a DSL value
	 * @return the depth
	 */
	public static int depth(Object frozen) {
		return Values.depth(frozen);
	}

	/**
	 * A short description of a value for error messages: its type and its text, abbreviated.
	 * @param value the value
	 * @return the description
	 */
	public static String describe(Object value) {
		return Values.describe(value);
	}

}
