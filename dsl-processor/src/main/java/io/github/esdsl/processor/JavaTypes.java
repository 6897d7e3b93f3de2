package io.github.esdsl.processor;

import java.util.List;
import java.util.Set;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import io.github.esdsl.document.FieldType;

/**
 * dsl-core's {@code JavaType} rules on {@code javax.lang.model} types: the element class of a
 * field (inside {@code Optional}, a collection or an array), whether it holds several values,
 * and the field type inferred from it. Messages are dsl-core's, word for word.
 */
final class JavaTypes {

	private static final Set<String> DATES = Set.of("java.time.Instant", "java.time.OffsetDateTime",
			"java.time.ZonedDateTime", "java.time.LocalDateTime");

	private final Types types;

	private final Elements elements;

	JavaTypes(Types types, Elements elements) {
		this.types = types;
		this.elements = elements;
	}

	/**
	 * A field's shape, as dsl-core's {@code JavaType.of}.
	 * @param element the raw class of one value
	 * @param multi whether the field holds several values
	 * @param rangeBound the raw bound class of a {@code Range}, else {@code null}
	 */
	record Shape(TypeMirror element, boolean multi, TypeMirror rangeBound) {
	}

	Shape shape(TypeMirror type, String where) {
		TypeMirror current = type;
		if (is(raw(current), "java.util.Optional")) {
			current = argument(current, 0, where);
		}
		boolean multi = false;
		TypeMirror raw = raw(current);
		if (raw.getKind() == TypeKind.ARRAY && !isByteArray(raw)) {
			multi = true;
			current = (current instanceof ArrayType array) ? array.getComponentType()
					: ((ArrayType) raw).getComponentType();
		}
		else if (isSubtype(raw, "java.util.Collection")) {
			multi = true;
			current = argument(current, 0, where);
		}
		TypeMirror element = raw(current);
		TypeMirror bound = is(element, "io.github.esdsl.document.Range") ? raw(argument(current, 0, where)) : null;
		return new Shape(element, multi, bound);
	}

	FieldType inferred(Shape shape, String where) {
		if (shape.rangeBound() != null) {
			return rangeType(shape.rangeBound(), where);
		}
		FieldType scalar = scalar(shape.element());
		if (scalar != null) {
			return scalar;
		}
		if (!isMappableClass(shape.element())) {
			throw new IllegalArgumentException("Cannot infer the field type of " + where + " from "
					+ name(shape.element()) + ": annotate it with @Field(type = FieldType...)");
		}
		return shape.multi() ? FieldType.NESTED : FieldType.OBJECT;
	}

	boolean isMappableClass(TypeMirror type) {
		if (!(type instanceof DeclaredType declared)) {
			return false;
		}
		ElementKind kind = declared.asElement().getKind();
		if ((kind != ElementKind.CLASS && !kind.name().equals("RECORD")) || isSubtype(type, "java.util.Map")
				|| is(type, "java.lang.Object")) {
			return false;
		}
		String name = name(type);
		return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun."));
	}

	/** The binary name, as {@code Class.getName()} gives it. */
	String name(TypeMirror type) {
		if (type instanceof DeclaredType declared) {
			return this.elements.getBinaryName((TypeElement) declared.asElement()).toString();
		}
		return this.types.erasure(type).toString();
	}

	TypeMirror raw(TypeMirror type) {
		if (type instanceof WildcardType wildcard) {
			return (wildcard.getExtendsBound() != null) ? raw(wildcard.getExtendsBound()) : object();
		}
		if (type instanceof TypeVariable variable) {
			return raw(variable.getUpperBound());
		}
		if (type instanceof IntersectionType intersection) {
			return raw(intersection.getBounds().get(0));
		}
		if (type.getKind().isPrimitive() || type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.ARRAY) {
			return this.types.erasure(type);
		}
		return object();
	}

	private FieldType rangeType(TypeMirror bound, String where) {
		if (is(bound, "java.lang.Integer") || is(bound, "java.lang.Short") || is(bound, "java.lang.Byte")) {
			return FieldType.INTEGER_RANGE;
		}
		if (is(bound, "java.lang.Long")) {
			return FieldType.LONG_RANGE;
		}
		if (is(bound, "java.lang.Float")) {
			return FieldType.FLOAT_RANGE;
		}
		if (is(bound, "java.lang.Double")) {
			return FieldType.DOUBLE_RANGE;
		}
		if (isDate(bound) || is(bound, "java.time.LocalDate")) {
			return FieldType.DATE_RANGE;
		}
		if (isSubtype(bound, "java.net.InetAddress")) {
			return FieldType.IP_RANGE;
		}
		throw new IllegalArgumentException("Cannot infer a range type for " + where + " from Range<" + name(bound)
				+ ">: use Integer, Long, Float, Double, a date type or InetAddress bounds, or @Field(type = ...)");
	}

	private FieldType scalar(TypeMirror type) {
		if (is(type, "java.lang.String") || is(type, "java.lang.CharSequence")) {
			return FieldType.TEXT;
		}
		FieldType primitive = switch (type.getKind()) {
			case BOOLEAN -> FieldType.BOOLEAN;
			case INT -> FieldType.INTEGER;
			case LONG -> FieldType.LONG;
			case FLOAT -> FieldType.FLOAT;
			case DOUBLE -> FieldType.DOUBLE;
			case SHORT -> FieldType.SHORT;
			case BYTE -> FieldType.BYTE;
			default -> null;
		};
		if (primitive != null) {
			return primitive;
		}
		if (type.getKind() == TypeKind.DECLARED) {
			TypeKind unboxed = unboxed(type);
			if (unboxed != null && unboxed != TypeKind.CHAR) {
				return scalar(this.types.getPrimitiveType(unboxed));
			}
		}
		if (isByteArray(type)) {
			return FieldType.BINARY;
		}
		if (isDate(type) || is(type, "java.time.LocalDate")) {
			return FieldType.DATE;
		}
		if ((type instanceof DeclaredType declared && declared.asElement().getKind() == ElementKind.ENUM)
				|| is(type, "java.util.UUID")) {
			return FieldType.KEYWORD;
		}
		if (isSubtype(type, "java.net.InetAddress")) {
			return FieldType.IP;
		}
		return null;
	}

	private TypeKind unboxed(TypeMirror type) {
		try {
			return this.types.unboxedType(type).getKind();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	boolean isDate(TypeMirror type) {
		return (type.getKind() == TypeKind.DECLARED && DATES.contains(name(type))) || isSubtype(type, "java.util.Date");
	}

	private TypeMirror argument(TypeMirror type, int index, String where) {
		if (type instanceof DeclaredType declared && !declared.getTypeArguments().isEmpty()) {
			List<? extends TypeMirror> arguments = declared.getTypeArguments();
			return arguments.get(index);
		}
		throw new IllegalArgumentException("Cannot map " + where + ": its type " + typeName(type)
				+ " needs a type argument (raw types say nothing about their elements)");
	}

	/** As {@code Type.getTypeName()} writes a class. */
	private String typeName(TypeMirror type) {
		return (type instanceof ArrayType array) ? typeName(array.getComponentType()) + "[]" : name(type);
	}

	private boolean isByteArray(TypeMirror type) {
		return type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE;
	}

	boolean is(TypeMirror type, String qualifiedName) {
		return type.getKind() == TypeKind.DECLARED
				&& ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
	}

	boolean isSubtype(TypeMirror type, String qualifiedName) {
		TypeElement target = this.elements.getTypeElement(qualifiedName);
		return target != null && type.getKind() == TypeKind.DECLARED
				&& this.types.isSubtype(this.types.erasure(type), this.types.erasure(target.asType()));
	}

	private TypeMirror object() {
		return this.elements.getTypeElement("java.lang.Object").asType();
	}

}
