package io.github.esdsl.esql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.esdsl.document.DocumentField;
import io.github.esdsl.document.DocumentMetadata;

/**
 * The columns a document class is read from, as the Python DSL's
 * {@code _get_field_names}: every leaf of the mapping in mapping order, fields of objects as
 * dotted paths ({@code address.city}); multi-fields are not columns of their own. Leaves under
 * a {@code nested} field are known but not part of {@link #esqlNames()}: ES|QL does not
 * return them.
 */
final class DocumentColumns {

	private static final ClassValue<DocumentColumns> CACHE = new ClassValue<>() {
		@Override
		protected DocumentColumns computeValue(Class<?> type) {
			return new DocumentColumns(type);
		}
	};

	/** One leaf: its dotted path, whether it sits under a nested field, whether it holds a list. */
	record Leaf(String path, boolean underNested, boolean multi) {
	}

	private final Class<?> type;

	private final Map<String, Leaf> leaves = new LinkedHashMap<>();

	private final boolean hasId;

	@SuppressWarnings("unchecked")
	private DocumentColumns(Class<?> type) {
		this.type = type;
		DocumentMetadata<?> metadata = DocumentMetadata.of(type);
		this.hasId = metadata.idField().isPresent();
		walk(metadata.mapping().properties(), "", false, metadata);
	}

	static DocumentColumns of(Class<?> type) {
		return CACHE.get(type);
	}

	@SuppressWarnings("unchecked")
	private void walk(Map<String, Object> properties, String prefix, boolean underNested, DocumentMetadata<?> owner) {
		properties.forEach((name, value) -> {
			Map<String, Object> definition = (Map<String, Object>) value;
			Optional<DocumentField> field = (owner != null) ? owner.field(name) : Optional.empty();
			if (definition.get("properties") instanceof Map<?, ?> children) {
				boolean nested = underNested || "nested".equals(definition.get("type"));
				walk((Map<String, Object>) children, prefix + name + ".", nested,
						field.map(DocumentField::elementClass).map(DocumentColumns::metadataOf).orElse(null));
			}
			else {
				String path = prefix + name;
				this.leaves.put(path, new Leaf(path, underNested, field.map(DocumentField::multi).orElse(false)));
			}
		});
	}

	private static DocumentMetadata<?> metadataOf(Class<?> type) {
		if (type.isPrimitive() || type.getName().startsWith("java.")) {
			return null;
		}
		try {
			return DocumentMetadata.of(type);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	Class<?> type() {
		return this.type;
	}

	/** Whether the class has an {@code @Id} field, filled from the {@code _id} column. */
	boolean hasId() {
		return this.hasId;
	}

	/** The columns {@code Esql.from(Class)} keeps: every leaf outside nested fields. */
	List<String> esqlNames() {
		return this.leaves.values().stream().filter((leaf) -> !leaf.underNested()).map(Leaf::path).toList();
	}

	/** The columns a document needs: all leaves, or only those ES|QL can return. */
	Map<String, Leaf> required(boolean esqlOnly) {
		if (!esqlOnly) {
			return Collections.unmodifiableMap(this.leaves);
		}
		Map<String, Leaf> leaves = new LinkedHashMap<>();
		this.leaves.forEach((path, leaf) -> {
			if (!leaf.underNested()) {
				leaves.put(path, leaf);
			}
		});
		return leaves;
	}

	/** The leaves under nested fields, for error messages. */
	List<String> nestedNames() {
		List<String> nested = new ArrayList<>();
		this.leaves.values().stream().filter(Leaf::underNested).forEach((leaf) -> nested.add(leaf.path()));
		return nested;
	}

}
