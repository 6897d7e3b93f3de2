package io.github.esdsl.dsl;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable, insertion-ordered map whose values are already frozen; recognised by
 * {@link Values} so frozen values are never copied twice.
 */
final class FrozenMap extends AbstractMap<String, Object> {

	static final FrozenMap EMPTY = new FrozenMap(new LinkedHashMap<>(0));

	private final LinkedHashMap<String, Object> map;

	private Set<Map.Entry<String, Object>> entries;

	/** The keys in order, for iteration without allocating entries. */
	final String[] keys;

	/** The values in key order. */
	final Object[] values;

	/** How many levels of JSON this map writes: 1 plus the deepest value's. */
	final int depth;

	/**
	 * Takes ownership of the map: the caller must not keep or change it.
	 */
	FrozenMap(LinkedHashMap<String, Object> map) {
		this.map = map;
		this.keys = new String[map.size()];
		this.values = new Object[map.size()];
		int i = 0;
		int deepest = 0;
		for (Map.Entry<String, Object> entry : map.entrySet()) {
			this.keys[i] = entry.getKey();
			this.values[i] = entry.getValue();
			deepest = Math.max(deepest, Values.depth(this.values[i]));
			i++;
		}
		this.depth = deepest + 1;
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		// created on first use (most maps are only written, which walks the arrays); a race
		// creates an equal view twice, which is harmless
		Set<Map.Entry<String, Object>> result = this.entries;
		if (result == null) {
			result = Collections.unmodifiableMap(this.map).entrySet();
			this.entries = result;
		}
		return result;
	}

	/**
	 * Walks the key and value arrays: no iterator and no read-only entry wrapper per key.
	 */
	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		for (int i = 0; i < this.keys.length; i++) {
			action.accept(this.keys[i], this.values[i]);
		}
	}

	@Override
	public Object get(Object key) {
		return this.map.get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return this.map.containsKey(key);
	}

	@Override
	public int size() {
		return this.map.size();
	}

	@Override
	public boolean isEmpty() {
		return this.map.isEmpty();
	}

}
