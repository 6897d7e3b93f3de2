package io.github.esdsl.processor;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processor keeps Gradle's rules for isolating processors: it is registered as one, and
 * every file it writes names exactly one originating class.
 */
class IsolatingProcessorTest {

	@TempDir
	Path temp;

	@Test
	void registeredForGradleAsIsolatingAndAsAService() throws IOException {
		assertThat(resource("META-INF/gradle/incremental.annotation.processors"))
			.isEqualTo("io.github.esdsl.processor.MetamodelProcessor,isolating\n");
		assertThat(resource("META-INF/services/javax.annotation.processing.Processor"))
			.isEqualTo("io.github.esdsl.processor.MetamodelProcessor\n");
	}

	@Test
	void everyWrittenFileHasExactlyOneOriginatingClass() throws Exception {
		List<String> written = new ArrayList<>();
		List<Integer> origins = new ArrayList<>();
		Processor recording = recording(new MetamodelProcessor(), written, origins);
		Javac.Result result = Javac.compile(this.temp, List.of(), List.of(), Map.of("blog.Post", """
				package blog;
				import java.util.List;
				import io.github.esdsl.document.*;
				@Document(index = "posts")
				public class Post {
					String title;
					List<Comment> comments;
					Author author;
					public static class Comment { String text; Author author; }
				}
				""", "blog.Author", "package blog;\npublic record Author(String name) {}\n"), List.of(), recording);
		assertThat(result.success()).as(result.diagnostics().toString()).isTrue();
		assertThat(written).containsExactlyInAnyOrder("blog.Post_", "blog.Post_Comment_", "blog.Author_",
				"META-INF/esdsl/documents/blog.Post");
		assertThat(origins).containsOnly(1);
	}

	private static Processor recording(MetamodelProcessor processor, List<String> written, List<Integer> origins) {
		return new javax.annotation.processing.AbstractProcessor() {

			@Override
			public synchronized void init(ProcessingEnvironment env) {
				Filer filer = env.getFiler();
				Filer spy = (Filer) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Filer.class },
						(proxy, method, args) -> {
							Object elements = args[args.length - 1];
							if (elements instanceof Element[] originating) {
								written.add(method.getName().equals("createResource") ? String.valueOf(args[2])
										: String.valueOf(args[0]));
								origins.add(originating.length);
							}
							try {
								return method.invoke(filer, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						});
				ProcessingEnvironment wrapped = (ProcessingEnvironment) Proxy.newProxyInstance(
						getClass().getClassLoader(), new Class<?>[] { ProcessingEnvironment.class },
						(proxy, method, args) -> method.getName().equals("getFiler") ? spy : method.invoke(env, args));
				processor.init(wrapped);
			}

			@Override
			public Set<String> getSupportedAnnotationTypes() {
				return processor.getSupportedAnnotationTypes();
			}

			@Override
			public SourceVersion getSupportedSourceVersion() {
				return processor.getSupportedSourceVersion();
			}

			@Override
			public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
				return processor.process(annotations, round);
			}

		};
	}

	private static String resource(String path) throws IOException {
		Path file = Path.of(System.getProperty("esdsl.processor.classes"), path);
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
