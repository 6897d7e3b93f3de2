package io.github.esdsl.index.management;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;

/**
 * Reads what index management compares with, in few requests: the templates of many names by
 * their common prefix ({@code GET _index_template/<prefix>*}), and the indices of many names or
 * patterns with one get-index request per chunk of names that fits in a URL. The answer of a
 * combined index read is split back per name by the indices' names, aliases and data streams;
 * where that could differ from asking each name alone (an index reached through an alias or
 * data stream that a name matches, an index two names match, a name with characters that
 * Elasticsearch reads as an expression), each name is asked alone, as before.
 */
final class ClusterReads {

	/** The longest list of index names sent in one path; Elasticsearch accepts 4 KB request lines. */
	static final int MAX_NAMES_LENGTH = 2000;

	private final Connection connection;

	ClusterReads(Connection connection) {
		this.connection = connection;
	}

	/**
	 * The templates of these names that exist.
	 * @param names the template names
	 * @return each existing template's body ({@code index_template}) by name
	 */
	@SuppressWarnings("unchecked")
	Map<String, Map<String, Object>> templates(Collection<String> names) {
		Set<String> wanted = Set.copyOf(names);
		Map<String, Map<String, Object>> found = new HashMap<>();
		for (String prefix : prefixes(new TreeSet<>(names))) {
			RawResponse response = this.connection
				.perform(RawRequest.get(RawRequest.pathOf("_index_template", prefix + "*"))
					.ignore(404)
					.operation("indices.get_index_template"));
			if (response.status() == 200 && response.bodyAsMap().get("index_templates") instanceof List<?> templates) {
				for (Object item : templates) {
					if (item instanceof Map<?, ?> entry && entry.get("name") instanceof String name
							&& wanted.contains(name) && entry.get("index_template") instanceof Map<?, ?> template) {
						found.put(name, (Map<String, Object>) template);
					}
				}
			}
		}
		return found;
	}

	/**
	 * The prefixes that cover these names: their common prefix, or, when they share none, the
	 * common prefix of the names of each first character.
	 */
	static List<String> prefixes(TreeSet<String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		String common = commonPrefix(names);
		if (!common.isEmpty()) {
			return List.of(common);
		}
		Map<Character, TreeSet<String>> byFirst = new LinkedHashMap<>();
		names.forEach((name) -> byFirst.computeIfAbsent(name.charAt(0), (key) -> new TreeSet<>()).add(name));
		return byFirst.values().stream().map(ClusterReads::commonPrefix).toList();
	}

	private static String commonPrefix(TreeSet<String> sorted) {
		String first = sorted.first();
		String last = sorted.last();
		int length = 0;
		while (length < first.length() && length < last.length() && first.charAt(length) == last.charAt(length)) {
			length++;
		}
		return first.substring(0, length);
	}

	/**
	 * The mappings of the indices each name or pattern resolves to.
	 * @param names the index names or patterns
	 * @return for each name, in order, the mappings by concrete index name (empty when none exists)
	 */
	List<Map<String, Map<String, Object>>> mappings(List<String> names) {
		List<Map<String, Map<String, Object>>> combined = combinedMappings(names);
		if (combined != null) {
			return combined;
		}
		List<Map<String, Map<String, Object>>> each = new ArrayList<>();
		for (String name : names) {
			each.add(mappingsOf(name));
		}
		return each;
	}

	/** The mappings of one name, asked alone: what {@code GET <name>/_mapping} answers. */
	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> mappingsOf(String name) {
		Map<String, Map<String, Object>> mappings = new LinkedHashMap<>();
		RawResponse response = this.connection.perform(RawRequest.get(RawRequest.pathOf(name, "_mapping"))
			.ignore(404)
			.operation("indices.get_mapping"));
		if (response.status() == 200) {
			response.bodyAsMap().forEach((index, value) -> {
				if (value instanceof Map<?, ?> body && body.get("mappings") instanceof Map<?, ?> mapping) {
					mappings.put(index, (Map<String, Object>) mapping);
				}
			});
		}
		return mappings;
	}

	/** The mappings split per name from combined reads, or {@code null} when a split could be wrong. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Map<String, Object>>> combinedMappings(List<String> names) {
		if (names.stream().anyMatch(ClusterReads::isExpression)) {
			return null;
		}
		List<Map<String, Map<String, Object>>> result = new ArrayList<>();
		names.forEach((name) -> result.add(new LinkedHashMap<>()));
		for (List<String> chunk : chunks(names)) {
			RawResponse response = this.connection.perform(RawRequest.get(RawRequest.pathOf(String.join(",", chunk)))
				.param("ignore_unavailable", true)
				.param("allow_no_indices", true)
				.ignore(404)
				.operation("indices.get"));
			if (response.status() != 200) {
				continue;
			}
			for (Map.Entry<String, Object> entry : response.bodyAsMap().entrySet()) {
				if (!(entry.getValue() instanceof Map<?, ?> index)) {
					continue;
				}
				if (reachedOtherwise(index, names)) {
					return null;
				}
				int owner = -1;
				for (int i = 0; i < names.size(); i++) {
					if (matches(names.get(i), entry.getKey())) {
						if (owner >= 0) {
							return null;
						}
						owner = i;
					}
				}
				if (owner < 0) {
					return null;
				}
				if (index.get("mappings") instanceof Map<?, ?> mapping) {
					result.get(owner).put(entry.getKey(), (Map<String, Object>) mapping);
				}
			}
		}
		return result;
	}

	/** Whether a name of the list might have reached this index through an alias or data stream. */
	private static boolean reachedOtherwise(Map<?, ?> index, List<String> names) {
		List<String> others = new ArrayList<>();
		if (index.get("aliases") instanceof Map<?, ?> aliases) {
			aliases.keySet().forEach((alias) -> others.add(String.valueOf(alias)));
		}
		if (index.get("data_stream") != null) {
			others.add(String.valueOf(index.get("data_stream")));
		}
		return others.stream().anyMatch((other) -> names.stream().anyMatch((name) -> matches(name, other)));
	}

	/** Whether Elasticsearch reads more into this name than an index name or a {@code *} pattern. */
	private static boolean isExpression(String name) {
		return name.startsWith("_") || name.startsWith("-") || name.startsWith("<") || name.contains(",")
				|| name.contains(":");
	}

	/** Whether a name or {@code *} pattern matches an index, alias or data stream name. */
	static boolean matches(String pattern, String name) {
		if (pattern.indexOf('*') < 0) {
			return pattern.equals(name);
		}
		String[] parts = pattern.split("\\*", -1);
		if (!name.startsWith(parts[0])) {
			return false;
		}
		int at = parts[0].length();
		for (int i = 1; i < parts.length - 1; i++) {
			int found = name.indexOf(parts[i], at);
			if (found < 0) {
				return false;
			}
			at = found + parts[i].length();
		}
		String last = parts[parts.length - 1];
		return name.length() - at >= last.length() && name.endsWith(last);
	}

	private static List<List<String>> chunks(List<String> names) {
		List<List<String>> chunks = new ArrayList<>();
		List<String> chunk = new ArrayList<>();
		int length = 0;
		for (String name : names) {
			if (!chunk.isEmpty() && length + name.length() + 1 > MAX_NAMES_LENGTH) {
				chunks.add(chunk);
				chunk = new ArrayList<>();
				length = 0;
			}
			chunk.add(name);
			length += name.length() + 1;
		}
		if (!chunk.isEmpty()) {
			chunks.add(chunk);
		}
		return chunks;
	}

}
