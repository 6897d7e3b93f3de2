package io.github.esdsl.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Python's {@code collapse(field, inner_hits, max_concurrent_group_searches)}: the field first,
 * then {@code inner_hits} and {@code max_concurrent_group_searches} when given (an empty
 * {@code inner_hits} or a zero limit is left out, as in Python), then any other option.
 */
final class Collapse {

	private Collapse() {
	}

	static Map<String, Object> of(String field, Map<String, ?> options) {
		if (field == null || field.isEmpty()) {
			throw new InvalidDslException("collapse(field) needs a field name; call collapse() to remove collapsing");
		}
		Map<String, ?> opts = (options != null) ? options : Map.of();
		Map<String, Object> collapse = new LinkedHashMap<>();
		collapse.put("field", field);
		Object innerHits = opts.get("inner_hits");
		if (innerHits != null && !isEmpty(innerHits)) {
			collapse.put("inner_hits", innerHits);
		}
		Object limit = opts.get("max_concurrent_group_searches");
		if (limit != null && !(limit instanceof Number number && number.doubleValue() == 0)) {
			collapse.put("max_concurrent_group_searches", limit);
		}
		for (Map.Entry<String, ?> entry : opts.entrySet()) {
			String key = entry.getKey();
			if (!"field".equals(key) && !"inner_hits".equals(key) && !"max_concurrent_group_searches".equals(key)
					&& entry.getValue() != null) {
				collapse.put(key, entry.getValue());
			}
		}
		try {
			return Frozen.map(collapse);
		}
		catch (InvalidDslException ex) {
			throw ex.within("collapse");
		}
	}

	private static boolean isEmpty(Object value) {
		return (value instanceof Map<?, ?> map && map.isEmpty()) || (value instanceof Collection<?> items && items.isEmpty());
	}

}
