package io.github.esdsl.document;

import io.github.esdsl.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies and a strict deep merge of JSON-like map trees.
 */
final class MapTrees {

	private MapTrees() {
	}

	static Map<String, Object> copy(Map<String, ?> map) {
		return Json.copy(map);
	}


	/**
	 * Merges {@code source} into {@code target} as Python's {@code merge(..., raise_on_conflict=True)}:
	 * objects merge key by key, other values must be equal.
	 */
	@SuppressWarnings("unchecked")
	static void merge(Map<String, Object> target, Map<String, ?> source, String path) {
		source.forEach((key, value) -> {
			Object existing = target.get(key);
			String at = path.isEmpty() ? key : path + "." + key;
			if (existing instanceof Map<?, ?> existingMap && value instanceof Map<?, ?> valueMap) {
				merge((Map<String, Object>) existingMap, (Map<String, ?>) valueMap, at);
			}
			else if (target.containsKey(key) && !java.util.Objects.equals(existing, value)) {
				throw new IllegalArgumentException("Conflicting mapping at '" + readable(at) + "': " + existing + " and "
						+ value);
			}
			else {
				target.put(key, Json.deepCopy(value));
			}
		});
	}

	/** Turns {@code properties.comments.properties.author.type} into {@code comments.author (type)}. */
	private static String readable(String path) {
		String[] parts = path.split("\\.");
		StringBuilder field = new StringBuilder();
		String option = null;
		for (int i = 0; i < parts.length; i++) {
			if ((parts[i].equals("properties") || parts[i].equals("fields")) && i + 1 < parts.length) {
				field.append(field.isEmpty() ? "" : ".").append(parts[++i]);
			}
			else {
				option = String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length));
				break;
			}
		}
		if (field.isEmpty()) {
			return path;
		}
		return "field " + field + ((option != null) ? " (" + option + ")" : "");
	}

}
