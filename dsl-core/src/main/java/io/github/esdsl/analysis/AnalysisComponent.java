package io.github.esdsl.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.github.esdsl.json.JsonWritable;

/**
 * An immutable analysis definition with a name: an {@link Analyzer}, {@link Normalizer},
 * {@link Tokenizer}, {@link TokenFilter} or {@link CharFilter}. It is either built in
 * (Elasticsearch knows it by name: {@code Analyzer.builtin("snowball")}) or custom (it has a
 * definition that must be sent in the index settings: {@code Analyzer.custom("my_analyzer")...}).
 *
 * <p>{@link #toMap()} is the fragment this component contributes to the index settings'
 * {@code analysis} section: its own definition and those of the custom components it uses, such
 * as {@code {"analyzer": {"my_analyzer": {...}}, "tokenizer": {"trigram": {...}}}}; empty for a
 * built-in one.
 */
public abstract sealed class AnalysisComponent implements JsonWritable
		permits Analyzer, Normalizer, Tokenizer, TokenFilter, CharFilter {

	private final String name;

	private final String type;

	private final Map<String, Object> params;

	AnalysisComponent(String name, String type, Map<String, ?> params) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException(getClass().getSimpleName() + " needs a name, got '" + name + "'");
		}
		if (type != null && type.isBlank()) {
			throw new IllegalArgumentException("Custom " + getClass().getSimpleName() + " '" + name
					+ "' needs a type, such as \"custom\" or \"ngram\"");
		}
		this.name = name;
		this.type = type;
		Map<String, Object> copy = new LinkedHashMap<>();
		if (params != null) {
			params.forEach((key, value) -> {
				if ("type".equals(key)) {
					throw new IllegalArgumentException("Give the type of " + getClass().getSimpleName() + " '" + name
							+ "' as the type argument, not in its parameters");
				}
				copy.put(key, value);
			});
		}
		this.params = Collections.unmodifiableMap(copy);
	}

	/**
	 * The name fields and other components refer to this one by.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Whether Elasticsearch knows this component by name, so it has no definition of its own.
	 * @return whether it is built in
	 */
	public boolean isBuiltin() {
		return this.type == null;
	}

	/**
	 * The section of the {@code analysis} settings this kind of component lives in:
	 * {@code analyzer}, {@code normalizer}, {@code tokenizer}, {@code filter} or {@code char_filter}.
	 * @return the section name
	 */
	public abstract String section();

	/**
	 * The custom type ({@code custom}, {@code ngram}, {@code standard}, ...).
	 * @return the type, or {@code null} for a built-in component
	 */
	public String type() {
		return this.type;
	}

	/**
	 * The parameters as given, components not yet replaced by their names.
	 * @return an unmodifiable map
	 */
	protected Map<String, Object> params() {
		return this.params;
	}

	/**
	 * The definition written under this component's name in the settings, such as
	 * {@code {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]}}; components it
	 * uses appear by name.
	 * @return a new map, empty for a built-in component
	 */
	public Map<String, Object> definition() {
		Map<String, Object> definition = new LinkedHashMap<>();
		if (isBuiltin()) {
			return definition;
		}
		definition.put("type", this.type);
		this.params.forEach((key, value) -> definition.put(key, render(value, false)));
		return definition;
	}

	/**
	 * The settings fragment of this component and the custom components it uses.
	 * @return the fragment as an {@link Analysis}
	 */
	public Analysis analysis() {
		if (isBuiltin()) {
			return Analysis.empty();
		}
		Analysis analysis = Analysis.empty().withDefinition(section(), this.name, definition());
		for (AnalysisComponent used : used(this.params.values())) {
			analysis = analysis.merge(used.analysis());
		}
		return analysis;
	}

	@Override
	public Map<String, Object> toMap() {
		return analysis().toMap();
	}

	static List<AnalysisComponent> used(Collection<?> values) {
		List<AnalysisComponent> found = new ArrayList<>();
		for (Object value : values) {
			if (value instanceof AnalysisComponent component) {
				found.add(component);
			}
			else if (value instanceof Collection<?> items) {
				found.addAll(used(items));
			}
			else if (value instanceof Map<?, ?> map) {
				found.addAll(used(map.values()));
			}
		}
		return found;
	}

	static Object render(Object value, boolean nestedList) {
		if (value instanceof AnalysisComponent component) {
			return component.name();
		}
		if (value instanceof Collection<?> items) {
			if (nestedList) {
				// a list inside a list: a multiplexer's comma-delimited filter chain
				return items.stream().map((item) -> String.valueOf(render(item, false))).collect(Collectors.joining(", "));
			}
			List<Object> list = new ArrayList<>();
			items.forEach((item) -> list.add(render(item, true)));
			return list;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), render(item, false)));
			return copy;
		}
		return value;
	}

	static List<Object> append(Object existing, Object... more) {
		List<Object> list = new ArrayList<>();
		if (existing instanceof Collection<?> items) {
			list.addAll(items);
		}
		for (Object item : more) {
			list.add(Objects.requireNonNull(item, "filter names and filters must not be null"));
		}
		return list;
	}

	Map<String, Object> with(String key, Object value) {
		if (isBuiltin()) {
			throw new IllegalStateException("Built-in " + section() + " '" + this.name + "' cannot be configured (" + key
					+ "); define your own with " + getClass().getSimpleName() + ".custom(...)");
		}
		Map<String, Object> copy = new LinkedHashMap<>(this.params);
		copy.put(key, value);
		return copy;
	}

	@Override
	public boolean equals(Object other) {
		return other != null && other.getClass() == getClass() && this.name.equals(((AnalysisComponent) other).name)
				&& Objects.equals(this.type, ((AnalysisComponent) other).type)
				&& this.params.equals(((AnalysisComponent) other).params);
	}

	@Override
	public int hashCode() {
		return Objects.hash(getClass(), this.name, this.type, this.params);
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + (isBuiltin() ? "[builtin " + this.name + "]"
				: "[" + this.name + " " + definition() + "]");
	}

}
