package io.github.esdsl.index.management;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings an index definition changes on an existing index, split into the dynamic ones,
 * which an update-settings request applies to the open index ({@code number_of_replicas},
 * {@code refresh_interval}, {@code max_result_window}, …), and the static ones, which only a new
 * index can take ({@code number_of_shards}, {@code codec}, {@code sort.*}, …). Analysis is left
 * out: it changes on a closed index. Keys are flat with the {@code index.} prefix, values as text,
 * as Elasticsearch reports them.
 */
public final class SettingsChanges {

	/** Settings fixed when an index is created (Elasticsearch's "static index settings"). */
	private static final List<String> STATIC = List.of("index.number_of_shards", "index.number_of_routing_shards",
			"index.codec", "index.routing_partition_size", "index.soft_deletes.enabled",
			"index.load_fixed_bitset_filters_eagerly", "index.shard.check_on_startup", "index.mode",
			"index.store.type", "index.sort.", "index.similarity.", "index.mapping.source.mode",
			"index.routing_path", "index.time_series.start_time", "index.lifecycle.indexing_complete");

	private final Map<String, Object> dynamic;

	private final Map<String, Object[]> fixed;

	private SettingsChanges(Map<String, Object> dynamic, Map<String, Object[]> fixed) {
		this.dynamic = dynamic;
		this.fixed = fixed;
	}

	/**
	 * The settings that differ.
	 * @param wanted the definition's settings, nested or dotted, with or without the {@code index.} prefix
	 * @param current the index's settings as Elasticsearch returns them (nested, with or without {@code index})
	 * @return the changes
	 */
	public static SettingsChanges between(Map<String, ?> wanted, Map<String, ?> current) {
		Map<String, Object> want = MappingComparison.flatSettings(wanted);
		Map<String, Object> have = MappingComparison
			.flatSettings((current.get("index") instanceof Map<?, ?> index && current.size() == 1)
					? cast(index) : current);
		Map<String, Object> dynamic = new TreeMap<>();
		Map<String, Object[]> fixed = new TreeMap<>();
		want.forEach((key, value) -> {
			if (key.startsWith("index.analysis.") || Objects.equals(value, have.get(key))) {
				return;
			}
			if (isStatic(key)) {
				fixed.put(key, new Object[] { have.get(key), value });
			}
			else {
				dynamic.put(key, value);
			}
		});
		return new SettingsChanges(dynamic, fixed);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> cast(Map<?, ?> map) {
		return (Map<String, ?>) map;
	}

	private static boolean isStatic(String key) {
		return STATIC.stream().anyMatch((name) -> name.endsWith(".") ? key.startsWith(name) : key.equals(name));
	}

	/** @return the dynamic settings to put, flat keys to the wanted value */
	public Map<String, Object> dynamic() {
		return this.dynamic;
	}

	/** @return the static settings that differ, flat key to {current, wanted}: they need a new index */
	public Map<String, Object[]> staticChanges() {
		return this.fixed;
	}

	/** @return whether no setting differs */
	public boolean isEmpty() {
		return this.dynamic.isEmpty() && this.fixed.isEmpty();
	}

	/**
	 * The static changes, one per line, such as {@code index.number_of_shards: 1 -> 3}.
	 * @return the lines
	 */
	public List<String> describeStatic() {
		return this.fixed.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": " + entry.getValue()[0] + " -> " + entry.getValue()[1])
			.toList();
	}

	@Override
	public String toString() {
		return "SettingsChanges{dynamic " + this.dynamic + ", static " + describeStatic() + "}";
	}

}
