package io.github.esdsl.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.dsl.ParamMaps;

/**
 * The base of the generated options builders: typed setters write straight into the parameter
 * storage of the DSL value being built (in call order, under Elasticsearch's names), enums as their
 * wire values and nested options as nested maps, so the typed form gives exactly the JSON of the
 * {@code Map} form. {@link #param(String, Object)} sets a parameter the builder does not know.
 *
 * <p>A builder is used once, inside the lambda a factory passes it to; it is not thread-safe.
 * @param <S> the builder's own type
 */
public abstract class Options<S extends Options<S>> {

	private final String owner;

	private final Map<String, Object> params;

	/**
	 * Options with nothing set yet.
	 * @param owner what the options belong to, for error messages, e.g. {@code "match"}
	 */
	protected Options(String owner) {
		this.owner = owner;
		this.params = ParamMaps.of(owner, null);
	}

	/**
	 * Sets a parameter this builder has no method for (Elasticsearch grows); the value is taken as
	 * in the {@code Map} form.
	 * @param name the parameter's wire name, e.g. {@code "boost"}
	 * @param value its value
	 * @return these options
	 * @throws InvalidDslException if the name is empty or the value is null
	 */
	public final S param(String name, Object value) {
		if (name == null || name.isEmpty()) {
			throw new InvalidDslException("A parameter of " + this.owner + " needs a non-empty name");
		}
		return set(name, require(name, value));
	}

	/**
	 * Stores a parameter; setting it again replaces the value, keeping its place.
	 * @param name the wire name
	 * @param value the value to store, already in its wire form
	 * @return these options
	 */
	protected final S set(String name, Object value) {
		this.params.put(name, value);
		return self();
	}

	/**
	 * Adds an entry to a parameter holding a map of named entries (e.g. highlight {@code fields}).
	 * @param name the wire name of the map
	 * @param key the entry's key
	 * @param value the entry
	 * @return these options
	 */
	@SuppressWarnings("unchecked")
	protected final S entry(String name, String key, Object value) {
		if (key == null || key.isEmpty()) {
			throw new InvalidDslException("An entry of '" + name + "' of " + this.owner + " needs a non-empty key");
		}
		Object current = this.params.get(name);
		Map<String, Object> map = ParamMaps.of(this.owner,
				(current instanceof Map<?, ?> existing) ? (Map<String, ?>) existing : null);
		map.put(key, value);
		return set(name, map);
	}

	/**
	 * Checks that a value is given.
	 * @param <T> the value type
	 * @param name the parameter's wire name
	 * @param value the value
	 * @return the value
	 * @throws InvalidDslException naming the parameter and the owner if it is null
	 */
	protected final <T> T require(String name, T value) {
		if (value == null) {
			throw new InvalidDslException("'" + name + "' of " + this.owner
					+ " must not be null: leave it unset to use Elasticsearch's default");
		}
		return value;
	}

	/**
	 * The path of a field reference.
	 * @param field the reference
	 * @return its path
	 */
	protected static String refPath(FieldRef field) {
		return field.path();
	}

	/**
	 * A copy of a list in wire form: enums as their wire values, field references as paths, options
	 * as their parameters.
	 * @param values the values
	 * @return a new list
	 */
	protected static List<Object> wireList(List<?> values) {
		List<Object> copy = new ArrayList<>(values.size());
		for (Object value : values) {
			copy.add(wire(value));
		}
		return copy;
	}

	/**
	 * A map given as is (it is copied when the DSL value is built).
	 * @param values the map
	 * @return the map
	 */
	protected static Map<String, ?> wireMap(Map<String, ?> values) {
		return values;
	}

	private static Object wire(Object value) {
		if (value instanceof JsonEnum constant) {
			return constant.jsonValue();
		}
		if (value instanceof FieldRef field) {
			return field.path();
		}
		if (value instanceof Options<?> options) {
			return options.params;
		}
		return value;
	}

	/**
	 * Runs a lambda on fresh options and returns the parameters it set, in order: the storage the
	 * DSL value then takes over.
	 * @param <T> the options type
	 * @param fresh new, empty options
	 * @param lambda sets the options, e.g. {@code o -> o.size(10)}
	 * @return the parameters
	 * @throws InvalidDslException if the lambda is null or returns null
	 */
	public static <T extends Options<T>> Map<String, Object> build(T fresh, UnaryOperator<T> lambda) {
		String owner = ((Options<?>) fresh).owner;
		if (lambda == null) {
			throw new InvalidDslException("The options lambda of " + owner + " must not be null");
		}
		Options<?> result = lambda.apply(fresh);
		if (result == null) {
			throw new InvalidDslException("The options lambda of " + owner
					+ " returned null: return the options it was given, e.g. o -> o.boost(2)");
		}
		return result.params;
	}

	@SuppressWarnings("unchecked")
	private S self() {
		return (S) this;
	}

}
