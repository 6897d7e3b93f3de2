package io.github.esdsl.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.esdsl.analysis.Analyzer;
import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.document.Mapping;
import io.github.esdsl.index.ComposableIndexTemplate;
import io.github.esdsl.index.Index;
import io.github.esdsl.index.IndexTemplate;
import io.github.esdsl.index.management.SettingsChanges;

/**
 * Index management on one {@link Connection}, for {@link Index} definitions and index names:
 * create or update, delete, exists, refresh, flush, open and close, mappings, settings, aliases,
 * templates and the {@code _analyze} API. Thread-safe.
 *
 * <pre>{@code
 * IndexOperations indices = new IndexOperations(connection);
 * indices.save(Index.of(Post.class));                       // create, or update the mapping
 * indices.save(Index.of(Log.class).asComposableTemplate("logs", 100));
 * List<AnalyzeToken> tokens = indices.simulate(Analyzer.builtin("standard"), "Quick Fox");
 * }</pre>
 */
public final class IndexOperations {

	private final Connection connection;

	/**
	 * Index management on a connection.
	 * @param connection the connection
	 */
	public IndexOperations(Connection connection) {
		this.connection = Objects.requireNonNull(connection, "connection must not be null");
	}

	/**
	 * Creates an index with its settings (analysis included), aliases and mappings.
	 * @param index the definition
	 * @throws io.github.esdsl.connection.BadRequestException when it exists already
	 */
	public void create(Index index) {
		this.connection.perform(RawRequest.put(RawRequest.pathOf(index.name())).body(index.toMap()));
	}

	/**
	 * Creates the index or, when it exists, brings it up to date, as Python's {@code Index.save()}:
	 * changed dynamic settings ({@code number_of_replicas}, {@code refresh_interval}, …) are put;
	 * new analysis definitions are added only while the index is closed; the mapping is put (new
	 * fields are added; changing an existing field's type fails in Elasticsearch). Nothing is sent
	 * when a static setting differs.
	 * @param index the definition
	 * @throws IllegalStateException when a static setting ({@code number_of_shards}, …) differs, naming
	 * each, or when the index is open and its analysis differs from the definition's
	 */
	@SuppressWarnings("unchecked")
	public void save(Index index) {
		String name = index.name();
		if (!exists(name)) {
			create(index);
			return;
		}
		Map<String, Object> body = index.toMap();
		Map<String, Object> settings = (Map<String, Object>) body.getOrDefault("settings", Map.of());
		Map<String, Object> existing = settings.isEmpty() ? Map.of() : getSettings(name);
		SettingsChanges changes = SettingsChanges.between(settings, existing);
		if (!changes.staticChanges().isEmpty()) {
			throw new IllegalStateException("Cannot change the static settings " + changes.describeStatic()
					+ " of the existing index '" + name + "': they only take effect in a new index (create one and "
					+ "copy the documents, for example with io.github.esdsl.index.management.Migrator); nothing was changed");
		}
		Object analysis = settings.get("analysis");
		if (analysis instanceof Map<?, ?> wanted && !wanted.isEmpty()) {
			if (isClosed(name)) {
				putSettings(name, Map.of("analysis", wanted));
			}
			else {
				Object current = existing.get("analysis");
				List<String> differences = AnalysisDiff.differences((Map<String, ?>) wanted,
						(current instanceof Map<?, ?> map) ? (Map<String, ?>) map : Map.of());
				if (!differences.isEmpty()) {
					throw new IllegalStateException("Cannot update the analysis of the open index '" + name
							+ "': " + differences + " are new or different. Close the index first (close(\"" + name
							+ "\")), save it, then open it again");
				}
			}
		}
		if (!changes.dynamic().isEmpty()) {
			this.connection.perform(RawRequest.put(RawRequest.pathOf(name, "_settings")).body(changes.dynamic()));
		}
		index.mapping().ifPresent((mapping) -> putMapping(name, mapping));
	}

	/**
	 * Deletes indices.
	 * @param names index names or patterns
	 * @throws io.github.esdsl.connection.NotFoundException when a named index does not exist
	 */
	public void delete(String... names) {
		this.connection.perform(RawRequest.delete(RawRequest.pathOf(String.join(",", names))));
	}

	/**
	 * Whether indices (or aliases) exist.
	 * @param names index names, aliases or patterns
	 * @return whether all exist
	 */
	public boolean exists(String... names) {
		return this.connection.perform(RawRequest.head(RawRequest.pathOf(String.join(",", names))).ignore(404))
			.status() == 200;
	}

	/**
	 * Makes recent writes visible to search.
	 * @param names index names or patterns
	 */
	public void refresh(String... names) {
		this.connection.perform(RawRequest.post(RawRequest.pathOf(String.join(",", names), "_refresh")));
	}

	/**
	 * Flushes indices to disk.
	 * @param names index names or patterns
	 */
	public void flush(String... names) {
		this.connection.perform(RawRequest.post(RawRequest.pathOf(String.join(",", names), "_flush")));
	}

	/**
	 * Opens a closed index.
	 * @param name the index
	 */
	public void open(String name) {
		this.connection.perform(RawRequest.post(RawRequest.pathOf(name, "_open")).param("wait_for_active_shards", 1));
	}

	/**
	 * Closes an index (for example to change its analysis).
	 * @param name the index
	 */
	public void close(String name) {
		this.connection.perform(RawRequest.post(RawRequest.pathOf(name, "_close")));
	}

	/**
	 * Whether an index is closed.
	 * @param name the index
	 * @return whether its state is {@code close}
	 */
	@SuppressWarnings("unchecked")
	public boolean isClosed(String name) {
		Map<String, Object> state = this.connection
			.perform(RawRequest.get(RawRequest.pathOf("_cluster", "state", "metadata", name))
				.param("expand_wildcards", "all"))
			.bodyAsMap();
		Map<String, Object> indices = (Map<String, Object>) ((Map<String, Object>) state.getOrDefault("metadata",
				Map.of())).getOrDefault("indices", Map.of());
		Object index = indices.get(name);
		return index instanceof Map<?, ?> map && "close".equals(map.get("state"));
	}

	/**
	 * Adds fields to an index's mapping.
	 * @param name the index
	 * @param mapping the mapping
	 */
	public void putMapping(String name, Mapping mapping) {
		this.connection.perform(RawRequest.put(RawRequest.pathOf(name, "_mapping")).body(mapping.toMap()));
	}

	/**
	 * The mapping of an index, as Elasticsearch has it.
	 * @param name a concrete index name
	 * @return the mapping
	 * @throws io.github.esdsl.connection.NotFoundException when the index does not exist
	 */
	@SuppressWarnings("unchecked")
	public Mapping getMapping(String name) {
		Map<String, Object> body = this.connection.perform(RawRequest.get(RawRequest.pathOf(name, "_mapping")))
			.bodyAsMap();
		Object index = body.values().stream().findFirst().orElse(Map.of());
		Object mappings = ((Map<String, Object>) index).getOrDefault("mappings", Map.of());
		return Mapping.fromMap((Map<String, ?>) mappings);
	}

	/**
	 * The definition with the mapping of the live index merged in, as Python's
	 * {@code load_mappings()}: fields added outside the definition (dynamic mapping) become known.
	 * @param index the definition
	 * @return a new definition
	 */
	public Index load(Index index) {
		return index.mapping(getMapping(index.name()));
	}

	/**
	 * Updates dynamic settings (or static ones, such as analysis, on a closed index).
	 * @param name the index
	 * @param settings the settings, such as {@code Map.of("number_of_replicas", 0)}
	 */
	public void putSettings(String name, Map<String, ?> settings) {
		this.connection.perform(RawRequest.put(RawRequest.pathOf(name, "_settings")).body(Map.of("index", settings)));
	}

	/**
	 * The settings of an index as nested maps, without the {@code index.} prefix ({@code analysis},
	 * {@code number_of_shards}, ... with values as Elasticsearch returns them, mostly text).
	 * @param name a concrete index name
	 * @return a new map
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Object> getSettings(String name) {
		Map<String, Object> body = this.connection.perform(RawRequest.get(RawRequest.pathOf(name, "_settings")))
			.bodyAsMap();
		Map<String, Object> index = (Map<String, Object>) body.values().stream().findFirst().orElse(Map.of());
		Map<String, Object> settings = (Map<String, Object>) index.getOrDefault("settings", Map.of());
		return new LinkedHashMap<>((Map<String, Object>) settings.getOrDefault("index", Map.of()));
	}

	/**
	 * Adds an alias.
	 * @param name the index
	 * @param alias the alias
	 */
	public void putAlias(String name, String alias) {
		putAlias(name, alias, Map.of());
	}

	/**
	 * Adds an alias with a definition ({@code filter}, {@code routing}, {@code is_write_index}).
	 * @param name the index
	 * @param alias the alias
	 * @param definition the alias body, may be empty
	 */
	public void putAlias(String name, String alias, Map<String, ?> definition) {
		this.connection.perform(RawRequest.put(RawRequest.pathOf(name, "_alias", alias)).body(definition));
	}

	/**
	 * Removes an alias.
	 * @param name the index
	 * @param alias the alias
	 */
	public void deleteAlias(String name, String alias) {
		this.connection.perform(RawRequest.delete(RawRequest.pathOf(name, "_alias", alias)));
	}

	/**
	 * Whether an alias exists.
	 * @param alias the alias
	 * @return whether it exists
	 */
	public boolean existsAlias(String alias) {
		return this.connection.perform(RawRequest.head(RawRequest.pathOf("_alias", alias)).ignore(404))
			.status() == 200;
	}

	/**
	 * Stores a legacy index template ({@code PUT _template/name}).
	 * @param template the template
	 */
	public void save(IndexTemplate template) {
		this.connection.perform(RawRequest.put(RawRequest.pathOf("_template", template.name())).body(template));
	}

	/**
	 * Stores a composable index template ({@code PUT _index_template/name}).
	 * @param template the template
	 */
	public void save(ComposableIndexTemplate template) {
		this.connection.perform(RawRequest.put(RawRequest.pathOf("_index_template", template.name())).body(template));
	}

	/**
	 * Runs an analyzer on a text without an index, as Python's {@code Analyzer.simulate}: a
	 * built-in analyzer by name, a custom one with its tokenizer and filters inline.
	 * @param analyzer the analyzer
	 * @param text the text
	 * @return the tokens in order
	 */
	public List<AnalyzeToken> simulate(Analyzer analyzer, String text) {
		return analyze(RawRequest.post("/_analyze").body(analyzer.analyzeRequest(text, false, List.of())));
	}

	/**
	 * Runs an analyzer of an index (a custom one from its settings, or a built-in one) on a text.
	 * @param name the index
	 * @param analyzer the analyzer's name
	 * @param text the text
	 * @return the tokens in order
	 */
	public List<AnalyzeToken> analyze(String name, String analyzer, String text) {
		return analyze(RawRequest.post(RawRequest.pathOf(name, "_analyze"))
			.body(Map.of("analyzer", analyzer, "text", text)));
	}

	@SuppressWarnings("unchecked")
	private List<AnalyzeToken> analyze(RawRequest request) {
		Map<String, Object> body = this.connection.perform(request).bodyAsMap();
		List<AnalyzeToken> tokens = new ArrayList<>();
		for (Object item : (List<Object>) body.getOrDefault("tokens", List.of())) {
			Map<String, Object> token = (Map<String, Object>) item;
			tokens.add(new AnalyzeToken((String) token.get("token"), number(token.get("start_offset")),
					number(token.get("end_offset")), (String) token.get("type"), number(token.get("position"))));
		}
		return tokens;
	}

	private static int number(Object value) {
		return (value instanceof Number number) ? number.intValue() : -1;
	}

	@Override
	public String toString() {
		return "IndexOperations{" + this.connection + "}";
	}

}
