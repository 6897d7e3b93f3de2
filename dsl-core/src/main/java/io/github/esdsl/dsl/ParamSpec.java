package io.github.esdsl.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which parameters of a DSL value hold other DSL values, and in what shape, like the
 * {@code _param_defs} table of the Python DSL. Values given for such a parameter are turned into
 * DSL objects by the parameter's parser whether they arrive as objects or as raw maps.
 *
 * <p>Immutable; build one per DSL type with {@link #builder()} and share it.
 */
public final class ParamSpec {

	private static final ParamSpec NONE = new ParamSpec(Map.of());

	/**
	 * How a typed parameter holds its DSL values.
	 */
	public enum Shape {

		/** One value: {@code "query": {...}}. */
		ONE,

		/** A list; a single value given alone becomes a one-element list: {@code "must": [...]}. */
		LIST,

		/** Names to values: {@code "aggs": {"name": {...}}}. */
		MAP,

		/** A list of maps of names to values: {@code "sources": [{"name": {...}}]}. */
		LIST_OF_MAPS

	}

	record Def(Shape shape, Function<Object, ? extends DslObject> parser) {
	}

	private final Map<String, Def> defs;

	/** The typed parameter names, for lookups by scan (specs have one to four). */
	private final String[] names;

	/** The definitions in the order of {@link #names}. */
	private final Def[] byName;

	private ParamSpec(Map<String, Def> defs) {
		this.defs = defs;
		this.names = defs.keySet().toArray(new String[0]);
		this.byName = defs.values().toArray(new Def[0]);
	}

	/**
	 * A spec without typed parameters: every parameter is passed through as given.
	 * @return the empty spec
	 */
	public static ParamSpec none() {
		return NONE;
	}

	/**
	 * Starts a new spec.
	 * @return a mutable, single-use builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The shape of a typed parameter.
	 * @param param the parameter name
	 * @return its shape, or {@code null} when the parameter is not typed
	 */
	public Shape shape(String param) {
		Def def = this.defs.get(param);
		return (def != null) ? def.shape() : null;
	}

	/**
	 * The names of the typed parameters.
	 * @return the names, in declaration order
	 */
	public Set<String> typedParams() {
		return Collections.unmodifiableSet(this.defs.keySet());
	}

	Def def(String param) {
		String[] names = this.names;
		// the names are literals, as are most keys looked up: try identity before equality
		for (int i = 0; i < names.length; i++) {
			if (names[i] == param) {
				return this.byName[i];
			}
		}
		for (int i = 0; i < names.length; i++) {
			if (names[i].equals(param)) {
				return this.byName[i];
			}
		}
		return null;
	}

	boolean isEmpty() {
		return this.defs.isEmpty();
	}

	/**
	 * Builds a {@link ParamSpec}. Mutable, not thread-safe, used once.
	 */
	public static final class Builder {

		private final Map<String, Def> defs = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Declares a parameter holding one DSL value.
		 * @param param the parameter name
		 * @param parser turns a DSL object or a raw map into the DSL object (e.g. {@code Q::from})
		 * @return this builder
		 */
		public Builder one(String param, Function<Object, ? extends DslObject> parser) {
			return add(param, Shape.ONE, parser);
		}

		/**
		 * Declares a parameter holding a list of DSL values.
		 * @param param the parameter name
		 * @param parser turns each element into a DSL object
		 * @return this builder
		 */
		public Builder list(String param, Function<Object, ? extends DslObject> parser) {
			return add(param, Shape.LIST, parser);
		}

		/**
		 * Declares a parameter holding a map of names to DSL values.
		 * @param param the parameter name
		 * @param parser turns each map value into a DSL object
		 * @return this builder
		 */
		public Builder map(String param, Function<Object, ? extends DslObject> parser) {
			return add(param, Shape.MAP, parser);
		}

		/**
		 * Declares a parameter holding a list of maps of names to DSL values.
		 * @param param the parameter name
		 * @param parser turns each value of each map into a DSL object
		 * @return this builder
		 */
		public Builder listOfMaps(String param, Function<Object, ? extends DslObject> parser) {
			return add(param, Shape.LIST_OF_MAPS, parser);
		}

		private Builder add(String param, Shape shape, Function<Object, ? extends DslObject> parser) {
			if (param == null || parser == null) {
				throw new IllegalArgumentException("A typed parameter needs a name and a parser");
			}
			this.defs.put(param, new Def(shape, parser));
			return this;
		}

		/**
		 * The spec.
		 * @return an immutable spec
		 */
		public ParamSpec build() {
			return this.defs.isEmpty() ? NONE : new ParamSpec(Collections.unmodifiableMap(new LinkedHashMap<>(this.defs)));
		}

	}

}
