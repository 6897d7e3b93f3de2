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

	/**
	 * Takes ownership of the map: the caller must not keep or change it.
	 */
	FrozenMap(LinkedHashMap<String, Object> map) {
		this.map = map;
	}

	@Override
	public Set<Map.Entry<String, Object>> entrySet() {
		// created on first use (most maps are only written, through forEach); a race creates an
		// equal view twice, which is harmless
		Set<Map.Entry<String, Object>> result = this.entries;
		if (result == null) {
			result = Collections.unmodifiableMap(this.map).entrySet();
			this.entries = result;
		}
		return result;
	}

	@Override
	public Object get(Object key) {
		return this.map.get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return this.map.containsKey(key);
	}

	/**
	 * Walks the backing map directly: no iterator and no read-only entry wrapper per key.
	 */
	@Override
	public void forEach(BiConsumer<? super String, ? super Object> action) {
		this.map.forEach(action);
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
