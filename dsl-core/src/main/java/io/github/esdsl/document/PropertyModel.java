package io.github.esdsl.document;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Optional;

/**
 * One Java field or record component of a mapped class, with what its annotations say.
 */
final class PropertyModel {

	private static final String SPRING_DATA_ID = "org.springframework.data.annotation.Id";

	final Class<?> owner;

	final java.lang.reflect.Field field;

	final String javaName;

	final String name;

	final Field annotation;

	final boolean id;

	final boolean routing;

	final boolean required;

	PropertyModel(Class<?> owner, java.lang.reflect.Field field, Annotation[] annotations, AnnotatedType annotatedType) {
		this.owner = owner;
		this.field = field;
		this.javaName = field.getName();
		this.annotation = find(annotations, Field.class);
		this.id = find(annotations, Id.class) != null
				|| Arrays.stream(annotations).anyMatch((a) -> a.annotationType().getName().equals(SPRING_DATA_ID));
		this.routing = find(annotations, Routing.class) != null;
		String name = (this.annotation != null) ? this.annotation.name() : "";
		this.name = name.isEmpty() ? this.javaName : name;
		this.required = field.getType().isPrimitive() || (this.annotation != null && this.annotation.required())
				|| nonNull(annotations) || nonNull(annotatedType.getAnnotations());
		if (this.name.contains(".") && this.annotation != null) {
			throw new IllegalArgumentException("Field name '" + this.name + "' of " + where()
					+ " contains a dot: map the inner object as its own class instead");
		}
	}

	/**
	 * Whether the property is only the document's {@code _id}, not a source field.
	 */
	boolean idOnly() {
		return this.id && this.annotation == null;
	}

	Type genericType() {
		return this.field.getGenericType();
	}

	Optional<Field> fieldAnnotation() {
		return Optional.ofNullable(this.annotation);
	}

	String where() {
		return this.owner.getName() + "." + this.javaName;
	}

	private static boolean nonNull(Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			String simpleName = annotation.annotationType().getSimpleName();
			if (simpleName.equals("NonNull") || simpleName.equals("NotNull")) {
				return true;
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
		for (Annotation annotation : annotations) {
			if (annotation.annotationType() == type) {
				return (A) annotation;
			}
		}
		return null;
	}

}
