package io.github.esdsl.index.management;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.esdsl.document.DataStream;
import io.github.esdsl.index.Index;

/**
 * What {@link DataStream} adds to the template of an index: {@code "data_stream": {}} and the
 * lifecycle's retention; checks the documents can be appended (an {@code @timestamp} field).
 */
final class DataStreamTemplates {

	private DataStreamTemplates() {
	}

	/** The {@code @DataStream} of the index's documents, when one has it. */
	static Optional<DataStream> of(Index index) {
		return index.documents().stream().map((type) -> type.getAnnotation(DataStream.class)).filter(Objects::nonNull)
			.findFirst();
	}

	static boolean isDataStream(Index index) {
		return of(index).isPresent();
	}

	/**
	 * The template with the data stream parts, when the index is a data stream.
	 * @throws IllegalArgumentException when a document class has no {@code @timestamp} field or the name is a pattern
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> apply(Index index, Map<String, Object> template) {
		Optional<DataStream> stream = of(index);
		if (stream.isEmpty()) {
			return template;
		}
		List<String> classes = index.documents().stream().map(Class::getName).toList();
		if (index.name().contains("*") || index.name().contains("?")) {
			throw new IllegalArgumentException("The data stream of " + classes + " needs a concrete name such as "
					+ "'events-app', but @Document(index) is the pattern '" + index.name() + "'");
		}
		Map<String, Object> properties = index.mapping().map((mapping) -> mapping.properties()).orElse(Map.of());
		if (!(properties.get("@timestamp") instanceof Map<?, ?> timestamp)
				|| !List.of("date", "date_nanos").contains(String.valueOf(timestamp.get("type")))) {
			throw new IllegalArgumentException("The data stream '" + index.name() + "' of " + classes + " needs an "
					+ "@timestamp date field, such as @Field(name = \"@timestamp\", type = FieldType.DATE) Instant "
					+ "timestamp; the mapping has " + properties.get("@timestamp"));
		}
		Map<String, Object> result = new LinkedHashMap<>(template);
		result.put("data_stream", new LinkedHashMap<>());
		String retention = stream.get().dataRetention();
		if (!retention.isEmpty()) {
			Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) result.getOrDefault("template", Map.of()));
			body.put("lifecycle", Map.of("data_retention", retention));
			result.put("template", body);
		}
		return result;
	}

	/** Whether the found template makes the same kind of index (data stream or not) with the same retention. */
	static boolean sameKind(Map<String, Object> wanted, Map<String, Object> found) {
		return (wanted.get("data_stream") != null) == (found.get("data_stream") != null)
				&& Objects.equals(retention(wanted), retention(found));
	}

	private static Object retention(Map<String, Object> template) {
		return (template.get("template") instanceof Map<?, ?> body && body.get("lifecycle") instanceof Map<?, ?> lifecycle)
				? String.valueOf(lifecycle.get("data_retention")) : null;
	}

}
