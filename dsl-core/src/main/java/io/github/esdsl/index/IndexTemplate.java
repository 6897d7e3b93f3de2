package io.github.esdsl.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import io.github.esdsl.json.JsonWritable;

/**
 * An immutable legacy index template ({@code PUT _template/<name>}): an {@link Index}'s settings,
 * aliases and mappings applied to new indices matching the patterns. Prefer
 * {@link ComposableIndexTemplate}; legacy templates are deprecated in Elasticsearch.
 */
public final class IndexTemplate implements JsonWritable {

	private final String name;

	private final List<String> patterns;

	private final Integer order;

	private final Index index;

	IndexTemplate(String name, List<String> patterns, Integer order, Index index) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A template needs a name, got '" + name + "'");
		}
		if (patterns.isEmpty() || patterns.stream().anyMatch((p) -> p == null || p.isBlank())) {
			throw new IllegalArgumentException("Template '" + name + "' needs non-empty index patterns, got " + patterns);
		}
		this.name = name;
		this.patterns = List.copyOf(patterns);
		this.order = order;
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
	 * The order among legacy templates matching the same index.
	 * @return the order, if set
	 */
	public OptionalInt order() {
		return (this.order != null) ? OptionalInt.of(this.order) : OptionalInt.empty();
	}

	/**
	 * This template with an order.
	 * @param order the order
	 * @return a new template
	 */
	public IndexTemplate order(int order) {
		return new IndexTemplate(this.name, this.patterns, order, this.index);
	}

	/**
	 * The index definition the template carries.
	 * @return the index
	 */
	public Index index() {
		return this.index;
	}

	/**
	 * The template body, as Python's {@code IndexTemplate.to_dict()}: the index's
	 * {@code settings}, {@code aliases} and {@code mappings}, then {@code index_patterns} and
	 * {@code order} when set.
	 * @return a new map
	 */
	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> map = this.index.toMap();
		map.put("index_patterns", new ArrayList<>(this.patterns));
		if (this.order != null) {
			map.put("order", this.order);
		}
		return map;
	}

	@Override
	public String toString() {
		return "IndexTemplate[" + this.name + " " + this.patterns + "]";
	}

}
