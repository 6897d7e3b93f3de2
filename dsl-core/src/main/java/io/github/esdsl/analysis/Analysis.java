package io.github.esdsl.analysis;

import io.github.esdsl.json.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.json.JsonWritable;

/**
 * An immutable set of analysis definitions: the {@code analysis} section of index settings,
 * {@code {"analyzer": {...}, "tokenizer": {...}, "filter": {...}, "char_filter": {...},
 * "normalizer": {...}}}.
 *
 * <p>Combining is strict: the same name in the same section with two different definitions is
 * an error naming both, never a silent override. The same definition twice is fine.
 */
public final class Analysis implements JsonWritable {

	private static final Analysis EMPTY = new Analysis(Map.of());

	private final Map<String, Map<String, Map<String, Object>>> sections;

	private Analysis(Map<String, Map<String, Map<String, Object>>> sections) {
		this.sections = sections;
	}

	/**
	 * No definitions.
	 * @return the empty analysis
	 */
	public static Analysis empty() {
		return EMPTY;
	}

	/**
	 * The definitions of some components and of the custom components they use.
	 * @param components the components
	 * @return the analysis
	 */
	public static Analysis of(AnalysisComponent... components) {
		Analysis analysis = EMPTY;
		for (AnalysisComponent component : components) {
			analysis = analysis.with(component);
		}
		return analysis;
	}

	/**
	 * An analysis section as read from index settings.
	 * @param analysis a map of section to name to definition
	 * @return the analysis
	 * @throws IllegalArgumentException if a section or a definition is not a JSON object
	 */
	public static Analysis fromMap(Map<String, ?> analysis) {
		Analysis result = EMPTY;
		for (Map.Entry<String, ?> section : analysis.entrySet()) {
			if (!(section.getValue() instanceof Map<?, ?> definitions)) {
				throw new IllegalArgumentException("Analysis section '" + section.getKey()
						+ "' must be an object of name to definition, got " + section.getValue());
			}
			for (Map.Entry<?, ?> definition : definitions.entrySet()) {
				if (!(definition.getValue() instanceof Map<?, ?> body)) {
					throw new IllegalArgumentException("Definition of " + section.getKey() + " '" + definition.getKey()
							+ "' must be an object, got " + definition.getValue());
				}
				result = result.withDefinition(section.getKey(), String.valueOf(definition.getKey()), Json.copy(body));
			}
		}
		return result;
	}

	/**
	 * This analysis plus a component's definitions.
	 * @param component the component (a built-in one adds nothing)
	 * @return a new analysis
	 * @throws IllegalArgumentException on a conflicting definition
	 */
	public Analysis with(AnalysisComponent component) {
		return merge(component.analysis());
	}

	/**
	 * This analysis plus another's definitions.
	 * @param other the other analysis
	 * @return a new analysis
	 * @throws IllegalArgumentException on a conflicting definition
	 */
	public Analysis merge(Analysis other) {
		if (other.isEmpty()) {
			return this;
		}
		if (isEmpty()) {
			return other;
		}
		Analysis result = this;
		for (Map.Entry<String, Map<String, Map<String, Object>>> section : other.sections.entrySet()) {
			for (Map.Entry<String, Map<String, Object>> definition : section.getValue().entrySet()) {
				result = result.withDefinition(section.getKey(), definition.getKey(), definition.getValue());
			}
		}
		return result;
	}

	Analysis withDefinition(String section, String name, Map<String, Object> definition) {
		Map<String, Object> existing = this.sections.getOrDefault(section, Map.of()).get(name);
		if (existing != null) {
			if (existing.equals(definition)) {
				return this;
			}
			throw new IllegalArgumentException("Conflicting definitions for " + section + " '" + name + "': "
					+ existing + " and " + definition + "; give one of them another name");
		}
		Map<String, Map<String, Map<String, Object>>> copy = new LinkedHashMap<>(this.sections);
		Map<String, Map<String, Object>> names = new LinkedHashMap<>(copy.getOrDefault(section, Map.of()));
		names.put(name, Collections.unmodifiableMap(Json.copy(definition)));
		copy.put(section, Collections.unmodifiableMap(names));
		return new Analysis(Collections.unmodifiableMap(copy));
	}

	/**
	 * Whether there are no definitions.
	 * @return whether this is empty
	 */
	public boolean isEmpty() {
		return this.sections.isEmpty();
	}

	/**
	 * One definition.
	 * @param section {@code analyzer}, {@code normalizer}, {@code tokenizer}, {@code filter} or {@code char_filter}
	 * @param name the component's name
	 * @return its definition, if defined here
	 */
	public Optional<Map<String, Object>> definition(String section, String name) {
		Map<String, Object> definition = this.sections.getOrDefault(section, Map.of()).get(name);
		return Optional.ofNullable(definition).map(Json::copy);
	}

	/**
	 * The {@code analysis} settings section; sections appear in the order they were first added.
	 * @return a new map
	 */
	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		this.sections.forEach((section, definitions) -> {
			Map<String, Object> names = new LinkedHashMap<>();
			definitions.forEach((name, definition) -> names.put(name, Json.copy(definition)));
			map.put(section, names);
		});
		return map;
	}

	@SuppressWarnings("unchecked")


	@Override
	public boolean equals(Object other) {
		return other instanceof Analysis analysis && this.sections.equals(analysis.sections);
	}

	@Override
	public int hashCode() {
		return this.sections.hashCode();
	}

	@Override
	public String toString() {
		return "Analysis" + toMap();
	}

}
