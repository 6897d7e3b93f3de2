package io.github.esdsl.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.esdsl.dsl.Frozen;
import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.json.Json;
import io.github.esdsl.json.JsonWritable;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code highlight} part of a search: per-field options and the options shared by all
 * fields, written as {@code {"fields": {...}, ...options}} when at least one field is set
 * (Python's {@code _highlight} and {@code _highlight_opts}).
 *
 * @param fields field name to its options, frozen
 * @param options the shared options, frozen
 */
record Highlight(Map<String, Object> fields, Map<String, Object> options) implements JsonWritable {

	static final Highlight NONE = new Highlight(Frozen.emptyMap(), Frozen.emptyMap());

	/**
	 * The highlight of a body, taking over a raw one kept among the extra keys by parsing
	 * (fields given as a list of single-field maps, or none), so adding a field keeps them.
	 */
	static Highlight current(SearchBody body) {
		Object raw = body.extra().get("highlight");
		if (body.highlight().isSet() || !(raw instanceof Map<?, ?> map)) {
			return body.highlight();
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		Map<String, Object> options = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			if (!"fields".equals(entry.getKey())) {
				options.put(String.valueOf(entry.getKey()), entry.getValue());
			}
			else if (entry.getValue() instanceof Map<?, ?> fieldMap) {
				fieldMap.forEach((name, value) -> fields.put(String.valueOf(name), value));
			}
			else if (entry.getValue() instanceof Collection<?> list) {
				for (Object item : list) {
					if (item instanceof Map<?, ?> one) {
						one.forEach((name, value) -> fields.put(String.valueOf(name), value));
					}
				}
			}
		}
		return new Highlight(Frozen.map(fields), Frozen.map(options));
	}

	boolean isSet() {
		return !this.fields.isEmpty();
	}

	private static boolean contains(String[] keys, int size, String key) {
		for (int i = 0; i < size; i++) {
			if (keys[i].equals(key)) {
				return true;
			}
		}
		return false;
	}

	private static void checkName(String field) {
		if (field == null || field.isEmpty()) {
			throw new InvalidDslException("A highlighted field needs a non-empty name but got "
					+ ((field == null) ? "null" : "''"));
		}
	}

	Highlight withField(String field, Map<String, ?> fieldOptions) {
		checkName(field);
		try {
			return new Highlight(Frozen.with(this.fields, field,
					(fieldOptions != null && !fieldOptions.isEmpty()) ? fieldOptions : Frozen.emptyMap()),
					this.options);
		}
		catch (InvalidDslException ex) {
			throw ex.within("highlight.fields." + field);
		}
	}

	Highlight withFields(Collection<String> names, Map<String, ?> fieldOptions) {
		if (names == null) {
			throw new InvalidDslException("highlight(...) needs field names, not null");
		}
		if (names.size() > 1 && (fieldOptions == null || fieldOptions.isEmpty()) && this.fields.isEmpty()) {
			// the common first call, highlight("title", "body"): one map for all the fields
			String[] keys = new String[names.size()];
			int size = 0;
			for (String name : names) {
				checkName(name);
				if (!contains(keys, size, name)) {
					keys[size++] = name;
				}
			}
			Object[] values = new Object[size];
			java.util.Arrays.fill(values, Frozen.emptyMap());
			return new Highlight(Frozen.mapOf((size == keys.length) ? keys : java.util.Arrays.copyOf(keys, size), values),
					this.options);
		}
		Highlight highlight = this;
		for (String name : names) {
			highlight = highlight.withField(name, fieldOptions);
		}
		return highlight;
	}

	Highlight withOptions(Map<String, ?> changes) {
		if (changes != null && changes.containsKey("fields")) {
			throw new InvalidDslException("highlightOptions() takes the options shared by all fields; "
					+ "give fields with highlight(field, options) instead of a 'fields' option");
		}
		try {
			return new Highlight(this.fields, Frozen.merge(this.options, changes));
		}
		catch (InvalidDslException ex) {
			throw ex.within("highlight");
		}
	}

	@Override
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("fields", Frozen.plain(this.fields));
		for (Map.Entry<String, Object> entry : this.options.entrySet()) {
			map.put(entry.getKey(), Frozen.plain(entry.getValue()));
		}
		return map;
	}

	@Override
	public void writeJson(JsonGenerator generator) {
		generator.writeStartObject();
		Json.writeName(generator, "fields");
		Frozen.write(generator, this.fields);
		Frozen.writeEntries(generator, this.options);
		generator.writeEndObject();
	}

}
