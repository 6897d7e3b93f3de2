package io.github.esdsl.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.document.FieldSort;
import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Python's {@code sort(*keys)}: {@code "field"} stays a string, {@code "-field"} becomes
 * {@code {"field": {"order": "desc"}}}, a map is taken as given, and {@code "-_score"} is refused
 * (Elasticsearch sorts by score descending already, ascending is not allowed). A field reference
 * is its path, {@code ref.desc()} is {@code "-path"} (the Python DSL's {@code -Post.created_at}).
 */
final class SortKeys {

	/** {@code {"order": "desc"}}, frozen once and shared by every descending key. */
	private static final Object DESC = Frozen.value(Map.of("order", "desc"));

	/**
	 * The descending keys made so far, {@code "-published"} to its frozen
	 * {@code {"published": {"order": "desc"}}}: the same few come back with every request, and a
	 * shared value is also written from its kept bytes. At most {@value #MAX_KEPT} are kept (the
	 * names may come from users); others are made each time.
	 */
	private static final Map<String, Object> DESCENDING = new ConcurrentHashMap<>();

	static final int MAX_KEPT = 256;

	private SortKeys() {
	}

	static List<Object> of(Object[] keys) {
		if (keys == null || keys.length == 0) {
			return List.of();
		}
		Object[] out = new Object[keys.length];
		for (int i = 0; i < keys.length; i++) {
			out[i] = key(keys[i], i);
		}
		return Frozen.listOf(out);
	}

	private static Object key(Object key, int position) {
		if (key instanceof String field) {
			return field(field, position);
		}
		if (key instanceof FieldRef field) {
			return key(field.path(), position);
		}
		if (key instanceof FieldSort sort) {
			return key(sort.toString(), position);
		}
		if (key instanceof CharSequence text) {
			return field(text.toString(), position);
		}
		if (key instanceof Map<?, ?> map) {
			try {
				return Frozen.value(map);
			}
			catch (InvalidDslException ex) {
				throw ex.within("sort[" + position + "]");
			}
		}
		throw new InvalidDslException("Sort key [" + position + "] is " + Frozen.describe(key)
				+ ": give a field name like \"title\", \"-title\", a field reference, or a map like {\"title\": {\"order\": \"asc\"}}");
	}

	private static Object field(String field, int position) {
		if (field.isEmpty() || field.equals("-")) {
			throw new InvalidDslException("Sort key [" + position + "] is '" + field
					+ "': give a field name like \"title\" or \"-title\" for descending order");
		}
		if (!field.startsWith("-")) {
			return field;
		}
		Object kept = DESCENDING.get(field);
		if (kept != null) {
			return kept;
		}
		Object descending = descending(field);
		if (DESCENDING.size() < MAX_KEPT) {
			DESCENDING.putIfAbsent(field, descending);
		}
		return descending;
	}

	private static Object descending(String field) {
		String name = field.substring(1);
		if (name.equals("_score")) {
			throw new InvalidDslException("Sorting by '-_score' is not allowed: hits are sorted by descending "
					+ "score already; use \"_score\" or {\"_score\": {\"order\": \"desc\"}}");
		}
		return Frozen.with(Frozen.emptyMap(), name, DESC);
	}

}
