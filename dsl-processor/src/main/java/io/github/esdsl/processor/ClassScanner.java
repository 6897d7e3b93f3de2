package io.github.esdsl.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

import io.github.esdsl.document.Field;

/**
 * dsl-core's {@code ClassModel} and {@code PropertyModel} on {@code javax.lang.model}: the
 * mapped properties of a class or record (non-static, non-transient fields, parents first, or
 * record components), their names and the checks on them, with dsl-core's messages.
 */
final class ClassScanner {

	private static final String FIELD = "io.github.esdsl.document.Field";

	private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

	private static final Set<String> IDS = Set.of("io.github.esdsl.document.Id", "org.springframework.data.annotation.Id");

	private static final String ROUTING = "io.github.esdsl.document.Routing";

	private final JavaTypes types;

	private final Elements elements;

	/**
	 * A scanned property.
	 * @param owner the declaring class
	 * @param element the field or record component
	 * @param javaName the Java name
	 * @param name the Elasticsearch name
	 * @param annotation the {@code @Field}, or {@code null}
	 * @param propertiesClass the {@code @Field(properties = ...)} class, or {@code null}
	 * @param id whether it carries an id annotation
	 * @param routing whether it carries {@code @Routing}
	 * @param type the declared type
	 */
	record Scanned(TypeElement owner, Element element, String javaName, String name, Field annotation,
			TypeMirror propertiesClass, boolean id, boolean routing, TypeMirror type, String where) {

		boolean idOnly() {
			return this.id && this.annotation == null;
		}

	}

	ClassScanner(JavaTypes types, Elements elements) {
		this.types = types;
		this.elements = elements;
	}

	List<Scanned> scan(TypeElement type) {
		String typeName = this.types.name(type.asType());
		if (!MappingRules.isClassOrRecord(type)) {
			throw new Rejection("Cannot map " + typeName + ": a document or inner object must be a class or record", type);
		}
		Map<String, Scanned> byName = new LinkedHashMap<>();
		for (Scanned property : properties(type)) {
			Scanned previous = byName.put(property.name(), property);
			if (previous != null) {
				throw new Rejection("Fields " + previous.where() + " and " + property.where()
						+ " both map to the Elasticsearch field '" + property.name()
						+ "'; rename one with @Field(name = ...)", property.element());
			}
		}
		List<Scanned> properties = List.copyOf(byName.values());
		single(type, typeName, "@Id", properties.stream().filter(Scanned::id).toList());
		single(type, typeName, "@Routing", properties.stream().filter(Scanned::routing).toList());
		return properties;
	}

	private static void single(TypeElement type, String typeName, String what, List<Scanned> found) {
		if (found.size() > 1) {
			throw new Rejection(typeName + " has " + found.size() + " " + what + " fields ("
					+ found.stream().map(Scanned::javaName).toList() + "); keep one", found.get(1).element());
		}
	}

	private List<Scanned> properties(TypeElement type) {
		List<Scanned> properties = new ArrayList<>();
		if (type.getKind().name().equals("RECORD")) {
			for (RecordComponentElement component : type.getRecordComponents()) {
				VariableElement field = backingField(type, component.getSimpleName().toString());
				List<Element> annotated = (field != null) ? List.of(component, field) : List.of(component);
				if (!ignored(annotated)) {
					properties.add(property(type, component, annotated, component.asType()));
				}
			}
			return properties;
		}
		for (TypeElement current : MappingRules.hierarchy(type)) {
			for (Element member : current.getEnclosedElements()) {
				if (member.getKind() != ElementKind.FIELD || member.getModifiers().contains(Modifier.STATIC)
						|| member.getModifiers().contains(Modifier.TRANSIENT) || ignored(List.of(member))) {
					continue;
				}
				properties.add(property(current, member, List.of(member), member.asType()));
			}
		}
		return properties;
	}

	private Scanned property(TypeElement owner, Element element, List<Element> annotated, TypeMirror type) {
		String javaName = element.getSimpleName().toString();
		String where = this.types.name(owner.asType()) + "." + javaName;
		Field annotation = null;
		TypeMirror propertiesClass = null;
		for (Element candidate : annotated) {
			if (annotation == null && candidate.getAnnotation(Field.class) != null) {
				annotation = candidate.getAnnotation(Field.class);
				propertiesClass = propertiesClass(candidate);
			}
		}
		boolean id = annotated.stream().anyMatch((e) -> has(e, IDS));
		boolean routing = annotated.stream().anyMatch((e) -> has(e, Set.of(ROUTING)));
		String name = (annotation != null && !annotation.name().isEmpty()) ? annotation.name() : javaName;
		if (name.contains(".") && annotation != null) {
			throw new Rejection("Field name '" + name + "' of " + where
					+ " contains a dot: map the inner object as its own class instead", element);
		}
		return new Scanned(owner, element, javaName, name, annotation, propertiesClass, id, routing, type, where);
	}

	private TypeMirror propertiesClass(Element element) {
		for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
			if (name(mirror).equals(FIELD)) {
				for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues()
					.entrySet()) {
					if (entry.getKey().getSimpleName().contentEquals("properties")
							&& entry.getValue().getValue() instanceof TypeMirror value && value.getKind() != TypeKind.VOID) {
						return value;
					}
				}
			}
		}
		return null;
	}

	private boolean ignored(List<Element> annotated) {
		for (Element element : annotated) {
			for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
				if (name(mirror).equals(JSON_IGNORE)) {
					Object value = this.elements.getElementValuesWithDefaults(mirror)
						.entrySet()
						.stream()
						.filter((e) -> e.getKey().getSimpleName().contentEquals("value"))
						.map((e) -> e.getValue().getValue())
						.findFirst()
						.orElse(Boolean.TRUE);
					if (Boolean.TRUE.equals(value)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean has(Element element, Set<String> annotations) {
		return element.getAnnotationMirrors().stream().anyMatch((mirror) -> annotations.contains(name(mirror)));
	}

	private static String name(AnnotationMirror mirror) {
		return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
	}

	private static VariableElement backingField(TypeElement record, String name) {
		for (Element member : record.getEnclosedElements()) {
			if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(name)
					&& !member.getModifiers().contains(Modifier.STATIC)) {
				return (VariableElement) member;
			}
		}
		return null;
	}

}
