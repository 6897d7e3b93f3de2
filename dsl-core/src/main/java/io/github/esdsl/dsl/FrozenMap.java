package io.github.esdsl.dsl;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable, insertion-ordered map whose values are already frozen; recognised by
 * {@link Values} so frozen values are never copied twice.
 *
 * <p>Two parallel arrays and nothing else: small maps (almost every DSL value has one to three
 * parameters) are searched linearly, larger ones through a hash index built with the map. A
 * changed copy shares the key array (and index) when only a value changes.
 */
final class FrozenMap extends AbstractMap<String, Object> {

	static final FrozenMap EMPTY = new FrozenMap(new String[0], new Object[0]);

	/** Maps with more keys than this get a hash index. */
	private static final int LINEAR = 8;

	/** The keys in order, unique; never changed after construction. */
	final String[] keys;

	/** The values in key order; never changed after construction. */
	final Object[] values;

	/** Open-addressing table of key positions plus one, or {@code null} for small maps. */
	private final int[] index;

	private Set<Map.Entry<String, Object>> entries;

	private Set<String> keySet;

	/** How many levels of JSON this map writes: 1 plus the deepest value's. */
	final int depth;

	/**
	 * One bit per key of a small map (the low five bits of its hash), so that looking up an
	 * absent key, the common case ({@code "meta"}, {@code "aggs"}, a clause list not set yet),
	 * mostly ends without comparing strings.
	 */
	private final int keyBits;

	/** How far {@link ValueWriter} got with this value: see there (a plain field, races are benign). */
	Object written;

	/**
	 * Takes ownership of the arrays (same length, unique keys): the caller must not keep or
	 * change them.
	 */
	FrozenMap(String[] keys, Object[] values) {
		this(keys, values, (keys.length > LINEAR) ? index(keys) : null);
	}

	private FrozenMap(String[] keys, Object[] values, int[] index) {
		this.keys = keys;
		this.values = values;
		this.index = index;
		int deepest = 0;
		for (Object value : values) {
			deepest = Math.max(deepest, Values.depth(value));
		}
		this.depth = deepest + 1;
		int bits = 0;
		if (index == null) {
			for (String key : keys) {
				if (key == null) {
					bits = -1;
					break;
				}
				bits |= 1 << key.hashCode();
			}
		}
		this.keyBits = bits;
	}

	/**
	 * A map with the same keys as this one and other values: the key array and index are shared.
	 */
	FrozenMap withValues(Object[] values) {
		return new FrozenMap(this.keys, values, this.index);
	}

	private static int[] index(String[] keys) {
		int[] table = new int[Integer.highestOneBit(keys.length * 2 - 1) << 1];
		int mask = table.length - 1;
		for (int i = 0; i < keys.length; i++) {
			int slot = hash(keys[i]) & mask;
			while (table[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			table[slot] = i + 1;
		}
		return table;
	}

	private static int hash(Object key) {
		int h = (key != null) ? key.hashCode() : 0;
		return h ^ (h >>> 16);
	}

	/**
	 * The position of a key.
	 * @return the index, or -1 when absent
	 */
	int indexOf(Object key) {
		String[] keys = this.keys;
		if (this.index == null) {
			if (key instanceof String text) {
				if ((this.keyBits & (1 << text.hashCode())) == 0) {
					// no key has the hash bits of this one
					return -1;
				}
			}
			else if (this.keyBits != -1) {
				// neither a string nor null in a map with a null key
				return -1;
			}
			// keys are mostly literals looked up by the same literal: identity first
			for (int i = 0; i < keys.length; i++) {
				if (keys[i] == key) {
					return i;
				}
			}
			if (key != null) {
				for (int i = 0; i < keys.length; i++) {
					if (key.equals(keys[i])) {
						return i;
					}
				}
			}
			return -1;
		}
		int[] table = this.index;
		int mask = table.length - 1;
		for (int slot = hash(key) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
			String candidate = keys[table[slot] - 1];
			if (candidate == key || (candidate != null && candidate.equals(key))) {
				return table[slot] - 1;
			}
		}
		return -1;
	}

	@Override
	public Object get(Object key) {
		int i = indexOf(key);
		return (i >= 0) ? this.values[i] : null;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public int size() {
		return this.keys.length;
	}

	@Override
	public boolean isEmpty() {
		return this.keys.length == 0;
	}

	/**
	 * Walks the key and value arrays: no iterator and no entry per key.
	 */
	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		for (int i = 0; i < this.keys.length; i++) {
			action.accept(this.keys[i], this.values[i]);
		}
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		// created on first use (most maps are only written, which walks the arrays); a race
		// creates an equal view twice, which is harmless
		Set<Map.Entry<String, Object>> result = this.entries;
		if (result == null) {
			result = new Entries();
			this.entries = result;
		}
		return result;
	}

	@Override
	public Set<String> keySet() {
		// created on first use, like the entries
		Set<String> result = this.keySet;
		if (result == null) {
			result = new Keys();
			this.keySet = result;
		}
		return result;
	}

	private final class Keys extends AbstractSet<String> {

		@Override
		public Iterator<String> iterator() {
			return new Walk<>((i) -> FrozenMap.this.keys[i]);
		}

		@Override
		public boolean contains(Object key) {
			return containsKey(key);
		}

		@Override
		public int size() {
			return FrozenMap.this.keys.length;
		}

	}

	@Override
	public Collection<Object> values() {
		return new AbstractCollection<>() {

			@Override
			public Iterator<Object> iterator() {
				return new Walk<>((i) -> FrozenMap.this.values[i]);
			}

			@Override
			public int size() {
				return FrozenMap.this.values.length;
			}

		};
	}

	@Override
	public boolean equals(Object other) {
		if (other == this) {
			return true;
		}
		if (!(other instanceof FrozenMap that)) {
			return super.equals(other);
		}
		if (that.keys.length != this.keys.length) {
			return false;
		}
		for (int i = 0; i < this.keys.length; i++) {
			int j = (that.keys == this.keys) ? i : that.indexOf(this.keys[i]);
			if (j < 0 || !java.util.Objects.equals(this.values[i], that.values[j])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The {@link Map#hashCode()} of the entries, without creating them.
	 */
	@Override
	public int hashCode() {
		int result = 0;
		for (int i = 0; i < this.keys.length; i++) {
			result += java.util.Objects.hashCode(this.keys[i]) ^ java.util.Objects.hashCode(this.values[i]);
		}
		return result;
	}

	private final class Entries extends AbstractSet<Map.Entry<String, Object>> {

		@Override
		public Iterator<Map.Entry<String, Object>> iterator() {
			return new Walk<>((i) -> new SimpleImmutableEntry<>(FrozenMap.this.keys[i], FrozenMap.this.values[i]));
		}

		@Override
		public int size() {
			return FrozenMap.this.keys.length;
		}

	}

	private final class Walk<E> implements Iterator<E> {

		private final java.util.function.IntFunction<E> at;

		private int next;

		Walk(java.util.function.IntFunction<E> at) {
			this.at = at;
		}

		@Override
		public boolean hasNext() {
			return this.next < FrozenMap.this.keys.length;
		}

		@Override
		public E next() {
			if (this.next >= FrozenMap.this.keys.length) {
				throw new NoSuchElementException();
			}
			return this.at.apply(this.next++);
		}

	}

}
