package io.github.esdsl.document;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Optional;

/**
 * One field of a document class as the binding sees it: its Elasticsearch name, its Java
 * field, its mapped type and fast access to its value.
 */
public final class DocumentField {

	private final PropertyModel property;

	private final JavaType javaType;

	private final String esType;

	private final Optional<FieldType> type;

	private final MethodHandle getter;

	private final MethodHandle setter;

	DocumentField(PropertyModel property, Map<String, Object> definition) {
		this.property = property;
		this.javaType = JavaType.of(property.genericType(), property.where());
		this.esType = (definition != null) ? String.valueOf(definition.get("type")) : null;
		this.type = typeOf(this.esType);
		java.lang.reflect.Field field = property.field;
		if (!field.trySetAccessible()) {
			throw new IllegalArgumentException("Cannot access " + property.where()
					+ ": open its package to io.github.esdsl or make the field public");
		}
		try {
			this.getter = MethodHandles.lookup().unreflectGetter(field);
			boolean writable = !Modifier.isFinal(field.getModifiers()) && !property.owner.isRecord();
			this.setter = writable ? MethodHandles.lookup().unreflectSetter(field) : null;
		}
		catch (IllegalAccessException ex) {
			throw new IllegalArgumentException("Cannot access " + property.where(), ex);
		}
	}

	/**
	 * The field's name in Elasticsearch.
	 * @return the name
	 */
	public String name() {
		return this.property.name;
	}

	/**
	 * The Java field's name.
	 * @return the name
	 */
	public String javaName() {
		return this.property.javaName;
	}

	/**
	 * The Java field's declared (generic) type.
	 * @return the type
	 */
	public Type javaType() {
		return this.property.genericType();
	}

	/**
	 * The class of one value: the element of a list, set, array or {@code Optional}.
	 * @return the element class
	 */
	public Class<?> elementClass() {
		return this.javaType.element();
	}

	/**
	 * Whether the field holds several values (a collection or an array other than {@code byte[]}).
	 * @return whether it is multi-valued
	 */
	public boolean multi() {
		return this.javaType.multi();
	}

	/**
	 * Whether validation requires a value: a primitive, {@code @Field(required = true)}, or an
	 * annotation named {@code NonNull} or {@code NotNull}.
	 * @return whether it is required
	 */
	public boolean required() {
		return this.property.required;
	}

	/**
	 * Whether this field holds the document's {@code _id}.
	 * @return whether it is the id
	 */
	public boolean isId() {
		return this.property.id;
	}

	/**
	 * Whether this field holds the document's routing.
	 * @return whether it is the routing
	 */
	public boolean isRouting() {
		return this.property.routing;
	}

	/**
	 * Whether the field is part of the mapping and the {@code _source} (an {@link Id} without
	 * {@link Field} is not).
	 * @return whether it is mapped
	 */
	public boolean mapped() {
		return this.esType != null;
	}

	/**
	 * The mapped type.
	 * @return the type; empty for an unmapped id or a {@link Field#customType()}
	 */
	public Optional<FieldType> type() {
		return this.type;
	}

	private static Optional<FieldType> typeOf(String esType) {
		if (esType == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(FieldType.fromEsType(esType));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Reads the field of a document.
	 * @param document the document
	 * @return the value, possibly {@code null}
	 */
	public Object get(Object document) {
		try {
			return this.getter.invoke(document);
		}
		catch (Throwable ex) {
			throw new IllegalArgumentException("Cannot read " + this.property.where() + " of " + document, ex);
		}
	}

	/**
	 * Whether {@link #set} works: false for records and final fields.
	 * @return whether the field can be set
	 */
	public boolean isWritable() {
		return this.setter != null;
	}

	/**
	 * Sets the field of a document.
	 * @param document the document
	 * @param value the value
	 * @throws IllegalStateException for records and final fields
	 */
	public void set(Object document, Object value) {
		if (this.setter == null) {
			throw new IllegalStateException(this.property.where() + " cannot be set: it is final or a record component");
		}
		try {
			this.setter.invoke(document, value);
		}
		catch (Throwable ex) {
			throw new IllegalArgumentException("Cannot set " + this.property.where() + " to " + value, ex);
		}
	}

	@Override
	public String toString() {
		return "DocumentField[" + name() + " <- " + this.property.where() + "]";
	}

}
