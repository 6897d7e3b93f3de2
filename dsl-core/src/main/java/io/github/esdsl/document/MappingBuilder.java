package io.github.esdsl.document;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.esdsl.analysis.Analysis;
import io.github.esdsl.analysis.AnalysisComponent;

/**
 * Builds the {@link Mapping} of a document class: properties from its fields, meta fields from
 * its {@link Document}, analysis from the analysis definitions it declares.
 */
final class MappingBuilder {

	private static final Set<String> META_FIELDS = Set.of("dynamic", "transform", "dynamic_date_formats",
			"date_detection", "numeric_detection", "dynamic_templates", "enabled");

	private final List<Class<?>> path = new ArrayList<>();

	private final List<String> pathFields = new ArrayList<>();

	private final Set<Class<?>> mappedClasses = new LinkedHashSet<>();

	private final FieldDefinitions definitions = new FieldDefinitions();

	private MappingBuilder() {
	}

	static Mapping build(Class<?> documentClass) {
		MappingBuilder builder = new MappingBuilder();
		Map<String, Object> properties = builder.properties(documentClass);
		Document document = documentClass.getAnnotation(Document.class);
		Map<String, Object> map = new LinkedHashMap<>();
		if (document != null) {
			meta(map, document);
		}
		map.put("properties", properties);
		return new Mapping(map, builder.analysis(documentClass, document));
	}

	private Map<String, Object> properties(Class<?> type) {
		int cycle = this.path.indexOf(type);
		if (cycle >= 0) {
			List<String> steps = new ArrayList<>(this.pathFields.subList(cycle, this.pathFields.size()));
			throw new IllegalArgumentException("Cannot map the cyclic object graph " + String.join(" -> ", steps) + " -> "
					+ type.getName() + ": map one of these fields explicitly, e.g. @Field(type = FieldType.FLATTENED), "
					+ "or mark it transient");
		}
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			this.mappedClasses.add(current);
		}
		ClassModel model = ClassModel.of(type);
		this.path.add(type);
		try {
			Map<String, Object> properties = new LinkedHashMap<>();
			for (PropertyModel property : model.properties) {
				if (!property.idOnly()) {
					this.pathFields.add(property.where());
					properties.put(property.name, definition(property));
					this.pathFields.remove(this.pathFields.size() - 1);
				}
			}
			return properties;
		}
		finally {
			this.path.remove(this.path.size() - 1);
		}
	}

	private Map<String, Object> definition(PropertyModel property) {
		String where = property.where();
		JavaType javaType = JavaType.of(property.genericType(), where);
		Field field = property.annotation;
		Class<?> propertiesClass = (field != null && field.properties() != void.class) ? field.properties() : null;
		Map<String, Object> definition = this.definitions.definition(field, propertiesClass != null,
				() -> javaType.inferred(where), where);
		FieldType checked = (field != null && !field.customType().isEmpty()) ? null
				: FieldType.fromEsType(String.valueOf(definition.get("type")));
		String format = javaType.impliedFormat();
		if (format != null && (checked == FieldType.DATE || checked == FieldType.DATE_RANGE)) {
			definition.putIfAbsent("format", format);
		}
		if (checked != null && checked.isObjectLike() && !definition.containsKey("properties")) {
			Class<?> source = (propertiesClass != null) ? propertiesClass : javaType.element();
			definition.put("properties", JavaType.isMappableClass(source) ? properties(source) : new LinkedHashMap<>());
		}
		return definition;
	}

	private static void meta(Map<String, Object> map, Document document) {
		if (document.dynamic() != Dynamic.INHERIT) {
			map.put("dynamic", document.dynamic().jsonValue());
		}
		if (document.routingRequired()) {
			map.put("_routing", new LinkedHashMap<>(Map.of("required", true)));
		}
		Map<String, Object> source = new LinkedHashMap<>();
		if (!document.sourceEnabled()) {
			source.put("enabled", false);
		}
		if (document.sourceIncludes().length > 0) {
			source.put("includes", List.of(document.sourceIncludes()));
		}
		if (document.sourceExcludes().length > 0) {
			source.put("excludes", List.of(document.sourceExcludes()));
		}
		if (!source.isEmpty()) {
			map.put("_source", source);
		}
		for (Setting option : document.mappingOptions()) {
			String name = option.name();
			if (name.isBlank() || name.equals("properties")) {
				throw new IllegalArgumentException("Mapping option name '" + name + "' is not allowed: declare fields as "
						+ "Java fields and meta fields by name, such as \"date_detection\" or \"meta\"");
			}
			map.put(name.startsWith("_") || META_FIELDS.contains(name) ? name : "_" + name,
					FieldDefinitions.value(option.value()));
		}
	}

	private Analysis analysis(Class<?> documentClass, Document document) {
		List<AnalysisComponent> components = new ArrayList<>();
		if (document != null) {
			for (Class<?> holder : document.analyzers()) {
				components.addAll(staticComponents(holder, true));
			}
		}
		for (Class<?> mapped : this.mappedClasses) {
			components.addAll(staticComponents(mapped, false));
		}
		Analysis analysis = Analysis.empty();
		for (AnalysisComponent component : components) {
			try {
				analysis = analysis.with(component);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Analysis of " + documentClass.getName() + ": " + ex.getMessage(), ex);
			}
		}
		checkReferences(components);
		return analysis;
	}

	private void checkReferences(List<AnalysisComponent> components) {
		for (String[] reference : this.definitions.references) {
			String section = reference[0];
			String name = reference[1];
			List<String> others = components.stream()
				.filter((c) -> c.name().equals(name) && !c.section().equals(section))
				.map(AnalysisComponent::section)
				.distinct()
				.toList();
			boolean defined = components.stream().anyMatch((c) -> c.name().equals(name) && c.section().equals(section));
			if (!defined && !others.isEmpty()) {
				throw new IllegalArgumentException("Field " + reference[2] + " uses " + section + " '" + name
						+ "', but '" + name + "' is defined in the " + String.join(" and ", others) + " section of the analysis, "
						+ "not in the " + section + " section");
			}
		}
	}

	private static List<AnalysisComponent> staticComponents(Class<?> holder, boolean explicit) {
		List<AnalysisComponent> found = new ArrayList<>();
		for (java.lang.reflect.Field field : holder.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers())
					|| !AnalysisComponent.class.isAssignableFrom(field.getType())) {
				continue;
			}
			if (!field.trySetAccessible()) {
				throw new IllegalArgumentException("Cannot read the analysis definition " + holder.getName() + "."
						+ field.getName() + ": make it public or open its package");
			}
			try {
				Object value = field.get(null);
				if (value == null) {
					throw new IllegalArgumentException("Analysis definition " + holder.getName() + "." + field.getName()
							+ " is null");
				}
				found.add((AnalysisComponent) value);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalArgumentException("Cannot read " + holder.getName() + "." + field.getName(), ex);
			}
		}
		if (explicit && found.isEmpty()) {
			throw new IllegalArgumentException("@Document(analyzers = " + holder.getName()
					+ ".class) names a class without static analysis definitions (Analyzer, Normalizer, "
					+ "Tokenizer, TokenFilter or CharFilter fields)");
		}
		return found.stream().distinct().collect(Collectors.toList());
	}

}
