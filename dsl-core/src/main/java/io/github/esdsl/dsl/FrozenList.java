package io.github.esdsl.dsl;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list whose elements are already frozen (nulls allowed); recognised by
 * {@link Values} so frozen values are never copied twice.
 */
final class FrozenList extends AbstractList<Object> implements RandomAccess {

	static final FrozenList EMPTY = new FrozenList(new Object[0]);

	final Object[] items;

	/** How many levels of JSON this list writes: 1 plus the deepest item's. */
	final int depth;

	/** How far {@link ValueWriter} got with this value: see there (a plain field, races are benign). */
	Object written;

	/**
	 * Takes ownership of the array: the caller must not keep or change it.
	 */
	FrozenList(Object[] items) {
		this.items = items;
		int deepest = 0;
		for (Object item : items) {
			deepest = Math.max(deepest, Values.depth(item));
		}
		this.depth = deepest + 1;
	}

	@Override
	public Object get(int index) {
		return this.items[index];
	}

	@Override
	public int size() {
		return this.items.length;
	}

}
