package io.github.esdsl.processor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A small project compiled by each JDK's own {@code javac} with the processor on the processor
 * path, as Maven's {@code annotationProcessorPaths} and Gradle's {@code annotationProcessor}
 * configuration pass it: JDK 17, and JDK 25, where javac no longer runs processors found on
 * the class path unless told to. The generated code compiles without a warning under
 * {@code -Xlint:all -Werror}.
 */
class CompileWithJdksTest {

	private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

	private static final String ARTICLE = """
			package blog;

			import java.time.Instant;
			import java.util.List;

			import io.github.esdsl.document.Document;
			import io.github.esdsl.document.Field;
			import io.github.esdsl.document.FieldType;
			import io.github.esdsl.document.MultiField;

			@Document(index = "articles")
			public record Article(@Field(name = "headline", fields = @MultiField(name = "raw", type = FieldType.KEYWORD)) String title,
					Instant published, List<Author> authors) {

				public record Author(String name) {
				}

			}
			""";

	private static final String USE = """
			package blog;

			import io.github.esdsl.search.Search;

			public final class ArticleSearch {

				public static String json() {
					return Search.of(Article.class).sort(Article_.published.desc(), Article_.title.raw)
						.highlight(Article_.authors.name).toJson();
				}

			}
			""";

	@TempDir
	Path temp;

	@Test
	void compilesWithTheProcessorOnTheProcessorPathOnJdk17() throws Exception {
		Path javaHome = Path.of(System.getProperty("java.home"));
		assumeTrue(Runtime.version().feature() == 17, "this JVM is not JDK 17 but " + Runtime.version());
		assertMetamodelWritten(javaHome, List.of("-processorpath", processorPath()));
	}

	@Test
	void compilesWithTheProcessorOnTheProcessorPathOnJdk25() throws Exception {
		assumeTrue(Files.isExecutable(JDK_25.resolve("bin/javac")), "JDK 25 is not installed at " + JDK_25);
		assertMetamodelWritten(JDK_25, List.of("-processorpath", processorPath()));
	}

	@Test
	void jdk25RunsTheProcessorFromTheClassPathOnlyWithProcFull() throws Exception {
		assumeTrue(Files.isExecutable(JDK_25.resolve("bin/javac")), "JDK 25 is not installed at " + JDK_25);
		Path project = project();
		List<String> onClassPath = List.of("-classpath", processorPath());
		Run skipped = javac(JDK_25, project, onClassPath);
		assertThat(skipped.exit()).isNotZero();
		assertThat(skipped.output()).contains("error: package Article_ does not exist");
		Run full = javac(JDK_25, project(), List.of("-classpath", processorPath(), "-proc:full"));
		assertThat(full.exit()).as(full.output()).isZero();
	}

	private void assertMetamodelWritten(Path javaHome, List<String> processorOptions) throws Exception {
		Path project = project();
		List<String> options = new ArrayList<>(processorOptions);
		options.addAll(List.of("-classpath", classPath(), "-Xlint:all", "-Werror"));
		Run javac = javac(javaHome, project, options);
		assertThat(javac.exit()).as(javac.output()).isZero();
		Path classes = project.resolve("classes");
		assertThat(classes.resolve("blog/Article_.class")).isRegularFile();
		assertThat(classes.resolve("blog/Article_Author_.class")).isRegularFile();
		assertThat(classes.resolve("blog/ArticleSearch.class")).isRegularFile();
		assertThat(Files.readString(classes.resolve("META-INF/esdsl/documents/blog.Article"))).isEqualTo("blog.Article\n");
	}

	private Path project() throws IOException {
		Path project = Files.createTempDirectory(this.temp, "project");
		Path sources = Files.createDirectories(project.resolve("src/blog"));
		Files.writeString(sources.resolve("Article.java"), ARTICLE);
		Files.writeString(sources.resolve("ArticleSearch.java"), USE);
		return project;
	}

	private record Run(int exit, String output) {
	}

	private static Run javac(Path javaHome, Path project, List<String> options) throws Exception {
		List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin/javac").toString(), "--release", "17", "-d",
				project.resolve("classes").toString(), "-s", project.resolve("generated").toString()));
		command.addAll(options);
		command.add(project.resolve("src/blog/Article.java").toString());
		command.add(project.resolve("src/blog/ArticleSearch.java").toString());
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(project.resolve("javac.log").toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("javac finished").isTrue();
		return new Run(process.exitValue(),
				String.join(" ", command) + "\n" + Files.readString(project.resolve("javac.log"), StandardCharsets.UTF_8));
	}

	/** The processor and what it needs: this module's classes and the runtime class path. */
	private static String processorPath() {
		List<String> entries = new ArrayList<>();
		entries.add(System.getProperty("esdsl.processor.classes"));
		entries.addAll(classPathEntries());
		return String.join(File.pathSeparator, entries);
	}

	/** What the user's code compiles against: dsl-core and its dependencies, not the processor. */
	private static String classPath() {
		return String.join(File.pathSeparator, classPathEntries());
	}

	private static List<String> classPathEntries() {
		String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		String processorClasses = Path.of(System.getProperty("esdsl.processor.classes")).toString();
		return Arrays.stream(path.split(File.pathSeparator))
			.filter((entry) -> !entry.contains("test-classes") && !Path.of(entry).toString().equals(processorClasses))
			.toList();
	}

}
