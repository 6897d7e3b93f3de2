package io.github.esdsl.autoconfigure.document;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Set;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;

/**
 * Reflection hints for a document class and every class it reaches through its fields (inner
 * objects, nested lists, {@code Range} values, enums, superclasses): the library reads and
 * writes their fields, Jackson builds them through their constructors (records through their
 * canonical one), and the mapping reads the annotations of each field.
 */
final class DocumentHints {

	private static final MemberCategory[] CATEGORIES = { MemberCategory.ACCESS_DECLARED_FIELDS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_DECLARED_METHODS };

	private static final BindingReflectionHintsRegistrar BINDING = new BindingReflectionHintsRegistrar();

	private DocumentHints() {
	}

	static void register(RuntimeHints hints, Class<?> documentClass) {
		register(hints, documentClass, new HashSet<>());
	}

	private static void register(RuntimeHints hints, Class<?> type, Set<Object> seen) {
		if (!isApplicationClass(type) || !seen.add(type)) {
			return;
		}
		BINDING.registerReflectionHints(hints.reflection(), type);
		for (Class<?> current = type; isApplicationClass(current); current = current.getSuperclass()) {
			hints.reflection().registerType(current, CATEGORIES);
			for (Field field : current.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					reached(hints, field.getGenericType(), seen);
				}
			}
		}
	}

	private static void reached(RuntimeHints hints, Type type, Set<Object> seen) {
		if (type instanceof Class<?> raw) {
			if (raw.isArray()) {
				reached(hints, raw.getComponentType(), seen);
			}
			else {
				register(hints, raw, seen);
			}
		}
		else if (type instanceof ParameterizedType parameterized) {
			reached(hints, parameterized.getRawType(), seen);
			for (Type argument : parameterized.getActualTypeArguments()) {
				reached(hints, argument, seen);
			}
		}
		else if (type instanceof GenericArrayType array) {
			reached(hints, array.getGenericComponentType(), seen);
		}
		else if (type instanceof WildcardType wildcard) {
			for (Type bound : wildcard.getUpperBounds()) {
				reached(hints, bound, seen);
			}
		}
		else if (type instanceof TypeVariable<?> variable && seen.add(variable)) {
			for (Type bound : variable.getBounds()) {
				reached(hints, bound, seen);
			}
		}
	}

	/** Whether a class is the application's (or the library's): not a primitive, array or JDK class. */
	private static boolean isApplicationClass(Class<?> type) {
		if (type == null || type.isPrimitive() || type.isArray() || type == Object.class || type == Record.class
				|| type == Enum.class) {
			return false;
		}
		String name = type.getName();
		return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| name.startsWith("sun."));
	}

}
