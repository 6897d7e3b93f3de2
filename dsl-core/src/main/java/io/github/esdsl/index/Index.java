package io.github.esdsl.index;

import io.github.esdsl.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.esdsl.analysis.Analysis;
import io.github.esdsl.analysis.AnalysisComponent;
import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.analysis.Normalizer;
import io.github.esdsl.document.Document;
import io.github.esdsl.document.DocumentMetadata;
import io.github.esdsl.document.Mapping;
import io.github.esdsl.json.JsonWritable;

/**
 * An immutable index definition: name, connection alias, settings, aliases, analysis and the
 * mappings of the documents stored in it. Every method that changes something returns a new
 * {@code Index}, so a definition can be shared and specialised freely.
 *
 * <pre>{@code
 * Index blogs = Index.named("blogs")
 *     .settings(Map.of("number_of_shards", 1, "number_of_replicas", 0))
 *     .aliases(Map.of("old_blogs", Map.of()))
 *     .document(Post.class)
 *     .analyzer(htmlStrip);
 * blogs.toMap();   // the create-index body, as Python's Index.to_dict()
 * }</pre>
 */
public final class Index implements JsonWritable {

	private final String name;

	private final String using;

	private final Map<String, Object> settings;

	private final Map<String, Object> aliases;

	private final Analysis analysis;

	private final List<Class<?>> documents;

	private final Mapping mapping;

	private Index(String name, String using, Map<String, Object> settings, Map<String, Object> aliases,
			Analysis analysis, List<Class<?>> documents, Mapping mapping) {
		this.name = name;
		this.using = using;
		this.settings = Collections.unmodifiableMap(settings);
		this.aliases = Collections.unmodifiableMap(aliases);
		this.analysis = analysis;
		this.documents = List.copyOf(documents);
		this.mapping = mapping;
	}

	/**
	 * An index without settings, aliases or documents.
	 * @param name the index name (or a pattern, for a template)
	 * @return the index
	 */
	public static Index named(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An index needs a name, got '" + name + "'");
		}
		return new Index(name, "default", new LinkedHashMap<>(), new LinkedHashMap<>(), Analysis.empty(), List.of(),
				null);
	}

	/**
	 * The index of a {@link Document} class: its name, settings, aliases, analyzers and connection
	 * alias from the annotation, and the class registered as a document.
	 * @param documentClass the document class
	 * @return the index
	 * @throws IllegalArgumentException if the class is not a {@code @Document} or cannot be mapped
	 */
	public static Index of(Class<?> documentClass) {
		DocumentMetadata<?> metadata = DocumentMetadata.of(documentClass);
		if (!metadata.isDocument()) {
			throw new IllegalArgumentException(documentClass.getName() + " is not annotated with @Document: annotate it, "
					+ "or register it with Index.named(\"...\").document(" + documentClass.getSimpleName() + ".class)");
		}
		Index index = new Index(metadata.index().orElse(null), metadata.using(), metadata.settings(),
				metadata.aliases(), Analysis.empty(), List.of(), null);
		return index.document(documentClass);
	}

	/**
	 * Whether the index has a name ({@code @Document} without {@code index} gives none).
	 * @return whether there is a name
	 */
	public boolean hasName() {
		return this.name != null;
	}

	/**
	 * The index name or pattern.
	 * @return the name
	 * @throws IllegalStateException if the index has none
	 */
	public String name() {
		if (this.name == null) {
			throw new IllegalStateException("This index has no name: give the document @Document(index = \"...\") "
					+ "or register it with Index.named(\"...\").document(...)");
		}
		return this.name;
	}

	/**
	 * The connection alias used by default for this index.
	 * @return the alias
	 */
	public String using() {
		return this.using;
	}

	/**
	 * This index on another connection alias.
	 * @param alias the alias
	 * @return a new index
	 */
	public Index using(String alias) {
		Objects.requireNonNull(alias, "alias must not be null");
		return new Index(this.name, alias, Json.copy(this.settings), Json.copy(this.aliases), this.analysis, this.documents,
				this.mapping);
	}

	/**
	 * This index with more settings; a key given again replaces the earlier value.
	 * @param settings settings such as {@code number_of_shards}
	 * @return a new index
	 */
	public Index settings(Map<String, ?> settings) {
		Map<String, Object> merged = Json.copy(this.settings);
		merged.putAll(Json.copy(settings));
		return new Index(this.name, this.using, merged, Json.copy(this.aliases), this.analysis, this.documents, this.mapping);
	}

	/**
	 * This index with one more setting.
	 * @param key the setting's name
	 * @param value its value
	 * @return a new index
	 */
	public Index setting(String key, Object value) {
		Map<String, Object> one = new LinkedHashMap<>();
		one.put(key, value);
		return settings(one);
	}

	/**
	 * This index with more aliases, name to definition ({@code Map.of()} for a plain alias).
	 * @param aliases the aliases
	 * @return a new index
	 */
	public Index aliases(Map<String, ?> aliases) {
		Map<String, Object> merged = Json.copy(this.aliases);
		merged.putAll(Json.copy(aliases));
		return new Index(this.name, this.using, Json.copy(this.settings), merged, this.analysis, this.documents, this.mapping);
	}

	/**
	 * This index with a custom analyzer defined in its settings, used by fields or not.
	 * @param analyzer the analyzer (a built-in one adds nothing)
	 * @return a new index
	 * @throws IllegalArgumentException if a different definition of the same name is already there
	 */
	public Index analyzer(Analyzer analyzer) {
		return analysis(analyzer);
	}

	/**
	 * This index with a custom normalizer defined in its settings.
	 * @param normalizer the normalizer
	 * @return a new index
	 */
	public Index normalizer(Normalizer normalizer) {
		return analysis(normalizer);
	}

	/**
	 * This index with analysis definitions of any kind.
	 * @param components the analyzers, normalizers, tokenizers, filters and char filters
	 * @return a new index
	 */
	public Index analysis(AnalysisComponent... components) {
		Analysis added = this.analysis;
		for (AnalysisComponent component : components) {
			added = added.with(component);
		}
		Index index = new Index(this.name, this.using, Json.copy(this.settings), Json.copy(this.aliases), added, this.documents,
				this.mapping);
		index.analysis();
		return index;
	}

	/**
	 * This index with one more document class: its mapping is merged with the others'.
	 * @param documentClass the document class
	 * @return a new index
	 * @throws IllegalArgumentException if its mapping conflicts with another document's, naming both
	 */
	public Index document(Class<?> documentClass) {
		Mapping added = Mapping.of(documentClass);
		Mapping merged = (this.mapping != null) ? merge(this.mapping, added, documentClass) : added;
		List<Class<?>> documents = new ArrayList<>(this.documents);
		documents.add(documentClass);
		Index index = new Index(this.name, this.using, Json.copy(this.settings), Json.copy(this.aliases), this.analysis,
				documents, merged);
		index.analysis();
		return index;
	}

	/**
	 * This index with more mapping, such as one loaded from Elasticsearch.
	 * @param mapping the mapping
	 * @return a new index
	 */
	public Index mapping(Mapping mapping) {
		Mapping merged = (this.mapping != null) ? this.mapping.merge(mapping) : mapping;
		return new Index(this.name, this.using, Json.copy(this.settings), Json.copy(this.aliases), this.analysis, this.documents,
				merged);
	}

	private Mapping merge(Mapping current, Mapping added, Class<?> documentClass) {
		try {
			return current.merge(added);
		}
		catch (IllegalArgumentException ex) {
			for (Class<?> existing : this.documents) {
				try {
					Mapping.of(existing).merge(added);
				}
				catch (IllegalArgumentException pair) {
					throw new IllegalArgumentException("Documents " + existing.getName() + " and " + documentClass.getName()
							+ " cannot share index '" + this.name + "': " + pair.getMessage(), pair);
				}
			}
			throw new IllegalArgumentException("Document " + documentClass.getName()
					+ " does not fit the mapping of index '" + this.name + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * A copy of this index under another name (same connection alias).
	 * @param name the new name
	 * @return a new index
	 */
	public Index clone(String name) {
		return clone(name, this.using);
	}

	/**
	 * A copy of this index under another name and connection alias.
	 * @param name the new name
	 * @param using the connection alias
	 * @return a new index
	 */
	public Index clone(String name, String using) {
		return new Index(named(name).name, Objects.requireNonNull(using, "using must not be null"), Json.copy(this.settings),
				Json.copy(this.aliases), this.analysis, this.documents, this.mapping);
	}

	/**
	 * The registered document classes, in registration order.
	 * @return the classes
	 */
	public List<Class<?>> documents() {
		return this.documents;
	}

	/**
	 * The merged mapping of the documents (and of {@link #mapping(Mapping)}).
	 * @return the mapping, empty when there is none
	 */
	public Optional<Mapping> mapping() {
		return Optional.ofNullable(this.mapping);
	}

	/**
	 * The settings as given (without the collected {@code analysis}).
	 * @return a new map
	 */
	public Map<String, Object> settings() {
		return Json.copy(this.settings);
	}

	/**
	 * The aliases.
	 * @return a new map
	 */
	public Map<String, Object> aliases() {
		return Json.copy(this.aliases);
	}

	/**
	 * Every analysis definition of the index: given in {@code settings}, added with
	 * {@link #analyzer}, and declared by its documents.
	 * @return the analysis
	 * @throws IllegalArgumentException if two of them define one name differently
	 */
	@SuppressWarnings("unchecked")
	public Analysis analysis() {
		try {
			Analysis result = (this.settings.get("analysis") instanceof Map<?, ?> given)
					? Analysis.fromMap((Map<String, ?>) given) : Analysis.empty();
			if (this.mapping != null) {
				result = result.merge(this.mapping.analysis());
			}
			return result.merge(this.analysis);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Analysis of index '" + this.name + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * The create-index body, as Python's {@code Index.to_dict()}: {@code settings} (with the
	 * {@code analysis} section), {@code aliases} and {@code mappings}, each left out when empty.
	 * @return a new map
	 */
	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> out = new LinkedHashMap<>();
		if (!this.settings.isEmpty()) {
			out.put("settings", Json.copy(this.settings));
		}
		if (!this.aliases.isEmpty()) {
			out.put("aliases", Json.copy(this.aliases));
		}
		if (this.mapping != null) {
			out.put("mappings", this.mapping.toMap());
		}
		Analysis analysis = analysis();
		if (!analysis.isEmpty()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> settings = (Map<String, Object>) out.computeIfAbsent("settings",
					(key) -> new LinkedHashMap<>());
			settings.put("analysis", analysis.toMap());
		}
		return out;
	}

	/**
	 * A legacy index template for this index's name (as pattern), settings, aliases and mappings.
	 * @param templateName the template's name
	 * @return the template
	 */
	public IndexTemplate asTemplate(String templateName) {
		return new IndexTemplate(templateName, List.of(name()), null, this);
	}

	/**
	 * A legacy index template for the given patterns.
	 * @param templateName the template's name
	 * @param patterns the index patterns, such as {@code logs-*}
	 * @return the template
	 */
	public IndexTemplate asTemplate(String templateName, String... patterns) {
		return new IndexTemplate(templateName, (patterns.length == 0) ? List.of(name()) : List.of(patterns), null, this);
	}

	/**
	 * A composable index template for this index's name (as pattern), without priority.
	 * @param templateName the template's name
	 * @return the template
	 */
	public ComposableIndexTemplate asComposableTemplate(String templateName) {
		return new ComposableIndexTemplate(templateName, List.of(name()), null, this);
	}

	/**
	 * A composable index template for this index's name (as pattern).
	 * @param templateName the template's name
	 * @param priority the priority among templates matching the same index
	 * @return the template
	 */
	public ComposableIndexTemplate asComposableTemplate(String templateName, int priority) {
		return new ComposableIndexTemplate(templateName, List.of(name()), priority, this);
	}

	/**
	 * A composable index template for a pattern.
	 * @param templateName the template's name
	 * @param pattern the index pattern
	 * @param priority the priority among templates matching the same index
	 * @return the template
	 */
	public ComposableIndexTemplate asComposableTemplate(String templateName, String pattern, int priority) {
		return new ComposableIndexTemplate(templateName, List.of(pattern), priority, this);
	}



	@Override
	public String toString() {
		return "Index[" + this.name + ", documents=" + this.documents.stream().map(Class::getSimpleName).toList() + "]";
	}

}
