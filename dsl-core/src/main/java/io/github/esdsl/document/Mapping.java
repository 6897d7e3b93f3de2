package io.github.esdsl.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.esdsl.analysis.Analysis;
import io.github.esdsl.json.JsonWritable;

/**
 * An immutable index mapping: {@code {"dynamic": ..., "_routing": ..., "_source": ...,
 * "properties": {...}}}, with the analysis definitions its fields need.
 *
 * <p>{@link #of(Class)} builds it from a {@link Document} class or record. A field's type is
 * its {@link Field#type()}, or else inferred from the Java type as in the Python DSL's type-hint
 * table:
 * <table>
 * <caption>Inferred field types</caption>
 * <tr><th>Java type</th><th>field</th></tr>
 * <tr><td>{@code String}</td><td>{@code text}</td></tr>
 * <tr><td>{@code boolean}, {@code int}, {@code long}, {@code float}, {@code double}, {@code short},
 * {@code byte} (and their boxes)</td><td>{@code boolean}, {@code integer}, {@code long}, {@code float},
 * {@code double}, {@code short}, {@code byte}</td></tr>
 * <tr><td>{@code byte[]}</td><td>{@code binary}</td></tr>
 * <tr><td>{@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code LocalDateTime},
 * {@code java.util.Date}</td><td>{@code date}</td></tr>
 * <tr><td>{@code LocalDate}</td><td>{@code date} with format {@code yyyy-MM-dd}</td></tr>
 * <tr><td>an enum, {@code UUID}</td><td>{@code keyword}</td></tr>
 * <tr><td>{@code InetAddress}</td><td>{@code ip}</td></tr>
 * <tr><td>{@code Range<Integer>}, {@code <Long>}, {@code <Float>}, {@code <Double>}, {@code <a date type>},
 * {@code <InetAddress>}</td><td>{@code integer_range}, {@code long_range}, {@code float_range},
 * {@code double_range}, {@code date_range}, {@code ip_range}</td></tr>
 * <tr><td>another class or record</td><td>{@code object} with its fields as properties</td></tr>
 * <tr><td>{@code List}, {@code Set} or array of such a class</td><td>{@code nested}</td></tr>
 * <tr><td>{@code List}, {@code Set} or array of anything else</td><td>the element's type (a
 * multi-valued field: {@code List<String>} is {@code text})</td></tr>
 * <tr><td>{@code Optional<T>}</td><td>as {@code T}</td></tr>
 * </table>
 * Other JDK types (a {@code Map}, {@code BigDecimal}, ...) need an explicit {@link Field#type()}.
 * Static and transient fields, and fields marked {@code @JsonIgnore}, are not mapped; an
 * {@link Id} field is not mapped unless it also has {@link Field}. A subclass's mapping has its
 * parents' fields first, then its own.
 */
public final class Mapping implements JsonWritable {

	private static final ClassValue<Mapping> CACHE = new ClassValue<>() {
		@Override
		protected Mapping computeValue(Class<?> type) {
			return MappingBuilder.build(type);
		}
	};

	private final Map<String, Object> map;

	private final Analysis analysis;

	Mapping(Map<String, Object> map, Analysis analysis) {
		this.map = MapTrees.copy(map);
		this.analysis = analysis;
	}

	/**
	 * The mapping of a document class or record (cached per class).
	 * @param documentClass the class
	 * @return its mapping
	 * @throws IllegalArgumentException if the class cannot be mapped, with the offending field
	 */
	public static Mapping of(Class<?> documentClass) {
		return CACHE.get(documentClass);
	}

	/**
	 * The definition that one field's annotation gives it, checked exactly as {@link #of(Class)}
	 * checks it: the type (given, custom, or else {@code inferred}), the typed attributes,
	 * options and multi-fields; without {@code properties}, and without the format a
	 * {@code LocalDate} implies. The {@code dsl-processor} calls it at compile time, so that a
	 * document these rules reject fails to compile with the message startup would give;
	 * applications use {@link #of(Class)}.
	 * @param field the field's annotation, or {@code null}
	 * @param propertiesClass whether the annotation names a {@link Field#properties()} class
	 * @param inferred the type the Java type implies, asked only when the annotation gives none
	 * @param where the field, as {@code com.example.Post.title}, for messages
	 * @return the definition
	 * @throws IllegalArgumentException if the annotation is refused, with the reason
	 */
	public static Map<String, Object> fieldDefinition(Field field, boolean propertiesClass,
			Supplier<FieldType> inferred, String where) {
		return new FieldDefinitions().definition(field, propertiesClass, inferred, where);
	}

	/**
	 * A mapping from its JSON form, such as an index's mapping read from Elasticsearch.
	 * @param mapping the mapping body
	 * @return the mapping, without analysis definitions
	 */
	public static Mapping fromMap(Map<String, ?> mapping) {
		Map<String, Object> map = MapTrees.copy(mapping);
		map.putIfAbsent("properties", new LinkedHashMap<>());
		return new Mapping(map, Analysis.empty());
	}

	/**
	 * The field definitions by name.
	 * @return a new map
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> properties() {
		return MapTrees.copy((Map<String, Object>) this.map.get("properties"));
	}

	/**
	 * The analysis definitions the document declares (see {@link Document#analyzers()}).
	 * @return the analysis
	 */
	public Analysis analysis() {
		return this.analysis;
	}

	/**
	 * The definition of a field by its dotted path, through objects' properties and multi-fields
	 * ({@code comments.author}, {@code category.raw}).
	 * @param path the dotted path
	 * @return the definition, if the path names a field
	 */
	@SuppressWarnings("unchecked")
	public Optional<Map<String, Object>> field(String path) {
		Map<String, Object> current = this.map;
		for (String step : path.split("\\.")) {
			Object properties = current.get("properties");
			Object next = (properties instanceof Map<?, ?> props) ? props.get(step) : null;
			if (next == null && current.get("fields") instanceof Map<?, ?> fields) {
				next = fields.get(step);
			}
			if (!(next instanceof Map<?, ?>)) {
				return Optional.empty();
			}
			current = (Map<String, Object>) next;
		}
		return Optional.of(MapTrees.copy(current));
	}

	/**
	 * The paths of the {@code nested} fields on the way to a field, outermost first, as needed for
	 * nested queries and aggregations ({@code ["comments"]} for {@code comments.author}).
	 * @param path the dotted path
	 * @return the nested paths, empty if none or if the path names no field
	 */
	public List<String> nestedPaths(String path) {
		List<String> nested = new ArrayList<>();
		String[] steps = path.split("\\.");
		StringBuilder prefix = new StringBuilder();
		for (String step : steps) {
			prefix.append(prefix.isEmpty() ? "" : ".").append(step);
			Optional<Map<String, Object>> field = field(prefix.toString());
			if (field.isEmpty()) {
				return List.of();
			}
			if ("nested".equals(field.get().get("type"))) {
				nested.add(prefix.toString());
			}
		}
		return nested;
	}

	/**
	 * This mapping and another merged key by key, for documents sharing an index: fields of
	 * either are kept, a field in both must agree on every option the two give.
	 * @param other the other mapping
	 * @return a new mapping with the analysis of both
	 * @throws IllegalArgumentException naming the field and both values on a conflict
	 */
	public Mapping merge(Mapping other) {
		Map<String, Object> merged = MapTrees.copy(this.map);
		MapTrees.merge(merged, other.map, "");
		return new Mapping(merged, this.analysis.merge(other.analysis));
	}

	/**
	 * The mapping body: meta fields first, then {@code properties}.
	 * @return a new map
	 */
	@Override
	public Map<String, Object> toMap() {
		return MapTrees.copy(this.map);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Mapping mapping && this.map.equals(mapping.map) && this.analysis.equals(mapping.analysis);
	}

	@Override
	public int hashCode() {
		return this.map.hashCode();
	}

	@Override
	public String toString() {
		return "Mapping" + this.map;
	}

}
