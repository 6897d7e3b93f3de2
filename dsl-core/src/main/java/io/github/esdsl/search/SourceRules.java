package io.github.esdsl.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Python's {@code source(...)}: a field list, a single pattern, a boolean or a map replaces the
 * whole {@code _source} filter; {@code includes}/{@code excludes} given by name are merged into
 * the map form (starting a new map when the current filter is not one), and a {@code null}
 * value removes its key. An empty map is not sent.
 */
final class SourceRules {

	private SourceRules() {
	}

	static Object fields(Collection<String> fields) {
		if (fields == null) {
			return null;
		}
		int i = 0;
		for (String field : fields) {
			requireField(field, i++);
		}
		return Frozen.value(fields);
	}

	static Object merge(Object current, String key, Collection<String> fields) {
		Map<String, Object> map = (current instanceof Map<?, ?>) ? asMap(current) : Frozen.emptyMap();
		if (fields == null) {
			return Frozen.without(map, key);
		}
		int i = 0;
		for (String field : fields) {
			requireField(field, i++);
		}
		return Frozen.with(map, key, fields);
	}

	static Object replace(Map<String, ?> filter) {
		if (filter == null) {
			return null;
		}
		try {
			return Frozen.map(new LinkedHashMap<>(filter));
		}
		catch (InvalidDslException ex) {
			throw ex.within("_source");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object frozen) {
		return (Map<String, Object>) frozen;
	}

	private static void requireField(String field, int position) {
		if (field == null || field.isEmpty()) {
			throw new InvalidDslException("_source field [" + position + "] is " + ((field == null) ? "null" : "empty")
					+ ": give a field name or a wildcard pattern like \"user.*\"");
		}
	}

}
