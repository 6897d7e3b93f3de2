package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Python's {@code script_fields(**fields)}: merged by name, a string being shorthand for
 * {@code {"script": "..."}}; a {@code null} value removes a field.
 */
final class ScriptFields {

	private ScriptFields() {
	}

	static Map<String, Object> merge(Map<String, Object> current, Map<String, ?> fields) {
		if (fields == null || fields.isEmpty()) {
			return current;
		}
		Map<String, Object> changes = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : fields.entrySet()) {
			Object value = entry.getValue();
			changes.put(entry.getKey(), (value instanceof CharSequence script) ? Map.of("script", script.toString()) : value);
		}
		try {
			return Frozen.merge(current, changes);
		}
		catch (InvalidDslException ex) {
			throw ex.within("script_fields");
		}
	}

}
