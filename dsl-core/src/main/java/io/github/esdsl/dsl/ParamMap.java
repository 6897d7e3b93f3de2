package io.github.esdsl.dsl;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A mutable, insertion-ordered map on two arrays, for the few parameters of a DSL value: what
 * {@link ParamMaps#of} returns and what {@link Frozen} edits frozen maps with. Behaves like a
 * {@code LinkedHashMap} in insertion order (null keys and values allowed, putting an existing key
 * keeps its position); lookups are linear, which suits a handful of keys.
 *
 * <p>When the arrays are full and hold frozen values, {@link Values} hands them to a
 * {@link FrozenMap} as they are ({@link #share()}); the next change of this map then copies
 * them first, so the frozen map never sees it.
 */
final class ParamMap extends AbstractMap<String, Object> {

	private static final String[] NO_KEYS = new String[0];

	private static final Object[] NO_VALUES = new Object[0];

	String[] keys;

	Object[] values;

	int size;

	/** Whether a frozen map holds the arrays, which must then be copied before a change. */
	private boolean shared;

	ParamMap(int capacity) {
		this.keys = (capacity > 0) ? new String[capacity] : NO_KEYS;
		this.values = (capacity > 0) ? new Object[capacity] : NO_VALUES;
	}

	/**
	 * Whether the arrays are exactly full, so a frozen map can take them.
	 */
	boolean isExact() {
		return this.size == this.keys.length;
	}

	/**
	 * Marks the arrays as held by a frozen map: this map copies them before its next change.
	 */
	void share() {
		this.shared = true;
	}

	private void beforeChange() {
		if (this.shared) {
			this.keys = this.keys.clone();
			this.values = this.values.clone();
			this.shared = false;
		}
	}

	/**
	 * A mutable copy of a frozen map (or of any map).
	 */
	static ParamMap copyOf(Map<String, ?> map, int extra) {
		ParamMap copy = new ParamMap(map.size() + extra);
		if (map instanceof FrozenMap frozen) {
			System.arraycopy(frozen.keys, 0, copy.keys, 0, frozen.keys.length);
			System.arraycopy(frozen.values, 0, copy.values, 0, frozen.values.length);
			copy.size = frozen.keys.length;
		}
		else {
			map.forEach(copy::put);
		}
		return copy;
	}

	int indexOf(Object key) {
		for (int i = 0; i < this.size; i++) {
			Object candidate = this.keys[i];
			if (candidate == key || (candidate != null && candidate.equals(key))) {
				return i;
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
	public Object put(String key, Object value) {
		int i = indexOf(key);
		if (i >= 0) {
			beforeChange();
			Object old = this.values[i];
			this.values[i] = value;
			return old;
		}
		if (this.size == this.keys.length) {
			int capacity = Math.max(4, this.size * 2);
			this.keys = Arrays.copyOf(this.keys, capacity);
			this.values = Arrays.copyOf(this.values, capacity);
			this.shared = false;
		}
		else {
			beforeChange();
		}
		this.keys[this.size] = key;
		this.values[this.size] = value;
		this.size++;
		return null;
	}

	@Override
	public Object remove(Object key) {
		int i = indexOf(key);
		if (i < 0) {
			return null;
		}
		Object old = this.values[i];
		removeAt(i);
		return old;
	}

	private void removeAt(int i) {
		beforeChange();
		int moved = this.size - i - 1;
		System.arraycopy(this.keys, i + 1, this.keys, i, moved);
		System.arraycopy(this.values, i + 1, this.values, i, moved);
		this.size--;
		this.keys[this.size] = null;
		this.values[this.size] = null;
	}

	@Override
	public void clear() {
		beforeChange();
		Arrays.fill(this.keys, 0, this.size, null);
		Arrays.fill(this.values, 0, this.size, null);
		this.size = 0;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public boolean isEmpty() {
		return this.size == 0;
	}

	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		for (int i = 0; i < this.size; i++) {
			action.accept(this.keys[i], this.values[i]);
		}
	}

	/**
	 * The entries as a frozen map; keys must be strings and values frozen already.
	 */
	FrozenMap toFrozen() {
		if (this.size == 0) {
			return FrozenMap.EMPTY;
		}
		return new FrozenMap(Arrays.copyOf(this.keys, this.size), Arrays.copyOf(this.values, this.size));
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Map.Entry<String, Object>> iterator() {
				return new Entries();
			}

			@Override
			public int size() {
				return ParamMap.this.size;
			}

			@Override
			public void clear() {
				ParamMap.this.clear();
			}

		};
	}

	private final class Entries implements Iterator<Map.Entry<String, Object>> {

		private int next;

		private int last = -1;

		@Override
		public boolean hasNext() {
			return this.next < ParamMap.this.size;
		}

		@Override
		public Map.Entry<String, Object> next() {
			if (this.next >= ParamMap.this.size) {
				throw new NoSuchElementException();
			}
			this.last = this.next++;
			return new Entry(this.last);
		}

		@Override
		public void remove() {
			if (this.last < 0) {
				throw new IllegalStateException("next() was not called, or remove() was called twice");
			}
			removeAt(this.last);
			this.next = this.last;
			this.last = -1;
		}

	}

	/**
	 * An entry that writes through to its position while its key is still there.
	 */
	private final class Entry extends SimpleEntry<String, Object> {

		private final int position;

		Entry(int position) {
			super(ParamMap.this.keys[position], ParamMap.this.values[position]);
			this.position = position;
		}

		@Override
		public Object setValue(Object value) {
			Object old = super.setValue(value);
			int i = (this.position < ParamMap.this.size && Objects.equals(ParamMap.this.keys[this.position], getKey()))
					? this.position : indexOf(getKey());
			if (i >= 0) {
				beforeChange();
				ParamMap.this.values[i] = value;
			}
			return old;
		}

	}

}
