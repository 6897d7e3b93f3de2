package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares wanted analysis definitions with those of an existing index, as Elasticsearch returns
 * them (every scalar as text).
 */
final class AnalysisDiff {

	private AnalysisDiff() {
	}

	/** @return the {@code section/name} of every wanted definition that the index lacks or defines differently */
	static List<String> differences(Map<String, ?> wanted, Map<String, ?> existing) {
		List<String> differences = new ArrayList<>();
		wanted.forEach((section, definitions) -> {
			Map<?, ?> existingSection = (existing.get(section) instanceof Map<?, ?> map) ? map : Map.of();
			if (definitions instanceof Map<?, ?> byName) {
				byName.forEach((name, definition) -> {
					if (!normalize(definition).equals(normalize(existingSection.get(name)))) {
						differences.add(section + "/" + name);
					}
				});
			}
		});
		return differences;
	}

	private static Object normalize(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> normalized = new LinkedHashMap<>();
			map.forEach((key, item) -> normalized.put(String.valueOf(key), normalize(item)));
			return normalized;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AnalysisDiff::normalize).toList();
		}
		return (value != null) ? String.valueOf(value) : null;
	}

}
