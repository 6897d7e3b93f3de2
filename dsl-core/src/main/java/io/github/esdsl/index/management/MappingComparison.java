package io.github.esdsl.index.management;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the mapping a document class asks for with a mapping found in the cluster, field by
 * field: each field's own definition (its type and options, without sub-fields) by dotted path.
 * Scalars are compared as text, because Elasticsearch may echo {@code true} as {@code "true"}.
 */
final class MappingComparison {

	private final Map<String, Object> wanted;

	private final Map<String, Object> found;

	private MappingComparison(Map<String, Object> wanted, Map<String, Object> found) {
		this.wanted = wanted;
		this.found = found;
	}

	static MappingComparison of(Map<String, ?> wantedMapping, Map<String, ?> foundMapping) {
		return new MappingComparison(fields(wantedMapping), fields(foundMapping));
	}

	/**
	 * The fields defined in both, but differently: an option the document class declares has
	 * another value in the cluster. Options only the cluster shows are the defaults Elasticsearch
	 * fills in (a completion field's {@code analyzer}, {@code max_input_length}, …) and are no
	 * conflict.
	 * @return path to {wanted, found}
	 */
	Map<String, Object[]> conflicts() {
		Map<String, Object[]> conflicts = new LinkedHashMap<>();
		this.wanted.forEach((path, definition) -> {
			Object other = this.found.get(path);
			if (other != null && declaredOptionDiffers(definition, other)) {
				conflicts.put(path, new Object[] { definition, other });
			}
		});
		return conflicts;
	}

	@SuppressWarnings("unchecked")
	private static boolean declaredOptionDiffers(Object wanted, Object found) {
		if (!(wanted instanceof Map<?, ?> declared) || !(found instanceof Map<?, ?> actual)) {
			return !wanted.equals(found);
		}
		for (Map.Entry<String, Object> option : ((Map<String, Object>) declared).entrySet()) {
			if (!java.util.Objects.equals(option.getValue(), actual.get(option.getKey()))) {
				return true;
			}
		}
		return false;
	}

	/** @return the fields wanted but not found (not those whose parent is missing already) */
	Map<String, Object> missing() {
		Map<String, Object> missing = new LinkedHashMap<>();
		this.wanted.forEach((path, definition) -> {
			if (!this.found.containsKey(path) && !parentMissing(path, missing)) {
				missing.put(path, definition);
			}
		});
		return missing;
	}

	boolean isSame() {
		return conflicts().isEmpty() && missing().isEmpty();
	}

	private static boolean parentMissing(String path, Map<String, Object> missing) {
		for (String parent : missing.keySet()) {
			if (path.startsWith(parent + ".")) {
				return true;
			}
		}
		return false;
	}

	static Map<String, Object> fields(Map<String, ?> mapping) {
		Map<String, Object> fields = new TreeMap<>();
		if (mapping != null) {
			Map<String, ?> unwrapped = unwrapType(mapping);
			collect("", unwrapped.get("properties"), fields);
		}
		return fields;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> unwrapType(Map<String, ?> mapping) {
		if (mapping.size() == 1 && mapping.get("_doc") instanceof Map<?, ?> inner) {
			return (Map<String, ?>) inner;
		}
		return mapping;
	}

	@SuppressWarnings("unchecked")
	private static void collect(String prefix, Object properties, Map<String, Object> fields) {
		if (!(properties instanceof Map<?, ?> map)) {
			return;
		}
		((Map<String, Object>) map).forEach((name, value) -> {
			if (!(value instanceof Map<?, ?> definition)) {
				return;
			}
			String path = prefix + name;
			Map<String, Object> own = new TreeMap<>();
			((Map<String, Object>) definition).forEach((key, option) -> {
				if (!"properties".equals(key) && !"fields".equals(key)) {
					own.put(key, normalize(option));
				}
			});
			own.putIfAbsent("type", "object");
			fields.put(path, own);
			collect(path + ".", definition.get("properties"), fields);
			collect(path + ".", definition.get("fields"), fields);
		});
	}

	/**
	 * A value with every scalar as text and every map sorted, so that equal mappings compare equal.
	 * @param value a JSON value
	 * @return the normalized value
	 */
	@SuppressWarnings("unchecked")
	static Object normalize(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> sorted = new TreeMap<>();
			((Map<String, Object>) map).forEach((key, item) -> sorted.put(key, normalize(item)));
			return sorted;
		}
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>();
			list.forEach((item) -> items.add(normalize(item)));
			return items;
		}
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Index settings as flat {@code index.*} keys with text values, as Elasticsearch returns them.
	 * @param settings nested or dotted settings
	 * @return the flat settings
	 */
	static Map<String, Object> flatSettings(Map<String, ?> settings) {
		Map<String, Object> flat = new TreeMap<>();
		flatten("", settings, flat);
		Map<String, Object> prefixed = new TreeMap<>();
		flat.forEach((key, value) -> prefixed.put(key.startsWith("index.") ? key : "index." + key, value));
		return prefixed;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Object value, Map<String, Object> flat) {
		if (value instanceof Map<?, ?> map) {
			((Map<String, Object>) map).forEach((key, item) -> flatten(prefix + key + ".", item, flat));
		}
		else if (value != null) {
			flat.put(prefix.substring(0, prefix.length() - 1), normalize(value));
		}
	}

}
