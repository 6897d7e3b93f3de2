package io.github.esdsl.index.management;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.esdsl.index.Index;

/**
 * What differs between one index of the document classes and the cluster: the template it wants
 * and the cluster's template, and the mappings of the concrete indices that exist. Sorted into
 * additive mapping changes (fields to add, which {@link IndexManager#update} applies), breaking
 * changes (fields defined differently, which need a new index: a migration), analysis changes
 * and other settings changes of the template. Made by {@link IndexManager#plan}; {@link #toString()}
 * prints it.
 */
public final class IndexPlan {

	final Index index;

	final String templateName;

	final Map<String, Object> wantedTemplate;

	final Map<String, Object> foundTemplate;

	final Map<String, Map<String, Object>> indexMappings;

	IndexPlan(Index index, String templateName, Map<String, Object> wantedTemplate, Map<String, Object> foundTemplate,
			Map<String, Map<String, Object>> indexMappings) {
		this.index = index;
		this.templateName = templateName;
		this.wantedTemplate = wantedTemplate;
		this.foundTemplate = foundTemplate;
		this.indexMappings = indexMappings;
	}

	/** @return the index definition (name or pattern, settings, mapping of its documents) */
	public Index index() {
		return this.index;
	}

	/** @return the name of the composable template this index is managed by */
	public String templateName() {
		return this.templateName;
	}

	/** @return whether nothing differs: the template is current and no index lacks or conflicts in a field */
	public boolean isCurrent() {
		return templateIsCurrent() && conflicts().isEmpty() && missingFields().isEmpty();
	}

	/** @return fields to add to the template or to existing indices, one line each */
	public List<String> additiveChanges() {
		List<String> lines = new ArrayList<>();
		if (this.foundTemplate == null) {
			lines.add("index template '" + this.templateName + "' is to be created");
		}
		else {
			MappingComparison.of(wantedMapping(), section(this.foundTemplate, "mappings")).missing()
				.forEach((path, definition) -> lines.add("index template '" + this.templateName + "' lacks field '"
						+ path + "' " + definition));
		}
		lines.addAll(missingFieldDifferences());
		return lines;
	}

	/** @return fields that existing indices (or the template) define differently: they need a new index */
	public List<String> breakingChanges() {
		List<String> lines = new ArrayList<>(conflicts());
		if (this.foundTemplate != null) {
			MappingComparison.of(wantedMapping(), section(this.foundTemplate, "mappings")).conflicts()
				.forEach((path, both) -> lines.add("index template '" + this.templateName + "' maps field '" + path
						+ "' as " + both[1] + " but " + documents() + " define it as " + both[0]));
		}
		return lines;
	}

	/** @return analysis settings ({@code index.analysis.*}) of the template that differ, one line each */
	public List<String> analysisChanges() {
		return settingsDifferences(true);
	}

	/** @return other template settings that differ, one line each */
	public List<String> settingsChanges() {
		return settingsDifferences(false);
	}

	private List<String> settingsDifferences(boolean analysis) {
		List<String> lines = new ArrayList<>();
		if (this.foundTemplate == null) {
			return lines;
		}
		Map<String, Object> wanted = settings(this.wantedTemplate);
		Map<String, Object> found = settings(this.foundTemplate);
		java.util.Set<String> keys = new java.util.TreeSet<>(wanted.keySet());
		keys.addAll(found.keySet());
		for (String key : keys) {
			if (key.startsWith("index.analysis.") == analysis && !Objects.equals(wanted.get(key), found.get(key))) {
				lines.add("setting '" + key + "' of index template '" + this.templateName + "' is " + found.get(key)
						+ " in the cluster but " + wanted.get(key) + " in the documents");
			}
		}
		return lines;
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("Index '" + this.index.name() + "' (template '" + this.templateName
				+ "'): " + (isCurrent() ? "current" : "changes"));
		append(text, "additive", additiveChanges());
		append(text, "breaking", breakingChanges());
		append(text, "analysis", analysisChanges());
		append(text, "settings", settingsChanges());
		return text.toString();
	}

	private static void append(StringBuilder text, String kind, List<String> lines) {
		lines.forEach((line) -> text.append(System.lineSeparator()).append("  ").append(kind).append(": ").append(line));
	}

	static String templateName(String indexName) {
		String name = indexName.replace("*", "").replace("?", "").replaceAll("[-_.,]+$", "").replaceAll("^[-_.]+", "");
		return name.isEmpty() ? "esdsl-" + Integer.toHexString(indexName.hashCode()) : name;
	}

	Map<String, Object> wantedMapping() {
		return section(this.wantedTemplate, "mappings");
	}

	boolean templateIsCurrent() {
		if (this.foundTemplate == null) {
			return false;
		}
		return DataStreamTemplates.sameKind(this.wantedTemplate, this.foundTemplate)
				&& normalizedPatterns(this.wantedTemplate).equals(normalizedPatterns(this.foundTemplate))
				&& Objects.equals(text(this.wantedTemplate.get("priority")), text(this.foundTemplate.get("priority")))
				&& settings(this.wantedTemplate).equals(settings(this.foundTemplate))
				&& MappingComparison.normalize(section(this.wantedTemplate, "aliases"))
					.equals(MappingComparison.normalize(section(this.foundTemplate, "aliases")))
				&& MappingComparison.normalize(unwrap(wantedMapping()))
					.equals(MappingComparison.normalize(unwrap(section(this.foundTemplate, "mappings"))));
	}

	/** @return the differences between the wanted and the found template, one line each */
	List<String> templateDifferences() {
		List<String> differences = new ArrayList<>();
		String what = "index template '" + this.templateName + "' (index '" + this.index.name() + "', documents "
				+ this.index.documents().stream().map(Class::getName).toList() + ")";
		if (this.foundTemplate == null) {
			differences.add(what + " does not exist");
			return differences;
		}
		if (templateIsCurrent()) {
			return differences;
		}
		if (!DataStreamTemplates.sameKind(this.wantedTemplate, this.foundTemplate)) {
			differences.add(what + " differs in its data stream or lifecycle: cluster "
					+ this.foundTemplate.get("data_stream") + "/" + section(this.foundTemplate, "lifecycle")
					+ ", documents " + this.wantedTemplate.get("data_stream") + "/"
					+ section(this.wantedTemplate, "lifecycle"));
		}
		compare(differences, what, "index_patterns", normalizedPatterns(this.wantedTemplate),
				normalizedPatterns(this.foundTemplate));
		compare(differences, what, "priority", text(this.wantedTemplate.get("priority")),
				text(this.foundTemplate.get("priority")));
		compare(differences, what, "settings", settings(this.wantedTemplate), settings(this.foundTemplate));
		compare(differences, what, "aliases", MappingComparison.normalize(section(this.wantedTemplate, "aliases")),
				MappingComparison.normalize(section(this.foundTemplate, "aliases")));
		Map<String, Object> found = section(this.foundTemplate, "mappings");
		MappingComparison fields = MappingComparison.of(wantedMapping(), found);
		fields.conflicts().forEach((path, both) -> differences.add("field '" + path + "' of " + what
				+ " is " + both[1] + " in the cluster but " + both[0] + " in the documents"));
		fields.missing().forEach((path, definition) -> differences.add("field '" + path + "' " + definition
				+ " is missing from " + what));
		MappingComparison.of(found, wantedMapping()).missing().forEach((path, definition) -> differences
			.add("field '" + path + "' " + definition + " of " + what + " is not in the documents"));
		if (differences.isEmpty()) {
			differences.add("the mapping options of " + what + " differ: cluster " + unwrap(found) + ", documents "
					+ wantedMapping());
		}
		return differences;
	}

	/** @return every field an existing index defines differently, one line each */
	List<String> conflicts() {
		List<String> conflicts = new ArrayList<>();
		this.indexMappings.forEach((name, mapping) -> MappingComparison.of(wantedMapping(), mapping)
			.conflicts()
			.forEach((path, both) -> conflicts.add("index '" + name + "' maps field '" + path + "' as " + both[1]
					+ " but " + documents() + " define it as " + both[0])));
		return conflicts;
	}

	/** @return for each existing index, the fields it lacks */
	Map<String, Map<String, Object>> missingFields() {
		Map<String, Map<String, Object>> missing = new LinkedHashMap<>();
		this.indexMappings.forEach((name, mapping) -> {
			Map<String, Object> fields = MappingComparison.of(wantedMapping(), mapping).missing();
			if (!fields.isEmpty()) {
				missing.put(name, fields);
			}
		});
		return missing;
	}

	/** @return every field an existing index lacks, one line each */
	List<String> missingFieldDifferences() {
		List<String> lines = new ArrayList<>();
		missingFields().forEach((name, fields) -> fields.forEach((path, definition) -> lines
			.add("index '" + name + "' lacks field '" + path + "' " + definition + " of " + documents())));
		return lines;
	}

	private String documents() {
		return this.index.documents().stream().map(Class::getName).toList().toString();
	}

	private static void compare(List<String> differences, String what, String part, Object wanted, Object found) {
		if (!Objects.equals(wanted, found)) {
			differences.add("the " + part + " of " + what + " are " + found + " in the cluster but " + wanted
					+ " in the documents");
		}
	}

	private static Object normalizedPatterns(Map<String, Object> template) {
		return MappingComparison.normalize(template.get("index_patterns"));
	}

	private static Map<String, Object> settings(Map<String, Object> template) {
		return MappingComparison.flatSettings(section(template, "settings"));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> unwrap(Map<String, Object> mapping) {
		if (mapping.size() == 1 && mapping.get("_doc") instanceof Map<?, ?> inner) {
			return (Map<String, Object>) inner;
		}
		return mapping;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> section(Map<String, Object> template, String name) {
		if (template.get("template") instanceof Map<?, ?> body && body.get(name) instanceof Map<?, ?> section) {
			return (Map<String, Object>) section;
		}
		return Map.of();
	}

}
