package io.github.esdsl.processor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

import io.github.esdsl.document.Document;
import io.github.esdsl.document.Metamodel;
import io.github.esdsl.document.Setting;

/**
 * Writes the field metamodel of every {@link Document} class or record, and of every class it
 * uses as an object or nested field: {@code Post_} beside {@code Post}, with one
 * {@code public static final} {@code MappedField} per mapped field, named as the Java field.
 * It applies dsl-core's mapping rules, so a document those rules refuse is a compile error on
 * the offending element, with the message startup would give.
 *
 * <p>For each document it also writes the resource {@value #INDEX}{@code <binary class name>}
 * (content: the binary class name and a newline), so that startup can list the documents of a
 * jar or directory without scanning classes. One resource per document, not one list, keeps the
 * processor isolating for Gradle's incremental compilation: every file it writes comes from
 * exactly one class.
 */
@SupportedAnnotationTypes("io.github.esdsl.document.*")
public final class MetamodelProcessor extends AbstractProcessor {

	private static final String ANALYSIS_COMPONENT = "io.github.esdsl.analysis.AnalysisComponent";

	/** The folder of the document index: one resource per document class. */
	public static final String INDEX = "META-INF/esdsl/documents/";

	private final Set<String> written = new HashSet<>();

	private final Set<String> roots = new HashSet<>();

	private JavaTypes types;

	private MetamodelWriter writer;

	@Override
	public synchronized void init(ProcessingEnvironment processingEnv) {
		super.init(processingEnv);
		this.types = new JavaTypes(processingEnv.getTypeUtils(), processingEnv.getElementUtils());
		this.writer = new MetamodelWriter();
	}

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		for (Element root : round.getRootElements()) {
			if (root instanceof TypeElement type) {
				this.roots.add(type.getQualifiedName().toString());
			}
		}
		for (Element element : round.getElementsAnnotatedWith(Document.class)) {
			if (element instanceof TypeElement document) {
				document(document);
			}
		}
		// the document annotations are this processor's alone: claiming them keeps -Xlint:processing quiet
		return true;
	}

	private void document(TypeElement document) {
		String name = this.types.name(document.asType());
		Map<TypeElement, List<Property>> classes;
		try {
			classes = new MappingRules(this.types, new ClassScanner(this.types, this.processingEnv.getElementUtils()))
				.map(document);
			mappingOptions(document);
			analyzerHolders(document);
		}
		catch (Rejection ex) {
			error("Document " + name + " cannot be mapped: " + ex.getMessage(), ex.element(), document);
			return;
		}
		catch (RuntimeException ex) {
			// an annotation value the compiler could not resolve: javac reports it, nothing to add
			this.processingEnv.getMessager()
				.printMessage(Diagnostic.Kind.WARNING, "No metamodel for " + name + ": " + ex, document);
			return;
		}
		classes.forEach((type, properties) -> metamodel(type, properties));
		resource(INDEX + name, name + "\n", document);
	}

	/** dsl-core's check of {@code @Document(mappingOptions)}, made after the properties' as there. */
	private static void mappingOptions(TypeElement document) {
		Document annotation = document.getAnnotation(Document.class);
		for (Setting option : (annotation != null) ? annotation.mappingOptions() : new Setting[0]) {
			String name = option.name();
			if (name.isBlank() || name.equals("properties")) {
				throw new Rejection("Mapping option name '" + name + "' is not allowed: declare fields as Java fields and "
						+ "meta fields by name, such as \"date_detection\" or \"meta\"", document);
			}
		}
	}

	/**
	 * dsl-core's check that each {@code @Document(analyzers = ...)} class holds static analysis
	 * definitions; their values (and what they define) are known only when the classes run.
	 */
	private void analyzerHolders(TypeElement document) {
		TypeElement component = this.processingEnv.getElementUtils().getTypeElement(ANALYSIS_COMPONENT);
		for (AnnotationMirror mirror : document.getAnnotationMirrors()) {
			if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
				.contentEquals(Document.class.getName())) {
				continue;
			}
			mirror.getElementValues().forEach((key, value) -> {
				if (key.getSimpleName().contentEquals("analyzers") && value.getValue() instanceof List<?> holders) {
					for (Object holder : holders) {
						TypeMirror type = (TypeMirror) ((AnnotationValue) holder).getValue();
						if (component != null && !holdsAnalysis(type, component)) {
							throw new Rejection("@Document(analyzers = " + this.types.name(type) + ".class) names a "
									+ "class without static analysis definitions (Analyzer, Normalizer, Tokenizer, "
									+ "TokenFilter or CharFilter fields)", document);
						}
					}
				}
			});
		}
	}

	private boolean holdsAnalysis(TypeMirror holder, TypeElement component) {
		Types typeUtils = this.processingEnv.getTypeUtils();
		Element element = typeUtils.asElement(holder);
		return element != null && element.getEnclosedElements()
			.stream()
			.anyMatch((member) -> member.getKind() == ElementKind.FIELD && member.getModifiers().contains(Modifier.STATIC)
					&& typeUtils.isAssignable(typeUtils.erasure(member.asType()), typeUtils.erasure(component.asType())));
	}

	private void metamodel(TypeElement type, List<Property> properties) {
		String metamodel = MetamodelWriter.metamodelName(type);
		if (!this.written.add(metamodel)) {
			return;
		}
		String described = this.types.name(type.asType());
		TypeElement existing = this.processingEnv.getElementUtils().getTypeElement(metamodel);
		if (existing != null) {
			if (existing.getAnnotation(Metamodel.class) == null) {
				clash(type, metamodel, described);
				return;
			}
			if (!this.roots.contains(outermost(type).getQualifiedName().toString())) {
				return;
			}
		}
		try (Writer out = this.processingEnv.getFiler().createSourceFile(metamodel, type).openWriter()) {
			out.write(this.writer.source(type, described, properties));
		}
		catch (FilerException ex) {
			clash(type, metamodel, described);
		}
		catch (IOException ex) {
			error("Cannot write the metamodel " + metamodel + " of " + described + ": " + ex.getMessage(), type, type);
		}
	}

	private void clash(TypeElement type, String metamodel, String described) {
		error("Cannot generate the metamodel class " + metamodel + " of " + described + ": a class of that name exists "
				+ "already and was not generated by the esdsl dsl-processor; rename that class, as the metamodel of a class "
				+ "is always its name followed by '_'", type, type);
	}

	private void resource(String path, String content, TypeElement document) {
		try {
			FileObject file = this.processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, document);
			try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
				out.write(content);
			}
		}
		catch (IOException ex) {
			error("Cannot write the document index entry " + path + ": " + ex.getMessage(), document, document);
		}
	}

	private void error(String message, Element element, TypeElement document) {
		Messager messager = this.processingEnv.getMessager();
		messager.printMessage(Diagnostic.Kind.ERROR, message, (element != null) ? element : document);
	}

	private static TypeElement outermost(TypeElement type) {
		TypeElement current = type;
		while (current.getEnclosingElement() instanceof TypeElement outer) {
			current = outer;
		}
		return current;
	}

}
