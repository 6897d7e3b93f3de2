package io.github.esdsl.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import io.github.esdsl.json.JsonWritable;

/**
 * An immutable composable index template ({@code PUT _index_template/<name>}): an {@link Index}'s
 * settings, aliases and mappings applied to new indices matching the patterns, even indices
 * created by writing a document to them.
 *
 * <pre>{@code
 * ComposableIndexTemplate logs = Index.of(Log.class).asComposableTemplate("logs", 100);
 * logs.toMap();   // {"template": {...}, "index_patterns": ["logs-*"], "priority": 100}
 * }</pre>
 */
public final class ComposableIndexTemplate implements JsonWritable {

	private final String name;

	private final List<String> patterns;

	private final Integer priority;

	private final Index index;

	ComposableIndexTemplate(String name, List<String> patterns, Integer priority, Index index) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A template needs a name, got '" + name + "'");
		}
		if (patterns.isEmpty() || patterns.stream().anyMatch((p) -> p == null || p.isBlank())) {
			throw new IllegalArgumentException("Template '" + name + "' needs non-empty index patterns, got " + patterns);
		}
		if (priority != null && priority < 0) {
			throw new IllegalArgumentException("Priority of template '" + name + "' must not be negative, got " + priority);
		}
		this.name = name;
		this.patterns = List.copyOf(patterns);
		this.priority = priority;
		this.index = Objects.requireNonNull(index, "index must not be null");
	}

	/**
	 * The template's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The index patterns the template applies to.
	 * @return the patterns
	 */
	public List<String> patterns() {
		return this.patterns;
	}

	/**
	 * This template for other index patterns.
	 * @param patterns the patterns
	 * @return a new template
	 */
	public ComposableIndexTemplate patterns(String... patterns) {
		return new ComposableIndexTemplate(this.name, List.of(patterns), this.priority, this.index);
	}

	/**
	 * The priority among templates matching the same index.
	 * @return the priority, if set
	 */
	public OptionalInt priority() {
		return (this.priority != null) ? OptionalInt.of(this.priority) : OptionalInt.empty();
	}

	/**
	 * This template with a priority.
	 * @param priority the priority (not negative)
	 * @return a new template
	 */
	public ComposableIndexTemplate priority(int priority) {
		return new ComposableIndexTemplate(this.name, this.patterns, priority, this.index);
	}

	/**
	 * The index definition the template carries.
	 * @return the index
	 */
	public Index index() {
		return this.index;
	}

	/**
	 * The template body, as Python's {@code ComposableIndexTemplate.to_dict()}:
	 * {@code {"template": <index body>, "index_patterns": [...], "priority": N}}.
	 * @return a new map
	 */
	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("template", this.index.toMap());
		map.put("index_patterns", new ArrayList<>(this.patterns));
		if (this.priority != null) {
			map.put("priority", this.priority);
		}
		return map;
	}

	@Override
	public String toString() {
		return "ComposableIndexTemplate[" + this.name + " " + this.patterns + "]";
	}

}
