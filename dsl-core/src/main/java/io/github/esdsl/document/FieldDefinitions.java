package io.github.esdsl.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.github.esdsl.json.Json;

/**
 * Writes the typed attributes, options and multi-fields of {@link Field} and {@link MultiField}
 * into a field definition, refusing attributes that do not apply to the type.
 */
final class FieldDefinitions {

	private static final Set<FieldType> ANALYZED = EnumSet.of(FieldType.TEXT, FieldType.SEARCH_AS_YOU_TYPE,
			FieldType.COMPLETION, FieldType.TOKEN_COUNT);

	private static final Set<FieldType> SEARCH_ANALYZED = EnumSet.of(FieldType.TEXT, FieldType.SEARCH_AS_YOU_TYPE,
			FieldType.COMPLETION);

	private static final Set<FieldType> QUOTE_ANALYZED = EnumSet.of(FieldType.TEXT, FieldType.SEARCH_AS_YOU_TYPE);

	private static final Set<FieldType> NORMALIZED = EnumSet.of(FieldType.KEYWORD);

	private static final Set<FieldType> FORMATTED = EnumSet.of(FieldType.DATE, FieldType.DATE_NANOS,
			FieldType.DATE_RANGE);

	private static final Set<FieldType> LENGTH_LIMITED = EnumSet.of(FieldType.KEYWORD, FieldType.WILDCARD,
			FieldType.FLATTENED, FieldType.ICU_COLLATION_KEYWORD);

	private static final Set<FieldType> VECTORS = EnumSet.of(FieldType.DENSE_VECTOR, FieldType.RANK_VECTORS);

	private static final Set<FieldType> SIMILAR = EnumSet.of(FieldType.DENSE_VECTOR);

	private static final Set<FieldType> SCALED = EnumSet.of(FieldType.SCALED_FLOAT);

	/** Analyzer names fields refer to: section, name, where. */
	final List<String[]> references = new ArrayList<>();

	/**
	 * A field's definition without its properties: the type (given, custom or inferred) and
	 * what the annotation adds, checked.
	 */
	Map<String, Object> definition(Field field, boolean propertiesClass, Supplier<FieldType> inferred, String where) {
		FieldType type = (field != null) ? field.type() : FieldType.AUTO;
		String customType = (field != null) ? field.customType() : "";
		if (!customType.isEmpty() && type != FieldType.AUTO) {
			throw new IllegalArgumentException("Field " + where + " gives both type = " + type + " and customType = '"
					+ customType + "'; give one");
		}
		if (customType.isEmpty() && type == FieldType.AUTO) {
			type = inferred.get();
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("type", customType.isEmpty() ? type.esType() : customType);
		FieldType checked = customType.isEmpty() ? type : null;
		if (field != null) {
			field(definition, checked, field, where);
		}
		if (propertiesClass && (checked == null || !checked.isObjectLike())) {
			throw new IllegalArgumentException("properties applies to object, nested and passthrough fields, not to "
					+ definition.get("type") + " field " + where);
		}
		return definition;
	}

	void field(Map<String, Object> definition, FieldType type, Field field, String where) {
		text(definition, type, "analyzer", field.analyzer(), ANALYZED, where);
		text(definition, type, "search_analyzer", field.searchAnalyzer(), SEARCH_ANALYZED, where);
		text(definition, type, "search_quote_analyzer", field.searchQuoteAnalyzer(), QUOTE_ANALYZED, where);
		text(definition, type, "normalizer", field.normalizer(), NORMALIZED, where);
		text(definition, type, "format", field.format(), FORMATTED, where);
		flags(definition, field.index(), field.docValues());
		if (field.store()) {
			definition.put("store", true);
		}
		if (field.copyTo().length == 1) {
			definition.put("copy_to", field.copyTo()[0]);
		}
		else if (field.copyTo().length > 1) {
			definition.put("copy_to", List.of(field.copyTo()));
		}
		number(definition, type, "ignore_above", field.ignoreAbove(), LENGTH_LIMITED, where);
		number(definition, type, "dims", field.dims(), VECTORS, where);
		text(definition, type, "element_type", field.elementType(), VECTORS, where);
		text(definition, type, "similarity", field.similarity(), SIMILAR, where);
		if (field.scalingFactor() != 0) {
			check(type, "scalingFactor", SCALED, where);
			definition.put("scaling_factor", field.scalingFactor());
		}
		if (field.dynamic() != Dynamic.INHERIT) {
			if (type != null && !type.isObjectLike()) {
				throw new IllegalArgumentException("dynamic applies to object, nested and passthrough fields, not to "
						+ type.esType() + " field " + where);
			}
			definition.put("dynamic", field.dynamic().jsonValue());
		}
		options(definition, field.options(), where);
		if (type == FieldType.SCALED_FLOAT && !definition.containsKey("scaling_factor")) {
			throw new IllegalArgumentException("scaled_float field " + where
					+ " needs a scaling factor: @Field(type = FieldType.SCALED_FLOAT, scalingFactor = 100)");
		}
		if (field.fields().length > 0) {
			if (type != null && type.isObjectLike()) {
				throw new IllegalArgumentException(type.esType() + " field " + where
						+ " cannot have multi-fields: only leaf fields can");
			}
			definition.put("fields", multiFields(field.fields(), where));
		}
	}

	private Map<String, Object> multiFields(MultiField[] fields, String where) {
		Map<String, Object> result = new LinkedHashMap<>();
		for (MultiField multiField : fields) {
			String at = where + " (multi-field '" + multiField.name() + "')";
			if (multiField.name().isBlank() || multiField.name().contains(".")) {
				throw new IllegalArgumentException("Multi-field name '" + multiField.name() + "' of " + where
						+ " must be non-empty and without dots");
			}
			FieldType type = multiField.type();
			if (type == FieldType.AUTO || type.isObjectLike()) {
				throw new IllegalArgumentException("Multi-field " + at + " needs a leaf type such as KEYWORD, not " + type);
			}
			Map<String, Object> definition = new LinkedHashMap<>();
			definition.put("type", type.esType());
			text(definition, type, "analyzer", multiField.analyzer(), ANALYZED, at);
			text(definition, type, "search_analyzer", multiField.searchAnalyzer(), SEARCH_ANALYZED, at);
			text(definition, type, "normalizer", multiField.normalizer(), NORMALIZED, at);
			text(definition, type, "format", multiField.format(), FORMATTED, at);
			flags(definition, multiField.index(), multiField.docValues());
			number(definition, type, "ignore_above", multiField.ignoreAbove(), LENGTH_LIMITED, at);
			options(definition, multiField.options(), at);
			if (result.put(multiField.name(), definition) != null) {
				throw new IllegalArgumentException("Multi-field '" + multiField.name() + "' is declared twice on " + where);
			}
		}
		return result;
	}

	private static void flags(Map<String, Object> definition, boolean index, boolean docValues) {
		if (!index) {
			definition.put("index", false);
		}
		if (!docValues) {
			definition.put("doc_values", false);
		}
	}

	private void text(Map<String, Object> definition, FieldType type, String key, String value, Set<FieldType> allowed,
			String where) {
		if (value.isEmpty()) {
			return;
		}
		check(type, key, allowed, where);
		definition.put(key, value);
		if (key.endsWith("analyzer")) {
			this.references.add(new String[] { "analyzer", value, where });
		}
		else if (key.equals("normalizer")) {
			this.references.add(new String[] { "normalizer", value, where });
		}
	}

	private static void number(Map<String, Object> definition, FieldType type, String key, int value,
			Set<FieldType> allowed, String where) {
		if (value < 0) {
			return;
		}
		check(type, key, allowed, where);
		definition.put(key, value);
	}

	private static void check(FieldType type, String key, Set<FieldType> allowed, String where) {
		if (type != null && !allowed.contains(type)) {
			throw new IllegalArgumentException(key + " does not apply to " + type.esType() + " field " + where
					+ "; it applies to " + allowed.stream().map(FieldType::esType).toList());
		}
	}

	static void options(Map<String, Object> definition, FieldOption[] options, String where) {
		for (FieldOption option : options) {
			if (option.name().isBlank() || option.name().equals("type")) {
				throw new IllegalArgumentException("Option name '" + option.name() + "' of " + where
						+ " is not allowed: give the type with @Field(type = ...) and options a non-empty name");
			}
			definition.put(option.name(), value(option.value()));
		}
	}

	/**
	 * An annotation value: JSON when it parses as JSON, otherwise the text itself.
	 */
	static Object value(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return text;
		}
		try {
			return Json.parse(trimmed);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
