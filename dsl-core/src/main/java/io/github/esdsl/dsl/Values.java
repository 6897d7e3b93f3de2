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

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.json.JsonWritable;

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
		if (params instanceof FrozenMap frozen) {
			// untyped values of a frozen map are frozen already; typed ones are checked, and a
			// map whose typed values are parsed already is kept as it is
			if (spec.isEmpty() || isParsed(frozen, spec)) {
				return frozen;
			}
		}
		if (params.isEmpty()) {
			return FrozenMap.EMPTY;
		}
		if (params instanceof ParamMap map && map.isExact()) {
			FrozenMap adopted = adopt(owner, map, spec, -1, true);
			if (adopted != null) {
				return adopted;
			}
		}
		Collector out = new Collector(params.size());
		if (params instanceof ParamMap map) {
			for (int i = 0; i < map.size; i++) {
				param(out, owner, map.keys[i], map.values[i], spec);
			}
		}
		else {
			for (Map.Entry<?, ?> entry : params.entrySet()) {
				param(out, owner, entry.getKey(), entry.getValue(), spec);
			}
		}
		return out.toFrozen();
	}

	/**
	 * The entries of a full parameter map as a frozen map on the same key array (and the same
	 * value array when every value was frozen already), the parameter map copying its arrays
	 * before its next change.
	 * @param depth the depth of a nested raw map, or -1 for the parameters of a DSL value
	 * @return the frozen map, or {@code null} when an entry must be dropped (an empty typed
	 * container), which the copying path does
	 */
	private static FrozenMap adopt(String owner, ParamMap map, ParamSpec spec, int depth, boolean dslAsMap) {
		String[] keys = map.keys;
		Object[] values = map.values;
		Object[] changed = null;
		for (int i = 0; i < keys.length; i++) {
			String key = key(keys[i], (depth < 0) ? owner : "map");
			ParamSpec.Def def = spec.def(key);
			Object value;
			try {
				value = (def != null) ? typed(def, values[i]) : freeze(values[i], depth + 1, dslAsMap);
			}
			catch (InvalidDslException ex) {
				throw ex.within(key);
			}
			if (def != null && isEmptyContainer(value)) {
				return null;
			}
			if (value != values[i]) {
				if (changed == null) {
					changed = values.clone();
				}
				changed[i] = value;
			}
		}
		map.share();
		return new FrozenMap(keys, (changed != null) ? changed : values);
	}

	private static void param(Collector out, String owner, Object rawKey, Object raw, ParamSpec spec) {
		String key = key(rawKey, owner);
		ParamSpec.Def def = spec.def(key);
		try {
			Object value = (def != null) ? typed(def, raw) : freeze(raw, 0, true);
			if (def == null || !isEmptyContainer(value)) {
				out.put(key, value, rawKey != key);
			}
		}
		catch (InvalidDslException ex) {
			throw ex.within(key);
		}
	}

	/**
	 * Whether the typed values of a frozen map are DSL values already (parsing them again would
	 * give the same objects) and none is an empty container to drop.
	 */
	private static boolean isParsed(FrozenMap frozen, ParamSpec spec) {
		String[] keys = frozen.keys;
		Object[] values = frozen.values;
		for (int i = 0; i < keys.length; i++) {
			ParamSpec.Def def = spec.def(keys[i]);
			if (def != null && !isParsed(def, values[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isParsed(ParamSpec.Def def, Object value) {
		return switch (def.shape()) {
			case ONE -> isParsedItem(def, value);
			case LIST -> value instanceof FrozenList list && list.items.length > 0 && allParsed(def, list.items);
			case MAP -> value instanceof FrozenMap map && map.values.length > 0 && allParsed(def, map.values);
			case LIST_OF_MAPS -> false;
		};
	}

	private static boolean allParsed(ParamSpec.Def def, Object[] items) {
		for (Object item : items) {
			if (!isParsedItem(def, item)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isParsedItem(ParamSpec.Def def, Object item) {
		try {
			return item instanceof DslObject && def.parser().apply(item) == item;
		}
		catch (InvalidDslException ex) {
			// parsed again on the full path, which says where
			return false;
		}
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
		if (!ofMaps && value instanceof FrozenList frozen && allParsed(def, frozen.items)) {
			return frozen;
		}
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
		if (map instanceof FrozenMap frozen && allParsed(def, frozen.values)) {
			return frozen;
		}
		Collector out = new Collector(map.size());
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String key = key(entry.getKey(), "map");
			try {
				out.put(key, parse(def, entry.getValue()), entry.getKey() != key);
			}
			catch (InvalidDslException ex) {
				throw ex.within(key);
			}
		}
		return out.toFrozen();
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
	 * Whether a value is frozen already: a frozen map or list, a DSL value, or an immutable scalar.
	 */
	static boolean isFrozen(Object value) {
		return value instanceof String || value instanceof FrozenList || value instanceof FrozenMap
				|| value instanceof DslObject || isImmutableScalar(value);
	}

	/**
	 * Whether a value is one of the immutable scalars a frozen value may hold (or null), by class.
	 */
	static boolean isImmutableScalar(Object value) {
		return value == null || value instanceof String || value instanceof Integer || value instanceof Boolean
				|| value instanceof Long || value instanceof Double || value instanceof Float || value instanceof Short
				|| value instanceof Byte || value instanceof BigDecimal || value instanceof BigInteger;
	}

	/**
	 * Whether instances of a class are JSON-writable, kept per class: a failing {@code instanceof}
	 * test against an interface scans the class's interfaces (about 20 ns for a map on JDK 17),
	 * a lookup here costs a few.
	 */
	private static final ClassValue<Boolean> WRITABLE = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			return JsonWritable.class.isAssignableFrom(type);
		}

	};

	static boolean isWritable(Object value) {
		return WRITABLE.get(value.getClass());
	}

	/**
	 * How many levels of JSON a frozen value writes: 0 for a scalar, 1 for an empty map.
	 */
	static int depth(Object value) {
		// DSL values and scalars by class first: a failing interface test (below) scans the class's interfaces,
		// which costs about 20 ns for a String on JDK 17
		if (value instanceof DslObject dsl) {
			return dsl.depth();
		}
		if (value instanceof String) {
			return 0;
		}
		if (value instanceof FrozenList list) {
			return list.depth;
		}
		if (value instanceof FrozenMap map) {
			return map.depth;
		}
		if (isImmutableScalar(value)) {
			return 0;
		}
		return (value instanceof JsonWritable || value instanceof Map || value instanceof Collection) ? 1 : 0;
	}

	/**
	 * Freezes a raw value: a DSL value found inside is held as its map, as parsing the value back
	 * would give (equal by content, not by class).
	 */
	static Object freeze(Object value, int depth) {
		return freeze(value, depth, true);
	}

	/**
	 * Freezes a map the DSL builds itself (such as named aggregations), keeping its DSL values as
	 * they are.
	 */
	static Object freezeKeepingDsl(Map<String, ?> map) {
		return freeze(map, 0, false);
	}

	/**
	 * @param dslAsMap whether a DSL value found inside is held as its map (raw values) or kept
	 */
	private static Object freeze(Object value, int depth, boolean dslAsMap) {
		// exact classes first (constant-time checks), interfaces last
		if (isImmutableScalar(value) || value instanceof FrozenMap || value instanceof FrozenList
				|| (isWritable(value) && !(dslAsMap && value instanceof DslObject))) {
			return value;
		}
		if (depth >= DslObject.MAX_DEPTH) {
			throw new InvalidDslException("Values nested deeper than " + DslObject.MAX_DEPTH + " levels are refused");
		}
		if (value instanceof DslObject dsl) {
			return freeze(dsl.toMap(), depth, true);
		}
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				return FrozenMap.EMPTY;
			}
			if (map instanceof ParamMap params && params.isExact()) {
				return adopt("map", params, ParamSpec.none(), depth, dslAsMap);
			}
			Collector out = new Collector(map.size());
			if (map instanceof ParamMap params) {
				for (int i = 0; i < params.size; i++) {
					freezeEntry(out, params.keys[i], params.values[i], depth, dslAsMap);
				}
			}
			else {
				// forEach walks most maps without an iterator or an entry per key
				map.forEach((key, item) -> freezeEntry(out, key, item, depth, dslAsMap));
			}
			return out.toFrozen();
		}
		Collection<?> items = asCollection(value);
		if (items != null) {
			Object[] out = new Object[items.size()];
			int i = 0;
			for (Object item : items) {
				try {
					out[i] = freeze(item, depth + 1, dslAsMap);
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

	private static void freezeEntry(Collector out, Object rawKey, Object raw, int depth, boolean dslAsMap) {
		String key = key(rawKey, "map");
		try {
			out.put(key, freeze(raw, depth + 1, dslAsMap), rawKey != key);
		}
		catch (InvalidDslException ex) {
			throw ex.within(key);
		}
	}

	private static Object scalar(Object value) {
		if (value instanceof FieldRef field) {
			return field.path();
		}
		if (value instanceof CharSequence || value instanceof Character || value instanceof UUID) {
			return value.toString();
		}
		if (value instanceof io.github.esdsl.types.JsonEnum constant) {
			return constant.jsonValue();
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
		// frozen containers and DSL values by class first (a failing interface test is slow)
		if (value instanceof FrozenList list) {
			return list.items.length == 0;
		}
		if (value instanceof FrozenMap map) {
			return map.keys.length == 0;
		}
		if (value instanceof DslObject) {
			return false;
		}
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

	/**
	 * Collects frozen entries into the arrays of a {@link FrozenMap}. Keys given as strings are
	 * unique already (they come from a map); keys converted from other character sequences may
	 * repeat one, and then replace its value in place, as a {@code LinkedHashMap} would.
	 */
	static final class Collector {

		private final String[] keys;

		private final Object[] values;

		private int size;

		private boolean converted;

		Collector(int capacity) {
			this.keys = new String[capacity];
			this.values = new Object[capacity];
		}

		void put(String key, Object value, boolean convertedKey) {
			this.converted |= convertedKey;
			if (this.converted) {
				for (int i = 0; i < this.size; i++) {
					if (this.keys[i].equals(key)) {
						this.values[i] = value;
						return;
					}
				}
			}
			this.keys[this.size] = key;
			this.values[this.size] = value;
			this.size++;
		}

		FrozenMap toFrozen() {
			if (this.size == 0) {
				return FrozenMap.EMPTY;
			}
			if (this.size == this.keys.length) {
				return new FrozenMap(this.keys, this.values);
			}
			return new FrozenMap(java.util.Arrays.copyOf(this.keys, this.size), java.util.Arrays.copyOf(this.values, this.size));
		}

	}

	static int capacity(int size) {
		return (int) (size / 0.75f) + 1;
	}

}
