package io.github.esdsl.processor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the processor in this JVM's compiler over sources or compiled classes, into a
 * temporary directory.
 */
final class Javac {

	private Javac() {
	}

	/**
	 * What a compilation produced.
	 * @param success whether it succeeded
	 * @param errors the error messages
	 * @param diagnostics all diagnostics, for failure messages
	 */
	record Result(boolean success, List<String> errors, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
	}

	static Result compile(Path out, List<String> options, List<String> classNames, Map<String, String> sources,
			List<Path> classpath) throws IOException {
		return compile(out, options, classNames, sources, classpath, new MetamodelProcessor());
	}

	static Result compile(Path out, List<String> options, List<String> classNames, Map<String, String> sources,
			List<Path> classpath, Processor processor) throws IOException {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Files.createDirectories(out.resolve("classes"));
		Files.createDirectories(out.resolve("sources"));
		List<String> arguments = new ArrayList<>(options);
		List<String> path = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
		classpath.forEach((entry) -> path.add(entry.toString()));
		arguments.addAll(List.of("-classpath", String.join(File.pathSeparator, path), "-d",
				out.resolve("classes").toString(), "-s", out.resolve("sources").toString(), "-implicit:none"));
		List<JavaFileObject> units = new ArrayList<>();
		sources.forEach((name, text) -> units.add(new Source(name, text)));
		try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
			JavaCompiler.CompilationTask task = compiler.getTask(null, files, diagnostics, arguments,
					classNames.isEmpty() ? null : classNames, units);
			task.setProcessors(List.of(processor));
			boolean success = task.call();
			List<String> errors = diagnostics.getDiagnostics()
				.stream()
				.filter((d) -> d.getKind() == Diagnostic.Kind.ERROR)
				.map((d) -> d.getMessage(Locale.ROOT))
				.toList();
			return new Result(success, errors, diagnostics.getDiagnostics());
		}
	}

	private static final class Source extends SimpleJavaFileObject {

		private final String text;

		Source(String className, String text) {
			super(java.net.URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
			this.text = text;
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return this.text;
		}

	}

}
