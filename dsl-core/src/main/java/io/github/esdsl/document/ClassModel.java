package io.github.esdsl.document;

import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The mapped properties of a class or record: its non-static, non-transient fields (and those
 * of its superclasses, parents first), or its record components. Cached per class.
 */
final class ClassModel {

	private static final ClassValue<ClassModel> CACHE = new ClassValue<>() {
		@Override
		protected ClassModel computeValue(Class<?> type) {
			return new ClassModel(type);
		}
	};

	final Class<?> type;

	final List<PropertyModel> properties;

	final PropertyModel id;

	final PropertyModel routing;

	private ClassModel(Class<?> type) {
		if (type.isInterface() || type.isPrimitive() || type.isArray() || type.isEnum()) {
			throw new IllegalArgumentException("Cannot map " + type.getName()
					+ ": a document or inner object must be a class or record");
		}
		this.type = type;
		Map<String, PropertyModel> byName = new LinkedHashMap<>();
		for (PropertyModel property : scan(type)) {
			PropertyModel previous = byName.put(property.name, property);
			if (previous != null) {
				throw new IllegalArgumentException("Fields " + previous.where() + " and " + property.where()
						+ " both map to the Elasticsearch field '" + property.name + "'; rename one with @Field(name = ...)");
			}
		}
		this.properties = List.copyOf(byName.values());
		this.id = single(type, "@Id", this.properties.stream().filter((p) -> p.id));
		this.routing = single(type, "@Routing", this.properties.stream().filter((p) -> p.routing));
	}

	static ClassModel of(Class<?> type) {
		return CACHE.get(type);
	}

	private static PropertyModel single(Class<?> type, String what, Stream<PropertyModel> candidates) {
		List<PropertyModel> found = candidates.toList();
		if (found.size() > 1) {
			throw new IllegalArgumentException(type.getName() + " has " + found.size() + " " + what + " fields ("
					+ found.stream().map((p) -> p.javaName).toList() + "); keep one");
		}
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<PropertyModel> scan(Class<?> type) {
		List<PropertyModel> properties = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				java.lang.reflect.Field field = backingField(type, component.getName());
				Annotation[] annotations = Stream.concat(Stream.of(component.getAnnotations()),
						Stream.of(field.getAnnotations())).distinct().toArray(Annotation[]::new);
				if (!ignored(annotations)) {
					properties.add(new PropertyModel(type, field, annotations, component.getAnnotatedType()));
				}
			}
			return properties;
		}
		Deque<Class<?>> hierarchy = new ArrayDeque<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			hierarchy.push(current);
		}
		for (Class<?> current : hierarchy) {
			for (java.lang.reflect.Field field : current.getDeclaredFields()) {
				int modifiers = field.getModifiers();
				if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
						|| ignored(field.getAnnotations())) {
					continue;
				}
				properties.add(new PropertyModel(current, field, field.getAnnotations(), field.getAnnotatedType()));
			}
		}
		return properties;
	}

	private static boolean ignored(Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			if (annotation instanceof JsonIgnore ignore && ignore.value()) {
				return true;
			}
		}
		return false;
	}

	private static java.lang.reflect.Field backingField(Class<?> type, String name) {
		try {
			return type.getDeclaredField(name);
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("Record " + type.getName() + " has no field for its component " + name, ex);
		}
	}

}
