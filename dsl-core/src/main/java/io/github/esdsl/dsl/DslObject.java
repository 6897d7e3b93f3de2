package io.github.esdsl.dsl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;
import tools.jackson.core.JsonGenerator;

/**
 * The base of every DSL value (queries, aggregations, score functions, …): an immutable name
 * plus ordered parameters, serialized as {@code {"name": {params}}}, like the Python DSL's
 * {@code DslBase}.
 *
 * <p>Parameters named in the subclass's {@link ParamSpec} hold DSL values: whatever is given for
 * them (DSL objects or raw maps) is parsed into DSL objects, a single value for a list parameter
 * becomes a one-element list, and empty lists and maps are dropped. All other parameters are
 * deep-copied into immutable maps and lists; dates and times become ISO-8601 strings, enums their
 * name. So a value never changes after construction and can be shared between threads.
 *
 * <p>{@link #writeJson(JsonGenerator)} streams the value without building {@link #toMap()}.
 * Subclasses with another layout (e.g. an aggregation's {@code aggs} and {@code meta} beside the
 * type key) override both, using {@link #writeParams(JsonGenerator, Predicate)} and
 * {@link #paramsToMap(Predicate)}.
 */
public abstract class DslObject implements JsonWritable {

	/** How deeply DSL values (and raw maps and lists inside them) may nest. */
	public static final int MAX_DEPTH = Json.MAX_DEPTH;

	private static final Predicate<String> ALL = (key) -> true;

	/** The most appended parameters a copy refers back through before it makes its own map. */
	private static final int MAX_APPENDED = 8;

	/** Marks an absent parameter in lookups. */
	private static final Object ABSENT = new Object();

	private final String name;

	/**
	 * The parameters, or {@code null} for a value created with its one parameter in
	 * {@link #key}/{@link #value}, or for a copy that appended {@link #key}/{@link #value} to the
	 * parameters of {@link #base}.
	 */
	private final FrozenMap params;

	/** The one parameter's name, or the name of the parameter appended to {@link #base}'s. */
	private final String key;

	/** The one (or appended) parameter's frozen value. */
	private final Object value;

	/**
	 * For a copy that appended a parameter its base had not ({@code bool} with its first
	 * {@code must} clauses, an aggregation given sub-aggregations), the value it was copied
	 * from, whose parameters come first; else {@code null}. Such copies make no map: lookups and
	 * writing walk back through the bases, a map is made when asked for ({@link #params()},
	 * equality). Each key occurs once on the way back and there are at most
	 * 8 steps, so nothing superseded is kept.
	 */
	private final DslObject base;

	/** The parameters as a map when they are not held as one, made when asked for (a plain field: a race makes an equal map twice). */
	private FrozenMap asMap;

	private final int depth;

	private int hash;

	/** How far {@link ValueWriter} got with this value: see there (a plain field, races are benign). */
	Object written;

	/**
	 * Creates a value, freezing and parsing the parameters.
	 * @param name the type name, e.g. {@code "match"}
	 * @param params the parameters in order (not kept: copied)
	 * @param spec which parameters hold DSL values
	 * @throws InvalidDslException if a parameter has an unsupported type or a typed parameter
	 * cannot be parsed
	 */
	protected DslObject(String name, Map<String, ?> params, ParamSpec spec) {
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException("A DSL value needs a non-empty name");
		}
		this.name = name;
		try {
			this.params = Values.params(name, params, spec);
		}
		catch (InvalidDslException ex) {
			throw ex.within(name);
		}
		this.key = null;
		this.value = null;
		this.base = null;
		this.depth = checkedDepth(this.params.depth + 1, name);
	}

	/**
	 * Creates a value with one parameter, freezing its value: {@code {"name": {key: value}}},
	 * such as {@code {"term": {"tag": "python"}}}. Cheaper to create, hold and write than a
	 * parameter map; equal to the same value created from a map.
	 * @param name the type name, e.g. {@code "term"}
	 * @param key the parameter name, e.g. a field name
	 * @param value the raw value (frozen here); not a DSL value's typed parameter
	 * @throws InvalidDslException if the value has an unsupported type or nests too deeply
	 */
	protected DslObject(String name, String key, Object value) {
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException("A DSL value needs a non-empty name");
		}
		if (key == null) {
			throw new InvalidDslException("Parameter names must be strings but got null").within(name);
		}
		this.name = name;
		this.params = null;
		this.key = key;
		this.base = null;
		try {
			this.value = Values.freeze(value, 0);
		}
		catch (InvalidDslException ex) {
			throw ex.within(key).within(name);
		}
		this.depth = checkedDepth(Values.depth(this.value) + 2, name);
	}

	/**
	 * A copy of a value of the same type with one parameter put (replacing it in place, or
	 * appended), the value taken as it is: for the changed copies a DSL type makes of itself
	 * ({@code bool} with another clause, an aggregation with its sub-aggregations), which need
	 * neither the other parameters frozen nor the typed ones parsed again. A parameter the base
	 * does not have is appended without copying the base's parameters: the copy refers to the
	 * base (so keeps it reachable) for up to 8 such steps.
	 * @param base the value to copy, of the same class
	 * @param key the parameter
	 * @param value a frozen value: a DSL value (of the type the parameter's parser returns), a
	 * list from {@link Frozen#listOf} or map from {@link Frozen#dslValues} of them, or a string,
	 * boolean or number
	 * @throws IllegalArgumentException if the value is not frozen
	 * @throws InvalidDslException if the copy nests too deeply
	 */
	protected DslObject(DslObject base, String key, Object value) {
		if (base == null || key == null || !Values.isFrozen(value)) {
			throw new IllegalArgumentException("A changed copy takes a value to copy and a named, frozen value, not "
					+ ((base == null) ? "no value to copy" : key + "=" + Values.describe(value)));
		}
		this.name = base.name;
		if (base.appendedSteps() < MAX_APPENDED && base.lookup(key) == ABSENT) {
			// a new key: refer to the base instead of copying its parameters
			this.params = null;
			this.key = key;
			this.value = value;
			this.base = base;
			this.depth = checkedDepth(Math.max(base.depth, Values.depth(value) + 2), this.name);
		}
		else {
			FrozenMap from = base.ownMap();
			int i = from.indexOf(key);
			FrozenMap params;
			if (i >= 0) {
				Object[] values = from.values.clone();
				values[i] = value;
				params = from.withValues(values);
			}
			else {
				int size = from.keys.length;
				String[] keys = java.util.Arrays.copyOf(from.keys, size + 1);
				Object[] values = java.util.Arrays.copyOf(from.values, size + 1);
				keys[size] = key;
				values[size] = value;
				params = new FrozenMap(keys, values);
			}
			this.params = params;
			this.key = null;
			this.value = null;
			this.base = null;
			this.depth = checkedDepth(params.depth + 1, this.name);
		}
	}

	private static int checkedDepth(int depth, String name) {
		if (depth > MAX_DEPTH) {
			throw new InvalidDslException("Values nested deeper than " + MAX_DEPTH + " levels (of JSON) are refused")
				.within(name);
		}
		return depth;
	}

	/**
	 * The parameters as a frozen map.
	 */
	private FrozenMap frozenParams() {
		FrozenMap map = this.params;
		if (map != null) {
			return map;
		}
		map = this.asMap;
		if (map == null) {
			map = ownMap();
			this.asMap = map;
		}
		return map;
	}

	/**
	 * The parameters as a map, made anew (not kept) unless held as one.
	 */
	private FrozenMap ownMap() {
		if (this.params != null) {
			return this.params;
		}
		if (this.asMap != null) {
			return this.asMap;
		}
		DslObject root = this;
		int appended = 0;
		while (root.base != null) {
			root = root.base;
			appended++;
		}
		FrozenMap rootMap = root.params;
		int rootSize = (rootMap != null) ? rootMap.keys.length : 1;
		int size = rootSize + appended;
		String[] keys = new String[size];
		Object[] values = new Object[size];
		if (rootMap != null) {
			System.arraycopy(rootMap.keys, 0, keys, 0, rootSize);
			System.arraycopy(rootMap.values, 0, values, 0, rootSize);
		}
		else {
			keys[0] = root.key;
			values[0] = root.value;
		}
		// the appended parameters, newest last
		int i = size;
		for (DslObject step = this; step.base != null; step = step.base) {
			i--;
			keys[i] = step.key;
			values[i] = step.value;
		}
		return new FrozenMap(keys, values);
	}

	/**
	 * How many appended parameters lead back to a value holding a map or one parameter.
	 */
	private int appendedSteps() {
		int steps = 0;
		for (DslObject step = this; step.base != null; step = step.base) {
			steps++;
		}
		return steps;
	}

	/**
	 * A parameter's value, or {@link #ABSENT}.
	 */
	private Object lookup(String key) {
		DslObject step = this;
		while (step.params == null) {
			if (step.key == key || step.key.equals(key)) {
				return step.value;
			}
			step = step.base;
			if (step == null) {
				return ABSENT;
			}
		}
		int i = step.params.indexOf(key);
		return (i >= 0) ? step.params.values[i] : ABSENT;
	}

	/**
	 * How many levels of JSON this value writes ({@code {"match_all": {}}} writes 2).
	 * @return the depth, at most {@link #MAX_DEPTH}
	 */
	final int depth() {
		return this.depth;
	}

	/**
	 * Whether this value has one parameter with a scalar value, like {@code {"term": {"tag": "x"}}}.
	 */
	final boolean isScalarLeaf() {
		return this.params == null && this.base == null && this.depth == 2;
	}

	/**
	 * The type name, e.g. {@code "match"} or {@code "terms"}.
	 * @return the name
	 */
	public final String name() {
		return this.name;
	}

	/**
	 * The parameters: an unmodifiable, ordered view whose typed values are DSL objects (lists and
	 * maps of them for list and map parameters) and whose other values are immutable maps, lists
	 * and scalars.
	 * @return the parameters
	 */
	public final Map<String, Object> params() {
		return frozenParams();
	}

	/**
	 * One parameter.
	 * @param key the parameter name
	 * @return its value, or {@code null} if absent
	 */
	public final Object param(String key) {
		Object value = lookup(key);
		return (value != ABSENT) ? value : null;
	}

	/**
	 * Whether a parameter is present.
	 * @param key the parameter name
	 * @return whether it is set
	 */
	public final boolean hasParam(String key) {
		return lookup(key) != ABSENT;
	}

	/**
	 * A mutable shallow copy of the parameters, for building a changed copy of this value. Values
	 * are already frozen, so passing the copy back to a constructor is cheap.
	 * @return a new map owned by the caller
	 */
	protected final Map<String, Object> copyParams() {
		return new LinkedHashMap<>(ownMap());
	}

	/**
	 * {@inheritDoc}
	 * <p>By default {@code {"name": {params}}}.
	 */
	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>(2);
		map.put(this.name, paramsToMap(ALL));
		return map;
	}

	/**
	 * The selected parameters as a new plain map, nested DSL values converted with their
	 * {@code toMap()}.
	 * @param include which parameter names to include
	 * @return a new, mutable map
	 */
	protected final Map<String, Object> paramsToMap(Predicate<String> include) {
		FrozenMap params = ownMap();
		Map<String, Object> map = new LinkedHashMap<>(Values.capacity(params.size()));
		String[] keys = params.keys;
		Object[] values = params.values;
		for (int i = 0; i < keys.length; i++) {
			if (include.test(keys[i])) {
				map.put(keys[i], Values.plain(values[i]));
			}
		}
		return map;
	}

	/**
	 * {@inheritDoc}
	 * <p>By default {@code {"name": {params}}}, streamed.
	 */
	@Override
	public void writeJson(JsonGenerator generator) {
		generator.writeStartObject();
		Json.writeName(generator, this.name);
		writeParams(generator, ALL);
		generator.writeEndObject();
	}

	/**
	 * Writes the selected parameters as one JSON object.
	 * @param generator where to write
	 * @param include which parameter names to include
	 */
	protected final void writeParams(JsonGenerator generator, Predicate<String> include) {
		generator.writeStartObject();
		writeOwn(generator, this, include, null, null);
		generator.writeEndObject();
	}

	/**
	 * Writes the parameters other than two keys as one JSON object, then those two (when present)
	 * as properties after it, in one pass: the layout of an aggregation,
	 * {@code {params}, "aggs": {...}, "meta": {...}}.
	 * @param generator where to write, inside the object holding the parameters
	 * @param after1 the first key written after the object
	 * @param after2 the second key written after the object
	 */
	protected final void writeParamsThen(JsonGenerator generator, String after1, String after2) {
		generator.writeStartObject();
		writeOwn(generator, this, ALL, after1, after2);
		generator.writeEndObject();
		writeIfPresent(generator, after1);
		writeIfPresent(generator, after2);
	}

	private void writeIfPresent(JsonGenerator generator, String key) {
		Object value = lookup(key);
		if (value != ABSENT) {
			Json.writeName(generator, key);
			ValueWriter.write(generator, value);
		}
	}

	/**
	 * Writes the parameters of a value (its base's first) as properties, but for the two skipped
	 * keys (either may be {@code null}).
	 */
	private static void writeOwn(JsonGenerator generator, DslObject from, Predicate<String> include, String skip1,
			String skip2) {
		FrozenMap params = from.params;
		if (params == null) {
			if (from.base != null) {
				writeOwn(generator, from.base, include, skip1, skip2);
			}
			String key = from.key;
			if (!skipped(key, skip1, skip2) && (include == ALL || include.test(key))) {
				Json.writeName(generator, key);
				ValueWriter.write(generator, from.value);
			}
			return;
		}
		String[] keys = params.keys;
		Object[] values = params.values;
		for (int i = 0; i < keys.length; i++) {
			String key = keys[i];
			if (!skipped(key, skip1, skip2) && (include == ALL || include.test(key))) {
				Json.writeName(generator, key);
				ValueWriter.write(generator, values[i]);
			}
		}
	}

	private static boolean skipped(String key, String skip1, String skip2) {
		return (skip1 != null && (key == skip1 || key.equals(skip1))) || (skip2 != null && (key == skip2 || key.equals(skip2)));
	}

	/**
	 * Writes a parameter value (or any value {@link Json#write} accepts), walking this package's
	 * frozen maps and lists without allocating and copying the kept JSON of reused values (see
	 * {@link Frozen#write}).
	 * @param generator where to write
	 * @param value the value
	 */
	protected static void writeValue(JsonGenerator generator, Object value) {
		ValueWriter.write(generator, value);
	}

	/**
	 * Converts a parameter value into plain maps, lists and scalars.
	 * @param value a value from {@link #params()}
	 * @return the plain form (a new object for maps, lists and DSL values)
	 */
	protected static Object toPlain(Object value) {
		return Values.plain(value);
	}

	/**
	 * Freezes a raw value the way parameters are frozen.
	 * @param value a map, list, scalar or DSL value
	 * @return an immutable equivalent
	 * @throws InvalidDslException if the value has an unsupported type
	 */
	protected static Object freeze(Object value) {
		return Values.freeze(value, 0);
	}

	/**
	 * Equal when of the same class with the same name and parameters.
	 */
	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || other.getClass() != getClass()) {
			return false;
		}
		DslObject that = (DslObject) other;
		return this.name.equals(that.name) && frozenParams().equals(that.frozenParams());
	}

	@Override
	public int hashCode() {
		int result = this.hash;
		if (result == 0) {
			result = 31 * this.name.hashCode() + ownMap().hashCode();
			this.hash = result;
		}
		return result;
	}

	/**
	 * The value as compact JSON.
	 */
	@Override
	public String toString() {
		return toJson();
	}

}
