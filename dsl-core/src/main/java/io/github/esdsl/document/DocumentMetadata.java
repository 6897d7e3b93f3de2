package io.github.esdsl.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the library knows about a document class, computed once and cached: its index,
 * connection alias, settings, aliases, mapping, and its fields with fast accessors, including the
 * {@link Id} and {@link Routing} fields.
 *
 * @param <T> the document class
 */
public final class DocumentMetadata<T> {

	private static final ClassValue<DocumentMetadata<?>> CACHE = new ClassValue<>() {
		@Override
		protected DocumentMetadata<?> computeValue(Class<?> type) {
			return new DocumentMetadata<>(type);
		}
	};

	private final Class<T> type;

	private final Document document;

	private final Mapping mapping;

	private final List<DocumentField> fields;

	private final Map<String, DocumentField> byName;

	private final DocumentField id;

	private final DocumentField routing;

	@SuppressWarnings("unchecked")
	private DocumentMetadata(Class<?> type) {
		this.type = (Class<T>) type;
		this.document = type.getAnnotation(Document.class);
		this.mapping = Mapping.of(type);
		ClassModel model = ClassModel.of(type);
		Map<String, Object> properties = this.mapping.properties();
		this.fields = model.properties.stream()
			.map((p) -> new DocumentField(p, p.idOnly() ? null : (Map<String, Object>) properties.get(p.name)))
			.toList();
		this.byName = this.fields.stream()
			.filter(DocumentField::mapped)
			.collect(Collectors.toMap(DocumentField::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.id = this.fields.stream().filter(DocumentField::isId).findFirst().orElse(null);
		this.routing = this.fields.stream().filter(DocumentField::isRouting).findFirst().orElse(null);
	}

	/**
	 * The metadata of a document class (or of any class that can be mapped).
	 * @param <T> the class
	 * @param type the class
	 * @return its metadata
	 * @throws IllegalArgumentException if the class cannot be mapped, naming the offending field
	 */
	@SuppressWarnings("unchecked")
	public static <T> DocumentMetadata<T> of(Class<T> type) {
		return (DocumentMetadata<T>) CACHE.get(type);
	}

	/**
	 * The document class.
	 * @return the class
	 */
	public Class<T> documentClass() {
		return this.type;
	}

	/**
	 * Whether the class carries {@link Document}.
	 * @return whether it is a document class
	 */
	public boolean isDocument() {
		return this.document != null;
	}

	/**
	 * The index name or pattern from {@link Document#index()}.
	 * @return the index, empty if none is declared
	 */
	public Optional<String> index() {
		return Optional.ofNullable(this.document).map(Document::index).filter((name) -> !name.isEmpty());
	}

	/**
	 * Whether the declared index is a pattern ({@code logs-*}) that cannot be written to.
	 * @return whether the index contains a wildcard
	 */
	public boolean isIndexPattern() {
		return index().map((name) -> name.contains("*")).orElse(false);
	}

	/**
	 * The default connection alias, {@code "default"} unless {@link Document#using()} says otherwise.
	 * @return the alias
	 */
	public String using() {
		return (this.document != null) ? this.document.using() : "default";
	}

	/**
	 * The index settings from {@link Document#settings()}.
	 * @return a new map
	 */
	public Map<String, Object> settings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		if (this.document != null) {
			for (Setting setting : this.document.settings()) {
				settings.put(setting.name(), FieldDefinitions.value(setting.value()));
			}
		}
		return settings;
	}

	/**
	 * The aliases from {@link Document#aliases()}, each with an empty definition.
	 * @return a new map
	 */
	public Map<String, Object> aliases() {
		Map<String, Object> aliases = new LinkedHashMap<>();
		if (this.document != null) {
			for (String alias : this.document.aliases()) {
				aliases.put(alias, new LinkedHashMap<>());
			}
		}
		return aliases;
	}

	/**
	 * The mapping of the class.
	 * @return the mapping
	 */
	public Mapping mapping() {
		return this.mapping;
	}

	/**
	 * Every field of the class, mapped or not (an id-only field is not mapped), in mapping order.
	 * @return the fields
	 */
	public List<DocumentField> fields() {
		return this.fields;
	}

	/**
	 * A mapped field by its Elasticsearch name.
	 * @param name the name
	 * @return the field, if there is one
	 */
	public Optional<DocumentField> field(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * The field holding the {@code _id}.
	 * @return the field, if one is marked {@link Id}
	 */
	public Optional<DocumentField> idField() {
		return Optional.ofNullable(this.id);
	}

	/**
	 * The field holding the routing.
	 * @return the field, if one is marked {@link Routing}
	 */
	public Optional<DocumentField> routingField() {
		return Optional.ofNullable(this.routing);
	}

	/**
	 * The {@code _id} of a document, from its {@link Id} field.
	 * @param document the document
	 * @return the id as a string, empty if there is no id field or it is {@code null}
	 */
	public Optional<String> id(T document) {
		return (this.id != null) ? Optional.ofNullable(this.id.get(document)).map(String::valueOf) : Optional.empty();
	}

	/**
	 * The routing of a document, from its {@link Routing} field.
	 * @param document the document
	 * @return the routing as a string, empty if there is no routing field or it is {@code null}
	 */
	public Optional<String> routing(T document) {
		return (this.routing != null) ? Optional.ofNullable(this.routing.get(document)).map(String::valueOf)
				: Optional.empty();
	}

	@Override
	public String toString() {
		return "DocumentMetadata[" + this.type.getName() + "]";
	}

}
