package io.github.esdsl.persistence;

import io.github.esdsl.document.DocumentMetadata;

/**
 * Where one document goes: its class, index, id and routing.
 */
record Target<T>(Class<T> type, String index, String id, String routing) {

	@SuppressWarnings("unchecked")
	static <T> Target<T> of(T document, String indexOverride) {
		Class<T> type = (Class<T>) document.getClass();
		DocumentMetadata<T> metadata = DocumentMetadata.of(type);
		String index = (indexOverride == null && document instanceof WritesTo writesTo) ? writesTo.writeIndex()
				: index(type, indexOverride);
		return new Target<>(type, index, metadata.id(document).orElse(null),
				metadata.routing(document).orElse(null));
	}

	/** The index to use for a class: the override, else its {@code @Document} index if concrete. */
	static String index(Class<?> type, String indexOverride) {
		if (indexOverride != null) {
			return indexOverride;
		}
		DocumentMetadata<?> metadata = DocumentMetadata.of(type);
		String index = metadata.index().orElseThrow(() -> new IllegalArgumentException(type.getName()
				+ " has no index: give it @Document(index = \"...\") or use operations.on(\"index-name\")"));
		if (metadata.isIndexPattern()) {
			throw new IllegalArgumentException(type.getName() + " declares the index pattern '" + index
					+ "', which cannot be written to or read by id: use operations.on(\"a-concrete-index\")");
		}
		return index;
	}

}
