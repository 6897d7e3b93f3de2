package io.github.esdsl.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

import io.github.esdsl.document.Field;
import io.github.esdsl.document.FieldType;
import io.github.esdsl.document.Mapping;

/**
 * dsl-core's {@code MappingBuilder} walk on {@code javax.lang.model} elements: the mapped
 * properties of a document and of every class it reaches as an object or nested field, with
 * the same checks in the same order, so a class fails here exactly when and as it fails at
 * startup. Field definitions are checked by dsl-core itself ({@link Mapping#fieldDefinition}).
 * Single use.
 */
final class MappingRules {

	private final JavaTypes types;

	private final ClassScanner scanner;

	private final List<TypeElement> path = new ArrayList<>();

	private final List<String> pathFields = new ArrayList<>();

	private final Map<TypeElement, List<Property>> classes = new LinkedHashMap<>();

	MappingRules(JavaTypes types, ClassScanner scanner) {
		this.types = types;
		this.scanner = scanner;
	}

	/**
	 * The properties of a document and of the classes it reaches.
	 * @param document the document class
	 * @return each class with its properties, the document first
	 * @throws Rejection if the mapping rules refuse the document
	 */
	Map<TypeElement, List<Property>> map(TypeElement document) {
		properties(document);
		Map<TypeElement, List<Property>> result = new LinkedHashMap<>();
		result.put(document, this.classes.get(document));
		result.putAll(this.classes);
		return result;
	}

	private List<Property> properties(TypeElement type) {
		int cycle = this.path.indexOf(type);
		if (cycle >= 0) {
			List<String> steps = new ArrayList<>(this.pathFields.subList(cycle, this.pathFields.size()));
			throw new IllegalArgumentException("Cannot map the cyclic object graph " + String.join(" -> ", steps) + " -> "
					+ this.types.name(type.asType()) + ": map one of these fields explicitly, e.g. "
					+ "@Field(type = FieldType.FLATTENED), or mark it transient");
		}
		List<ClassScanner.Scanned> model = this.scanner.scan(type);
		this.path.add(type);
		try {
			List<Property> properties = new ArrayList<>();
			for (ClassScanner.Scanned property : model) {
				if (!property.idOnly()) {
					this.pathFields.add(property.where());
					properties.add(definition(property));
					this.pathFields.remove(this.pathFields.size() - 1);
				}
			}
			this.classes.putIfAbsent(type, properties);
			return properties;
		}
		finally {
			this.path.remove(this.path.size() - 1);
		}
	}

	private Property definition(ClassScanner.Scanned property) {
		String where = property.where();
		try {
			JavaTypes.Shape shape = this.types.shape(property.type(), where);
			Field field = property.annotation();
			TypeMirror propertiesClass = property.propertiesClass();
			Map<String, Object> definition = Mapping.fieldDefinition(field, propertiesClass != null,
					() -> this.types.inferred(shape, where), where);
			String type = String.valueOf(definition.get("type"));
			FieldType checked = (field != null && !field.customType().isEmpty()) ? null : FieldType.fromEsType(type);
			TypeElement objectClass = null;
			if (checked != null && checked.isObjectLike() && !definition.containsKey("properties")) {
				TypeMirror source = (propertiesClass != null) ? propertiesClass : shape.element();
				if (this.types.isMappableClass(source)) {
					objectClass = (TypeElement) ((DeclaredType) source).asElement();
					properties(objectClass);
				}
			}
			return new Property(property.javaName(), property.name(), type, multiFields(definition), objectClass,
					property.element());
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			throw new Rejection(ex.getMessage(), property.element());
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> multiFields(Map<String, Object> definition) {
		Map<String, String> result = new LinkedHashMap<>();
		Object fields = definition.get("fields");
		if (fields instanceof Map<?, ?> map) {
			((Map<String, Object>) map).forEach((name, sub) -> result.put(name, String.valueOf(((Map<?, ?>) sub).get("type"))));
		}
		return result;
	}

	/**
	 * Whether a type is one the scanner can read (a class or record, not an interface or enum).
	 * @param element the type
	 * @return whether it is a class or a record
	 */
	static boolean isClassOrRecord(Element element) {
		ElementKind kind = element.getKind();
		return kind == ElementKind.CLASS || kind.name().equals("RECORD");
	}

	static Deque<TypeElement> hierarchy(TypeElement type) {
		Deque<TypeElement> hierarchy = new ArrayDeque<>();
		for (TypeElement current = type; current != null; current = superclass(current)) {
			if (current.getQualifiedName().contentEquals("java.lang.Object")) {
				break;
			}
			hierarchy.push(current);
		}
		return hierarchy;
	}

	private static TypeElement superclass(TypeElement type) {
		TypeMirror superclass = type.getSuperclass();
		return (superclass.getKind() == TypeKind.DECLARED) ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
	}

}
