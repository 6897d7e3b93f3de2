package io.github.esdsl.aggs;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;

/**
 * Builds a tree of aggregations in place with the Python DSL's chaining rules, for
 * {@code Search.aggs(builder -> ...)}:
 * <ul>
 * <li>{@link #bucket(String, Agg)} adds a sub-aggregation and returns <em>its</em> builder, so the
 * next call nests inside it;</li>
 * <li>{@link #metric(String, Agg)} and {@link #pipeline(String, Agg)} add one and return the builder
 * they were called on, so the next call adds a sibling;</li>
 * <li>{@link #get(String)} returns the builder of an existing sub-aggregation.</li>
 * </ul>
 * <pre>{@code
 * b.bucket("per_category", A.terms("category"))
 *     .metric("clicks", A.sum("clicks"))
 *     .bucket("tags", A.terms("tags"));
 * // per_category: {terms, aggs: {clicks, tags}}
 * }</pre>
 * Adding a name that exists replaces that aggregation in place. {@link #build()} freezes the
 * whole tree into immutable {@link Agg} values; afterwards the builder refuses changes.
 *
 * <p>Mutable, not thread-safe, used once.
 */
public final class AggsBuilder {

	private final AggsBuilder root;

	/** The builder this one is a child of, {@code null} for the root. */
	private final AggsBuilder parent;

	/** The name under the parent, {@code ""} for the root. */
	private final String name;

	private final Agg agg;

	/** The children's builders in order (a few: searched linearly by name), created with the first one. */
	private AggsBuilder[] children;

	private int childCount;

	private Map<String, Agg> built;

	private AggsBuilder(AggsBuilder parent, String name, Agg agg) {
		this.root = (parent != null) ? parent.root : this;
		this.parent = parent;
		this.name = name;
		this.agg = agg;
		if (agg != null && agg.hasParam(Agg.AGGS)) {
			agg.aggs().forEach((childName, child) -> putChild(childName, new AggsBuilder(this, childName, child)));
		}
	}

	private int indexOf(String childName) {
		for (int i = 0; i < this.childCount; i++) {
			if (this.children[i].name.equals(childName)) {
				return i;
			}
		}
		return -1;
	}

	/** Adds a child, or replaces the one of the same name in place. */
	private void putChild(String childName, AggsBuilder child) {
		int i = indexOf(childName);
		if (i >= 0) {
			this.children[i] = child;
			return;
		}
		if (this.children == null) {
			this.children = new AggsBuilder[4];
		}
		else if (this.childCount == this.children.length) {
			this.children = Arrays.copyOf(this.children, this.childCount * 2);
		}
		this.children[this.childCount] = child;
		this.childCount++;
	}

	/** The dotted path from the root, for messages. */
	private String path() {
		if (this.parent == null) {
			return "";
		}
		String above = this.parent.path();
		return above.isEmpty() ? this.name : above + "." + this.name;
	}

	/**
	 * A root builder holding the given top-level aggregations (e.g. a Search's current ones).
	 * @param existing the top-level aggregations by name (not changed)
	 * @return a new builder
	 * @throws InvalidDslException if the map is null or has a null or unnamed entry
	 */
	public static AggsBuilder of(Map<String, Agg> existing) {
		if (existing == null) {
			throw new InvalidDslException("AggsBuilder.of needs a map of the existing aggregations (Map.of() for none), not null");
		}
		AggsBuilder root = new AggsBuilder(null, "", null);
		if (existing.isEmpty()) {
			return root;
		}
		for (Map.Entry<String, Agg> entry : existing.entrySet()) {
			root.put("of", entry.getKey(), entry.getValue());
		}
		return root;
	}

	/**
	 * Adds (or replaces) a bucket aggregation and returns its builder, like Python's
	 * {@code aggs.bucket(name, agg)}.
	 * @param name the aggregation's name
	 * @param agg the aggregation (its own sub-aggregations are kept and reachable with
	 * {@link #get(String)})
	 * @return the new child's builder
	 */
	public AggsBuilder bucket(String name, Agg agg) {
		return put("bucket", name, agg);
	}

	/**
	 * Adds (or replaces) a bucket aggregation given by type, like Python's
	 * {@code aggs.bucket("per_tag", "terms", field="tags")}.
	 * @param name the aggregation's name
	 * @param type the aggregation type
	 * @param params its parameters
	 * @return the new child's builder
	 */
	public AggsBuilder bucket(String name, String type, Map<String, ?> params) {
		return bucket(name, A.of(type, params));
	}

	/**
	 * Adds (or replaces) a metric aggregation, like Python's {@code aggs.metric(name, agg)}.
	 * @param name the aggregation's name
	 * @param agg the aggregation
	 * @return this builder, for adding siblings
	 */
	public AggsBuilder metric(String name, Agg agg) {
		put("metric", name, agg);
		return this;
	}

	/**
	 * Adds (or replaces) a metric aggregation given by type.
	 * @param name the aggregation's name
	 * @param type the aggregation type
	 * @param params its parameters
	 * @return this builder, for adding siblings
	 */
	public AggsBuilder metric(String name, String type, Map<String, ?> params) {
		return metric(name, A.of(type, params));
	}

	/**
	 * Adds (or replaces) a pipeline aggregation, like Python's {@code aggs.pipeline(name, agg)}.
	 * @param name the aggregation's name
	 * @param agg the aggregation
	 * @return this builder, for adding siblings
	 */
	public AggsBuilder pipeline(String name, Agg agg) {
		put("pipeline", name, agg);
		return this;
	}

	/**
	 * Adds (or replaces) a pipeline aggregation given by type.
	 * @param name the aggregation's name
	 * @param type the aggregation type
	 * @param params its parameters
	 * @return this builder, for adding siblings
	 */
	public AggsBuilder pipeline(String name, String type, Map<String, ?> params) {
		return pipeline(name, A.of(type, params));
	}

	/**
	 * The builder of an existing sub-aggregation, like Python's {@code aggs[name]}.
	 * @param name the sub-aggregation's name
	 * @return its builder
	 * @throws InvalidDslException if there is none by that name (the message lists those there are)
	 */
	public AggsBuilder get(String name) {
		int i = (name != null) ? indexOf(name) : -1;
		if (i < 0) {
			throw new InvalidDslException("No aggregation named '" + name + "'" + where() + "; "
					+ (names().isEmpty() ? "there are none yet" : "the existing ones are " + names()));
		}
		return this.children[i];
	}

	/**
	 * Whether a sub-aggregation of that name exists.
	 * @param name the name
	 * @return whether {@link #get(String)} would find it
	 */
	public boolean contains(String name) {
		return name != null && indexOf(name) >= 0;
	}

	/**
	 * The names of the sub-aggregations (top-level aggregations for the root), in order.
	 * @return an unmodifiable view
	 */
	public Set<String> names() {
		if (this.childCount == 0) {
			return Collections.emptySet();
		}
		Set<String> names = new LinkedHashSet<>();
		for (int i = 0; i < this.childCount; i++) {
			names.add(this.children[i].name);
		}
		return Collections.unmodifiableSet(names);
	}

	/**
	 * Freezes the whole tree, whichever builder of it this is called on, and returns the
	 * top-level aggregations of the root. After this the builders refuse changes; calling
	 * {@code build()} again returns the same map.
	 * @return the top-level aggregations by name, unmodifiable and in insertion order
	 */
	public Map<String, Agg> build() {
		AggsBuilder top = this.root;
		if (top.built == null) {
			top.built = top.freezeChildren();
		}
		return top.built;
	}

	/**
	 * The children frozen, as an immutable map that the aggregations holding it share as it is.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Agg> freezeChildren() {
		if (this.children == null) {
			return (Map<String, Agg>) (Map<String, ?>) Frozen.emptyMap();
		}
		String[] names = new String[this.childCount];
		Object[] frozen = new Object[this.childCount];
		for (int i = 0; i < frozen.length; i++) {
			names[i] = this.children[i].name;
			frozen[i] = this.children[i].freeze();
		}
		return Frozen.dslValues(names, frozen);
	}

	private Agg freeze() {
		if (this.children == null && this.agg.aggs().isEmpty()) {
			return this.agg;
		}
		return this.agg.withAggs(freezeChildren());
	}

	private AggsBuilder put(String method, String name, Agg agg) {
		if (this.root.built != null) {
			throw new IllegalStateException("This AggsBuilder was already built; start a new one to change aggregations");
		}
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException(method + " needs a non-empty aggregation name" + where());
		}
		if (agg == null) {
			throw new InvalidDslException(method + "(\"" + name + "\", …) needs an aggregation, not null" + where());
		}
		if (this.agg != null && this.agg.kind() != Agg.Kind.BUCKET) {
			throw new InvalidDslException("Cannot add '" + name + "' under '" + path() + "': it is a "
					+ this.agg.kind().name().toLowerCase(java.util.Locale.ROOT) + " aggregation (" + this.agg.type()
					+ ") and cannot hold sub-aggregations. Note that metric() and pipeline() return the builder they "
					+ "were called on and only bucket() returns the new child");
		}
		AggsBuilder child = new AggsBuilder(this, name, agg);
		putChild(name, child);
		return child;
	}

	private String where() {
		String path = path();
		return path.isEmpty() ? " at the top level" : " under '" + path + "'";
	}

	@Override
	public String toString() {
		String path = path();
		return "AggsBuilder[" + (path.isEmpty() ? "<root>" : path) + ": " + names() + "]";
	}

}
