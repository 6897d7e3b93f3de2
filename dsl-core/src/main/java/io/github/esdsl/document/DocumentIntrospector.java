package io.github.esdsl.document;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Teaches Jackson the document annotations: {@link Field#name()} renames a property; an
 * {@link Id} without {@link Field} is never written to the source and is injected from the hit's
 * {@code _id} when reading (the {@code _id} wins over a source value of the same name); properties
 * are written in mapping order; a {@code byte[]} {@code dense_vector} is written as hexadecimal.
 */
final class DocumentIntrospector extends NopAnnotationIntrospector {

	/** The injection id under which {@link Documents} supplies the {@code _id}. */
	static final String ID = "esdsl._id";

	private static final String SPRING_DATA_ID = "org.springframework.data.annotation.Id";

	@Override
	public PropertyName findNameForSerialization(MapperConfig<?> config, Annotated annotated) {
		return name(annotated);
	}

	@Override
	public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated annotated) {
		return name(annotated);
	}

	@Override
	public JsonProperty.Access findPropertyAccess(MapperConfig<?> config, Annotated annotated) {
		return idOnly(annotated) ? JsonProperty.Access.WRITE_ONLY : null;
	}

	@Override
	public String[] findSerializationPropertyOrder(MapperConfig<?> config, AnnotatedClass annotatedClass) {
		Class<?> type = annotatedClass.getRawType();
		if (!JavaType.isMappableClass(type)) {
			return null;
		}
		try {
			return ClassModel.of(type).properties.stream().map((p) -> p.name).toArray(String[]::new);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	@Override
	public Object findSerializer(MapperConfig<?> config, Annotated annotated) {
		return isByteVector(annotated) ? new ByteVectors.Writer() : null;
	}

	@Override
	public Object findDeserializer(MapperConfig<?> config, Annotated annotated) {
		return isByteVector(annotated) ? new ByteVectors.Reader() : null;
	}

	/**
	 * A {@code byte[]} mapped as {@code dense_vector} is a byte vector, not {@code binary}: written
	 * as hexadecimal (Elasticsearch reads a base64 text there as hexadecimal and fails).
	 */
	private static boolean isByteVector(Annotated annotated) {
		Field field = annotated.getAnnotation(Field.class);
		return field != null && field.type() == FieldType.DENSE_VECTOR && annotated.getRawType() == byte[].class;
	}

	@Override
	public JacksonInject.Value findInjectableValue(MapperConfig<?> config, AnnotatedMember member) {
		return isId(member) ? JacksonInject.Value.construct(ID, Boolean.FALSE, Boolean.TRUE) : null;
	}

	private static PropertyName name(Annotated annotated) {
		Field field = annotated.getAnnotation(Field.class);
		return (field != null && !field.name().isEmpty()) ? PropertyName.construct(field.name()) : null;
	}

	private static boolean idOnly(Annotated annotated) {
		if (!isId(annotated) || annotated.getAnnotation(Field.class) != null) {
			return false;
		}
		// a record component's @Id reaches its accessor and constructor parameter, its @Field does not
		if (annotated instanceof AnnotatedMember member && member.getDeclaringClass().isRecord()) {
			RecordComponent[] components = member.getDeclaringClass().getRecordComponents();
			if (member instanceof AnnotatedParameter parameter) {
				int index = parameter.getIndex();
				return parameter.getOwner().getParameterCount() != components.length || index >= components.length
						|| components[index].getAnnotation(Field.class) == null;
			}
			for (RecordComponent component : components) {
				if (component.getName().equals(member.getName())) {
					return component.getAnnotation(Field.class) == null;
				}
			}
		}
		return true;
	}

	private static boolean isId(Annotated annotated) {
		return annotated.hasAnnotation(Id.class) || annotated.annotations()
			.map(Annotation::annotationType)
			.anyMatch((type) -> type.getName().equals(SPRING_DATA_ID));
	}

}
