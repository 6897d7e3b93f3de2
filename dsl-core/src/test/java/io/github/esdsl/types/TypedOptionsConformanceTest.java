package io.github.esdsl.types;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.esdsl.aggs.A;
import io.github.esdsl.aggs.Agg;
import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.DslObject;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every query and aggregation type of the specification (the committed list
 * {@code container-variants.txt}, written by the generator): a typed factory with a lambda over
 * its generated options exists, and a request with every typed option set gives byte for byte the
 * JSON of the {@code Map} form with the same options; so does each overload on its own.
 */
class TypedOptionsConformanceTest {

	static Stream<String> variants() throws IOException {
		try (InputStream in = TypedOptionsConformanceTest.class.getResourceAsStream("container-variants.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.startsWith("#") && !line.isBlank())
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("variants")
	void everyContainerVariantHasATypedFactoryWhoseOptionsGiveTheJsonOfTheMapForm(String variant) throws Exception {
		String[] parts = variant.split(" ");
		boolean query = parts[0].equals("query");
		String wire = parts[1];
		Class<?> factories = query ? Q.class : A.class;
		Class<?> options = optionsClass(query, wire);
		if (options == null) {
			// a variant without options of its own (the filter aggregation is a query)
			assertThat(Stream.of(factories.getMethods()).map(Method::getName)).contains(camel(wire));
			return;
		}
		List<Method> typed = typedFactories(factories, camel(wire), options);
		assertThat(typed).as("typed factories %s.%s(..., UnaryOperator<%s>)", factories.getSimpleName(), camel(wire),
				options.getSimpleName())
			.isNotEmpty();
		Method factory = typed.get(0);
		factory.setAccessible(true);
		Object[] required = requiredArguments(factory);
		MapForm mapForm = new MapForm(query, wire, factories, factory, required);
		DslObject bare = mapForm.create(Map.of());
		List<Setter> setters = setters(options, bare);
		assertThat(setters).as("options of %s", wire).isNotEmpty();

		// all options at once: one setter per parameter
		Map<String, Object> expected = new LinkedHashMap<>();
		List<Setter> firsts = new ArrayList<>();
		for (Setter setter : setters) {
			if (!expected.containsKey(setter.key)) {
				expected.put(setter.key, setter.expected);
				firsts.add(setter);
			}
		}
		UnaryOperator<Object> all = (o) -> {
			firsts.forEach((setter) -> setter.apply(o));
			return o;
		};
		String typedJson = ((DslObject) factory.invoke(null, append(required, all))).toJson();
		String mapJson = mapForm.create(expected).toJson();
		assertThat(typedJson).isEqualTo(mapJson);
		for (String key : expected.keySet()) {
			assertThat(typedJson).contains("\"" + key + "\":");
		}

		// each overload on its own
		for (Setter setter : setters) {
			UnaryOperator<Object> one = (o) -> {
				setter.apply(o);
				return o;
			};
			assertThat(((DslObject) factory.invoke(null, append(required, one))).toJson()).as(setter.method.toString())
				.isEqualTo(mapForm.create(Map.of(setter.key, setter.expected)).toJson());
		}
	}

	static Stream<String> nestedOptionsClasses() throws Exception {
		java.nio.file.Path dir = java.nio.file.Path.of(Options.class.getResource("Options.class").toURI()).getParent();
		try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith("Options.class") && !name.equals("Options.class") && !name.contains("$"))
				.map((name) -> name.substring(0, name.length() - ".class".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nestedOptionsClasses")
	void everySetterOfTheSearchPartsAndNestedOptionsWritesItsWireValue(String simpleName) throws Exception {
		Class<?> options = Class.forName("io.github.esdsl.types." + simpleName);
		List<Setter> setters = setters(options, null);
		assertThat(setters).isNotEmpty();
		for (Setter setter : setters) {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			Map<String, Object> set = Options.build((Options) options.getConstructor().newInstance(), (o) -> {
				setter.apply(o);
				return (Options) o;
			});
			assertThat(io.github.esdsl.json.Json.toJson(set)).as(setter.method.toString())
				.isEqualTo(io.github.esdsl.json.Json.toJson(Map.of(setter.key, setter.expected)));
		}
	}

	private static Class<?> optionsClass(boolean query, String wire) {
		try {
			return Class.forName(query ? "io.github.esdsl.query." + pascal(wire) + "Options"
					: "io.github.esdsl.aggs." + pascal(wire) + "AggOptions");
		}
		catch (ClassNotFoundException ex) {
			assertThat(wire).as("only the filter aggregation has no options class").isEqualTo("filter");
			return null;
		}
	}

	private static List<Method> typedFactories(Class<?> factories, String name, Class<?> options) {
		List<Method> found = new ArrayList<>();
		for (Method method : factories.getMethods()) {
			Type[] types = method.getGenericParameterTypes();
			if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers()) && types.length > 0
					&& types[types.length - 1] instanceof ParameterizedType last
					&& last.getRawType() == UnaryOperator.class && last.getActualTypeArguments()[0] == options
					&& Stream.of(method.getParameterTypes()).noneMatch((p) -> p == FieldRef.class)) {
				found.add(method);
			}
		}
		found.sort((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()));
		return found;
	}

	private static Class<?>[] mapFormParameters(Method typed) {
		Class<?>[] types = typed.getParameterTypes().clone();
		types[types.length - 1] = Map.class;
		return types;
	}

	private static Object[] append(Object[] required, Object last) {
		Object[] args = java.util.Arrays.copyOf(required, required.length + 1);
		args[required.length] = last;
		return args;
	}

	private static Object[] requiredArguments(Method factory) {
		Type[] types = factory.getGenericParameterTypes();
		Object[] args = new Object[types.length - 1];
		for (int i = 0; i < args.length; i++) {
			args[i] = (factory.getName().equals("functionScore") && i == 1)
					? List.of(Map.of("random_score", Map.of())) : argument(types[i]);
		}
		return args;
	}

	/** A sample for a positional argument of a factory. */
	private static Object argument(Type type) {
		Class<?> raw = raw(type);
		if (raw == String.class) {
			return "f1";
		}
		if (raw == Object.class) {
			return "v1";
		}
		if (raw == Query.class) {
			return Q.term("t", "x");
		}
		if (raw == Query[].class) {
			return new Query[] { Q.term("t", "x") };
		}
		if (raw == String[].class) {
			return new String[] { "f1" };
		}
		if (raw == Agg.class) {
			return A.sum("n");
		}
		if (raw == int.class || raw == Integer.class || raw == Number.class) {
			return 3;
		}
		if (raw == double.class || raw == Double.class) {
			return 0.5;
		}
		if (raw == long.class || raw == Long.class) {
			return 4L;
		}
		if (raw == boolean.class || raw == Boolean.class) {
			return true;
		}
		if (List.class.isAssignableFrom(raw) || java.util.Collection.class.isAssignableFrom(raw)) {
			Type element = argumentOf(type, 0);
			Class<?> elementRaw = raw(element);
			if (Map.class.isAssignableFrom(elementRaw)) {
				Type value = argumentOf(element, 1);
				if (raw(value) == Agg.class) {
					return List.of(Map.of("s", A.terms("f1")));
				}
				return List.of(Map.of("from", 1));
			}
			return List.of(argument(element));
		}
		if (Map.class.isAssignableFrom(raw)) {
			Type value = argumentOf(type, 1);
			return Map.of("k1", (raw(value) == Object.class) ? "v1" : argument(value));
		}
		throw new AssertionError("no sample for " + type);
	}

	private static Type argumentOf(Type type, int index) {
		if (type instanceof ParameterizedType parameterized) {
			Type argument = parameterized.getActualTypeArguments()[index];
			if (argument instanceof WildcardType wildcard) {
				return wildcard.getUpperBounds()[0];
			}
			return argument;
		}
		return Object.class;
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType p) {
			return (Class<?>) p.getRawType();
		}
		if (type instanceof WildcardType w) {
			return raw(w.getUpperBounds()[0]);
		}
		return Object.class;
	}

	/** Every setter of the options with a sample value, except those the factory sets itself. */
	private static List<Setter> setters(Class<?> options, DslObject bare) throws Exception {
		List<Setter> setters = new ArrayList<>();
		java.util.Set<String> given = new java.util.HashSet<>();
		if (bare != null) {
			given.addAll(bare.params().keySet());
		}
		if (bare != null && bare.params().size() == 1 && bare.params().values().iterator().next() instanceof Map<?, ?> inner) {
			inner.keySet().forEach((key) -> given.add((String) key));
		}
		setters.add(new Setter(Options.class.getMethod("param", String.class, Object.class),
				new Object[] { "x_custom", "c1" }, "x_custom", "c1"));
		List<Method> methods = new ArrayList<>(List.of(options.getDeclaredMethods()));
		methods.removeIf((m) -> !Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()));
		methods.sort((a, b) -> a.toGenericString().compareTo(b.toGenericString()));
		for (Method method : methods) {
			Type[] types = method.getGenericParameterTypes();
			Object[] args = new Object[types.length];
			Object expected;
			if (types.length == 2) {
				args[0] = "e1";
				args[1] = UnaryOperator.identity();
				expected = Map.of("e1", Map.of());
			}
			else {
				args[0] = sample(types[0]);
				expected = wire(types[0], args[0]);
			}
			Object fresh = options.getConstructor().newInstance();
			method.invoke(fresh, args);
			@SuppressWarnings({ "unchecked", "rawtypes" })
			Map<String, Object> set = Options.build((Options) options.getConstructor().newInstance(),
					(o) -> invoke(method, o, args));
			assertThat(set).as(method.toString()).hasSize(1);
			String key = set.keySet().iterator().next();
			if (!given.contains(key)) {
				setters.add(new Setter(method, args, key, expected));
			}
		}
		return setters;
	}

	@SuppressWarnings("rawtypes")
	private static Options invoke(Method method, Object target, Object[] args) {
		try {
			return (Options) method.invoke(target, args);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A sample for an options setter. */
	private static Object sample(Type type) {
		Class<?> raw = raw(type);
		if (raw.isEnum()) {
			return raw.getEnumConstants()[raw.getEnumConstants().length - 1];
		}
		if (raw == UnaryOperator.class) {
			return UnaryOperator.identity();
		}
		if (Options.class.isAssignableFrom(raw)) {
			try {
				return raw.getConstructor().newInstance();
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		if (raw == FieldRef.class) {
			return (FieldRef) () -> "ref.path";
		}
		if (raw == Number.class) {
			return 1.5;
		}
		if (raw == String.class) {
			return "s1";
		}
		if (raw == Object.class) {
			return "o1";
		}
		if (List.class.isAssignableFrom(raw)) {
			Type element = argumentOf(type, 0);
			return List.of(raw(element) == Object.class ? "x1" : sample(element));
		}
		if (Map.class.isAssignableFrom(raw)) {
			return Map.of("k1", "v1");
		}
		return argument(type);
	}

	/** What the Map form is given for a sample: wire values for enums and references. */
	private static Object wire(Type type, Object sample) {
		if (sample instanceof JsonEnum constant) {
			return constant.jsonValue();
		}
		if (sample instanceof FieldRef ref) {
			return ref.path();
		}
		if (raw(type) == UnaryOperator.class || sample instanceof Options<?>) {
			return Map.of();
		}
		if (sample instanceof List<?> list) {
			return list.stream().map((item) -> wire(Object.class, item)).toList();
		}
		return sample;
	}

	private static String camel(String wire) {
		String pascal = pascal(wire);
		return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
	}

	private static String pascal(String wire) {
		StringBuilder name = new StringBuilder();
		for (String part : wire.split("_")) {
			if (!part.isEmpty()) {
				name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return name.toString();
	}

	/**
	 * The Map form of a typed factory: its twin taking a {@code Map}, or for the few factories
	 * without one, {@code Q.of}/{@code A.of} with the parameters the factory sets plus the options.
	 */
	private static final class MapForm {

		private final boolean query;

		private final String wire;

		private final Method twin;

		private final Object[] required;

		private final Method typed;

		MapForm(boolean query, String wire, Class<?> factories, Method typed, Object[] required) {
			this.query = query;
			this.wire = wire;
			this.typed = typed;
			this.required = required;
			Method found;
			try {
				found = factories.getMethod(typed.getName(), mapFormParameters(typed));
				found.setAccessible(true);
			}
			catch (NoSuchMethodException ex) {
				found = null;
			}
			this.twin = found;
		}

		DslObject create(Map<String, ?> options) throws ReflectiveOperationException {
			if (this.twin != null) {
				return (DslObject) this.twin.invoke(null, append(this.required, options));
			}
			DslObject bare = (DslObject) this.typed.invoke(null, append(this.required, UnaryOperator.identity()));
			Map<String, Object> params = new LinkedHashMap<>(bare.params());
			params.putAll(options);
			return this.query ? Q.of(this.wire, params) : A.of(this.wire, params);
		}

	}

	private record Setter(Method method, Object[] args, String key, Object expected) {

		void apply(Object options) {
			invoke(this.method, options, this.args);
		}

	}

}
