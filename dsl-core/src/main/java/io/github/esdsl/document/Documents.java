package io.github.esdsl.document;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.introspect.AnnotationIntrospectorPair;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Document objects to and from their {@code _source} JSON, through one shared, configured Jackson
 * {@link JsonMapper}:
 * <ul>
 * <li>a document's properties are its fields (as in its {@link Mapping}): getters and setters
 * are not used; static and transient fields are left out; records use their components;</li>
 * <li>{@link Field#name()} renames a field; an {@link Id}-only field is not written, and is
 * filled from the {@code _id} given to {@code read};</li>
 * <li>{@code null} values and empty {@code Optional}s are not written (unless asked, see
 * {@link #toBytes(Object, boolean)}), {@code null} values of a {@code Map} are; unknown source
 * fields are ignored when reading;</li>
 * <li>dates are ISO-8601 strings ({@code LocalDate} as {@code yyyy-MM-dd}), offsets as given;
 * reading also accepts epoch milliseconds and values without offset (taken as UTC);</li>
 * <li>{@link Range} values are {@code {"gte": ..., "lt": ...}} objects;</li>
 * <li>{@code byte[]} values ({@code binary} fields) are base64 text; {@code InetAddress} values
 * ({@code ip} fields) are the address in canonical form, IPv6 compressed as RFC 5952 writes it
 * ({@code ::1}).</li>
 * </ul>
 */
public final class Documents {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.annotationIntrospector(new AnnotationIntrospectorPair(new DocumentIntrospector(),
				new JacksonAnnotationIntrospector()))
		.changeDefaultVisibility((checker) -> checker.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
			.withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
			.withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_ABSENT))
		.enable(MapperFeature.PROPAGATE_TRANSIENT_MARKER)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE,
				DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS, DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
		.addModule(new DocumentModule())
		.build();

	/** The same mapper writing {@code null} fields and empty {@code Optional}s as {@code null}. */
	private static final JsonMapper WITH_NULLS = MAPPER.rebuild()
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
		.build();

	private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
		@Override
		protected ObjectReader computeValue(Class<?> type) {
			return MAPPER.readerFor(type).with(new InjectableValues.Std());
		}
	};

	/** Readers for a source inside a larger document (a search response): no trailing-token check. */
	private static final ClassValue<ObjectReader> STREAM_READERS = new ClassValue<>() {
		@Override
		protected ObjectReader computeValue(Class<?> type) {
			return READERS.get(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		}
	};

	/** Whether a class has an {@link Id} field the {@code _id} is injected into. */
	private static final ClassValue<Boolean> HAS_ID = new ClassValue<>() {
		@Override
		protected Boolean computeValue(Class<?> type) {
			return DocumentMetadata.of(type).idField().isPresent();
		}
	};

	private Documents() {
	}

	/**
	 * The shared, immutable mapper, for readers and writers of your own.
	 * @return the mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * A document's source as JSON text.
	 * @param document the document
	 * @return the JSON
	 */
	public static String toJson(Object document) {
		return MAPPER.writeValueAsString(document);
	}

	/**
	 * A document's source as UTF-8 JSON.
	 * @param document the document
	 * @return the bytes
	 */
	public static byte[] toBytes(Object document) {
		return MAPPER.writeValueAsBytes(document);
	}

	/**
	 * A document's source as UTF-8 JSON, Python's {@code to_dict(skip_empty=...)}.
	 * @param document the document
	 * @param skipEmpty {@code false} to write {@code null} fields (and empty {@code Optional}s) as
	 * {@code null}, so that a partial update clears them; {@code true} leaves them out as
	 * {@link #toBytes(Object)} does
	 * @return the bytes
	 */
	public static byte[] toBytes(Object document, boolean skipEmpty) {
		return (skipEmpty ? MAPPER : WITH_NULLS).writeValueAsBytes(document);
	}

	/**
	 * A document's source as plain maps, lists and scalars, with or without {@code null} fields;
	 * see {@link #toBytes(Object, boolean)}.
	 * @param document the document
	 * @param skipEmpty {@code false} to keep {@code null} fields as {@code null} values
	 * @return a new map
	 */
	public static Map<String, Object> toMap(Object document, boolean skipEmpty) {
		return MAPPER.readValue(toBytes(document, skipEmpty), new TypeReference<Map<String, Object>>() {
		});
	}

	/**
	 * A document's source as plain maps, lists and scalars, exactly as it is sent: dates as
	 * strings, binary values as their base64 text, IP addresses in canonical form.
	 * @param document the document
	 * @return a new map
	 */
	public static Map<String, Object> toMap(Object document) {
		return toMap(document, true);
	}

	/**
	 * Reads a source.
	 * @param <T> the document type
	 * @param source UTF-8 JSON
	 * @param type the document class
	 * @return the document
	 * @throws IllegalArgumentException if the JSON does not fit the class
	 */
	public static <T> T read(byte[] source, Class<T> type) {
		return read(source, type, null);
	}

	/**
	 * Reads a source, filling the {@link Id} field with the document's {@code _id}.
	 * @param <T> the document type
	 * @param source UTF-8 JSON
	 * @param type the document class
	 * @param id the {@code _id}, or {@code null}
	 * @return the document
	 * @throws IllegalArgumentException if the JSON does not fit the class
	 */
	public static <T> T read(byte[] source, Class<T> type, String id) {
		try {
			return reader(READERS.get(type), type, id).readValue(source);
		}
		catch (JacksonException ex) {
			throw failure(type, ex);
		}
	}

	/**
	 * Reads a source from JSON text.
	 * @param <T> the document type
	 * @param source the JSON text
	 * @param type the document class
	 * @return the document
	 */
	public static <T> T read(String source, Class<T> type) {
		try {
			return READERS.get(type).readValue(source);
		}
		catch (JacksonException ex) {
			throw failure(type, ex);
		}
	}

	/**
	 * Reads a source from a parser positioned on (or just before) its {@code START_OBJECT}, without
	 * an {@code _id}.
	 * @param <T> the document type
	 * @param parser the parser
	 * @param type the document class
	 * @return the document
	 * @see #read(JsonParser, Class, String)
	 */
	public static <T> T read(JsonParser parser, Class<T> type) {
		return read(parser, type, null);
	}

	/**
	 * Reads a source from a parser positioned on (or just before) its {@code START_OBJECT},
	 * leaving the parser on the matching {@code END_OBJECT}: the way to bind {@code _source}
	 * while streaming through a search response, without an intermediate tree.
	 * @param <T> the document type
	 * @param parser the parser
	 * @param type the document class
	 * @param id the {@code _id} for the {@link Id} field, or {@code null}
	 * @return the document
	 */
	public static <T> T read(JsonParser parser, Class<T> type, String id) {
		try {
			return reader(STREAM_READERS.get(type), type, id).readValue(parser);
		}
		catch (JacksonException ex) {
			throw failure(type, ex);
		}
	}

	/**
	 * Reads a source given as plain maps and lists.
	 * @param <T> the document type
	 * @param source the source
	 * @param type the document class
	 * @param id the {@code _id} for the {@link Id} field, or {@code null}
	 * @return the document
	 */
	public static <T> T fromMap(Map<String, ?> source, Class<T> type, String id) {
		return read(toBytesOfMap(source), type, id);
	}

	private static byte[] toBytesOfMap(Map<String, ?> source) {
		return MAPPER.writeValueAsBytes(source);
	}

	/**
	 * Writes a document's {@code _id} into its {@link Id} field when that field is empty and
	 * settable (records and final fields are left alone): for ids that arrive after the source, or
	 * that Elasticsearch generated on save.
	 * @param <T> the document type
	 * @param document the document
	 * @param type the document class
	 * @param id the {@code _id}
	 */
	public static <T> void fillId(T document, Class<T> type, String id) {
		DocumentField field = DocumentMetadata.of(type).idField().orElse(null);
		if (field != null && field.isWritable() && field.get(document) == null) {
			field.set(document, idValue(type, id));
		}
	}

	/**
	 * The reader itself when there is no {@code _id} to inject (no id, or no {@link Id} field: the
	 * common case of reading search hits costs no per-document reader), else a reader injecting it.
	 */
	private static <T> ObjectReader reader(ObjectReader reader, Class<T> type, String id) {
		if (id == null || !HAS_ID.get(type)) {
			return reader;
		}
		return reader.with(new InjectableValues.Std(Map.of(DocumentIntrospector.ID, idValue(type, id))));
	}

	private static Object idValue(Class<?> type, String id) {
		Class<?> idType = DocumentMetadata.of(type).idField().map(DocumentField::elementClass).orElse(String.class);
		try {
			if (idType == Long.class || idType == long.class) {
				return Long.valueOf(id);
			}
			if (idType == Integer.class || idType == int.class) {
				return Integer.valueOf(id);
			}
			if (idType == UUID.class) {
				return UUID.fromString(id);
			}
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Document id '" + id + "' does not fit the " + idType.getSimpleName()
					+ " @Id field of " + type.getName(), ex);
		}
		return id;
	}

	private static IllegalArgumentException failure(Class<?> type, JacksonException ex) {
		return new IllegalArgumentException("Cannot read a " + type.getName() + " from its source: "
				+ ex.getOriginalMessage(), ex);
	}

}
