package io.github.esdsl.processor;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.MappedField;
import io.github.esdsl.index.Index;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metamodel can never disagree with the mapping: for every {@code @Document} class of
 * dsl-core's and the autoconfigure module's test suites, the processor (run over the compiled
 * classes) writes exactly the paths and types of {@code Index.of(type).toMap()}, or refuses the
 * class with the message startup gives.
 */
class MetamodelMatchesMappingTest {

	/** Rejections that need the running classes: analysis definitions are static field values. */
	private static final List<String> RUNTIME_ONLY = List.of("Analysis of ", "Analysis definition ",
			"Cannot read the analysis definition ");

	@TempDir
	Path temp;

	@Test
	void processorGivesTheMappingsPathsAndTypesOrItsErrorForEveryTestDocument() throws Exception {
		List<Path> roots = List.of(testClasses("esdsl.test-classes.core"), testClasses("esdsl.test-classes.autoconfigure"));
		try (URLClassLoader loader = new URLClassLoader(urls(roots), getClass().getClassLoader())) {
			Map<String, Class<?>> documents = documents(roots, loader);
			assertThat(documents).as("test documents found").hasSizeGreaterThan(100);
			Map<String, Map<String, String>> mapped = new TreeMap<>();
			Map<String, String> refused = new TreeMap<>();
			documents.forEach((name, type) -> {
				try {
					Map<String, Object> index = Index.of(type).toMap();
					mapped.put(name, mappingPaths(index));
				}
				catch (IllegalArgumentException | IllegalStateException ex) {
					refused.put(name, "Document " + name + " cannot be mapped: " + ex.getMessage());
				}
			});
			Javac.Result checked = Javac.compile(this.temp.resolve("all"), List.of("-proc:only"),
					List.copyOf(documents.keySet()), Map.of(), roots);
			List<String> expectedErrors = refused.values().stream().filter((m) -> !runtimeOnly(m)).sorted().toList();
			assertThat(checked.errors().stream().sorted().toList()).isEqualTo(expectedErrors);
			List<String> valid = new ArrayList<>(mapped.keySet());
			refused.forEach((name, message) -> {
				if (runtimeOnly(message)) {
					valid.remove(name);
				}
			});
			Path out = this.temp.resolve("valid");
			Javac.Result compiled = Javac.compile(out, List.of(), valid, Map.of(), roots);
			assertThat(compiled.errors()).as(compiled.diagnostics().toString()).isEmpty();
			try (URLClassLoader generated = new URLClassLoader(urls(List.of(out.resolve("classes"))), loader)) {
				Map<String, Map<String, String>> metamodels = new TreeMap<>();
				for (String name : valid) {
					metamodels.put(name, metamodelPaths(generated.loadClass(metamodelName(documents.get(name)))));
				}
				Map<String, Map<String, String>> expected = new TreeMap<>(mapped);
				expected.keySet().retainAll(valid);
				assertThat(metamodels).isEqualTo(expected);
				assertThat(expected.values().stream().mapToInt(Map::size).sum()).as("fields compared").isGreaterThan(400);
			}
			System.out.printf("compared %d documents (%d fields), %d refused alike, refused only at runtime: %s%n",
					valid.size(), mapped.values().stream().mapToInt(Map::size).sum(), expectedErrors.size(),
					refused.values().stream().filter(MetamodelMatchesMappingTest::runtimeOnly).toList());
		}
	}

	private static boolean runtimeOnly(String message) {
		String reason = message.substring(message.indexOf(" cannot be mapped: ") + 19);
		return RUNTIME_ONLY.stream().anyMatch(reason::startsWith) || reason.matches("Field .* uses (analyzer|normalizer) .*");
	}

	static String metamodelName(Class<?> type) {
		String name = type.getName();
		int dot = name.lastIndexOf('.');
		return name.substring(0, dot + 1) + name.substring(dot + 1).replace('$', '_') + "_";
	}

	/** Path to type of every static reference of a metamodel and the members below it. */
	static Map<String, String> metamodelPaths(Class<?> metamodel) throws IllegalAccessException {
		Map<String, String> paths = new LinkedHashMap<>();
		for (java.lang.reflect.Field field : metamodel.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && MappedField.class.isAssignableFrom(field.getType())) {
				walk((MappedField) field.get(null), paths);
			}
		}
		return paths;
	}

	private static void walk(MappedField reference, Map<String, String> paths) throws IllegalAccessException {
		paths.put(reference.path(), reference.type());
		for (java.lang.reflect.Field member : reference.getClass().getFields()) {
			if (!Modifier.isStatic(member.getModifiers()) && MappedField.class.isAssignableFrom(member.getType())) {
				walk((MappedField) member.get(reference), paths);
			}
		}
	}

	/** Path to type of every field of an index body's mapping, multi-fields included. */
	@SuppressWarnings("unchecked")
	static Map<String, String> mappingPaths(Map<String, Object> index) {
		Map<String, String> paths = new LinkedHashMap<>();
		Map<String, Object> mappings = (Map<String, Object>) index.get("mappings");
		properties("", (Map<String, Object>) mappings.get("properties"), paths);
		return paths;
	}

	@SuppressWarnings("unchecked")
	private static void properties(String prefix, Map<String, Object> properties, Map<String, String> paths) {
		properties.forEach((name, value) -> {
			Map<String, Object> definition = (Map<String, Object>) value;
			String path = prefix + name;
			paths.put(path, String.valueOf(definition.get("type")));
			if (definition.get("fields") instanceof Map<?, ?> fields) {
				fields.forEach((sub, subDefinition) -> paths.put(path + "." + sub,
						String.valueOf(((Map<String, Object>) subDefinition).get("type"))));
			}
			if (definition.get("properties") instanceof Map<?, ?> inner) {
				properties(path + ".", (Map<String, Object>) inner, paths);
			}
		});
	}

	private static Map<String, Class<?>> documents(List<Path> roots, ClassLoader loader) throws IOException {
		Map<String, Class<?>> documents = new TreeMap<>();
		for (Path root : roots) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".class")).toList()) {
					String relative = root.relativize(file).toString();
					String name = relative.substring(0, relative.length() - 6).replace('/', '.');
					try {
						Class<?> type = Class.forName(name, false, loader);
						if (type.isAnnotationPresent(Document.class) && !type.isAnnotation()) {
							documents.put(name, type);
						}
					}
					catch (LinkageError | ClassNotFoundException ex) {
						// a test class whose dependencies are not on this classpath holds no document
					}
				}
			}
		}
		return documents;
	}

	private static Path testClasses(String property) {
		Path path = Path.of(System.getProperty(property, "unset"));
		assertThat(path).as("compiled test classes (" + property + "); build with -am").isDirectory();
		return path;
	}

	private static URL[] urls(List<Path> paths) throws IOException {
		URL[] urls = new URL[paths.size()];
		for (int i = 0; i < urls.length; i++) {
			urls[i] = paths.get(i).toUri().toURL();
		}
		return urls;
	}

}
