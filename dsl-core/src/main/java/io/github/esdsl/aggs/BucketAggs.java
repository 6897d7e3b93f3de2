package io.github.esdsl.aggs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.dsl.ParamMaps;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.types.Options;

/**
 * Factories for term-based bucket aggregations, inherited by {@link A} (use them as
 * {@code A.terms(...)}), and the helpers the other factory families share.
 */
abstract class BucketAggs {

	BucketAggs() {
	}

	static Agg create(String type, Map<String, Object> params) {
		return AggTypes.create(type, params);
	}

	/** {@code {type: {"field": field, ...options}}}. */
	static Agg onField(String type, String field, Map<String, ?> options) {
		if (options == null || options.isEmpty()) {
			return AggTypes.single(type, "field", ParamMaps.fieldName(type, field));
		}
		return create(type, ParamMaps.of(type, options, "field", ParamMaps.fieldName(type, field)));
	}

	/** {@code {"field": field}}, as used by multi_terms, geo_line, weighted_avg, t_test, … */
	static Map<String, Object> fieldRef(String type, String field) {
		Map<String, Object> ref = new LinkedHashMap<>(2);
		ref.put("field", ParamMaps.fieldName(type, field));
		return ref;
	}

	/** Field names become {@code {"field": name}}, maps are kept. */
	static List<Object> fieldRefs(String type, List<?> fields) {
		ParamMaps.require(type, "fields", fields);
		if (fields.isEmpty()) {
			throw new InvalidDslException(type + " needs at least one field");
		}
		List<Object> refs = new ArrayList<>(fields.size());
		for (Object field : fields) {
			if (field instanceof String name) {
				refs.add(fieldRef(type, name));
			}
			else if (field instanceof Map<?, ?>) {
				refs.add(field);
			}
			else {
				throw new InvalidDslException("The fields of " + type + " must be field names or maps like "
						+ "{\"field\": \"tags\"} but got " + field);
			}
		}
		return refs;
	}

	/**
	 * {@code {"terms": {"field": field}}}.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg terms(String field) {
		return terms(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"terms": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg terms(FieldRef field) {
		return terms(ParamMaps.fieldName("terms", field));
	}

	/**
	 * {@code {"terms": {"field": field, ...options}}}.
	 * @param field the field
	 * @param options size, order, min_doc_count, include, exclude, missing, shard_size, …
	 * @return the aggregation
	 */
	public static Agg terms(String field, Map<String, ?> options) {
		return onField("terms", field, options);
	}

	/**
	 * {@code {"terms": {"field": field, ...options}}}.
	 * @param field the field
	 * @param options sets the options on {@link TermsAggOptions}
	 * @return the aggregation
	 */
	public static Agg terms(String field, UnaryOperator<TermsAggOptions> options) {
		return terms(field, Options.build(new TermsAggOptions(), options));
	}

	/**
	 * {@code {"terms": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options size, order, min_doc_count, include, exclude, missing, shard_size, …
	 * @return the aggregation
	 */
	public static Agg terms(FieldRef field, Map<String, ?> options) {
		return terms(ParamMaps.fieldName("terms", field), options);
	}

	/**
	 * {@code {"terms": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link TermsAggOptions}
	 * @return the aggregation
	 */
	public static Agg terms(FieldRef field, UnaryOperator<TermsAggOptions> options) {
		return terms(ParamMaps.fieldName("terms", field), options);
	}

	/**
	 * {@code {"rare_terms": {"field": field}}}.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg rareTerms(String field) {
		return rareTerms(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"rare_terms": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg rareTerms(FieldRef field) {
		return rareTerms(ParamMaps.fieldName("rare_terms", field));
	}

	/**
	 * {@code rare_terms} with options.
	 * @param field the field
	 * @param options max_doc_count, precision, include, exclude, missing
	 * @return the aggregation
	 */
	public static Agg rareTerms(String field, Map<String, ?> options) {
		return onField("rare_terms", field, options);
	}

	/**
	 * {@code rare_terms} with options.
	 * @param field the field
	 * @param options sets the options on {@link RareTermsAggOptions}
	 * @return the aggregation
	 */
	public static Agg rareTerms(String field, UnaryOperator<RareTermsAggOptions> options) {
		return rareTerms(field, Options.build(new RareTermsAggOptions(), options));
	}

	/**
	 * {@code rare_terms} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options max_doc_count, precision, include, exclude, missing
	 * @return the aggregation
	 */
	public static Agg rareTerms(FieldRef field, Map<String, ?> options) {
		return rareTerms(ParamMaps.fieldName("rare_terms", field), options);
	}

	/**
	 * {@code rare_terms} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link RareTermsAggOptions}
	 * @return the aggregation
	 */
	public static Agg rareTerms(FieldRef field, UnaryOperator<RareTermsAggOptions> options) {
		return rareTerms(ParamMaps.fieldName("rare_terms", field), options);
	}

	/**
	 * {@code {"multi_terms": {"terms": [{"field": f1}, {"field": f2}]}}}.
	 * @param terms field names, or maps like {@code {"field": "tags", "missing": "none"}}
	 * @return the aggregation
	 */
	public static Agg multiTerms(List<?> terms) {
		return multiTerms(terms, (Map<String, ?>) null);
	}

	/**
	 * {@code multi_terms} with options.
	 * @param terms field names or term lookups
	 * @param options size, order, min_doc_count, shard_size, collect_mode, …
	 * @return the aggregation
	 */
	public static Agg multiTerms(List<?> terms, Map<String, ?> options) {
		return create("multi_terms", ParamMaps.of("multi_terms", options, "terms", fieldRefs("multi_terms", terms)));
	}

	/**
	 * {@code multi_terms} with options.
	 * @param terms field names or term lookups
	 * @param options sets the options on {@link MultiTermsAggOptions}
	 * @return the aggregation
	 */
	public static Agg multiTerms(List<?> terms, UnaryOperator<MultiTermsAggOptions> options) {
		return multiTerms(terms, Options.build(new MultiTermsAggOptions(), options));
	}

	/**
	 * {@code {"significant_terms": {"field": field}}}.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg significantTerms(String field) {
		return significantTerms(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"significant_terms": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg significantTerms(FieldRef field) {
		return significantTerms(ParamMaps.fieldName("significant_terms", field));
	}

	/**
	 * {@code significant_terms} with options.
	 * @param field the field
	 * @param options background_filter (a Query or raw map), size, min_doc_count, jlh, gnd, …
	 * @return the aggregation
	 */
	public static Agg significantTerms(String field, Map<String, ?> options) {
		return onField("significant_terms", field, options);
	}

	/**
	 * {@code significant_terms} with options.
	 * @param field the field
	 * @param options sets the options on {@link SignificantTermsAggOptions}
	 * @return the aggregation
	 */
	public static Agg significantTerms(String field, UnaryOperator<SignificantTermsAggOptions> options) {
		return significantTerms(field, Options.build(new SignificantTermsAggOptions(), options));
	}

	/**
	 * {@code significant_terms} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options background_filter (a Query or raw map), size, min_doc_count, jlh, gnd, …
	 * @return the aggregation
	 */
	public static Agg significantTerms(FieldRef field, Map<String, ?> options) {
		return significantTerms(ParamMaps.fieldName("significant_terms", field), options);
	}

	/**
	 * {@code significant_terms} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link SignificantTermsAggOptions}
	 * @return the aggregation
	 */
	public static Agg significantTerms(FieldRef field, UnaryOperator<SignificantTermsAggOptions> options) {
		return significantTerms(ParamMaps.fieldName("significant_terms", field), options);
	}

	/**
	 * {@code {"significant_text": {"field": field}}}.
	 * @param field the text field
	 * @return the aggregation
	 */
	public static Agg significantText(String field) {
		return significantText(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"significant_text": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg significantText(FieldRef field) {
		return significantText(ParamMaps.fieldName("significant_text", field));
	}

	/**
	 * {@code significant_text} with options.
	 * @param field the text field
	 * @param options background_filter (a Query or raw map), filter_duplicate_text, source_fields, …
	 * @return the aggregation
	 */
	public static Agg significantText(String field, Map<String, ?> options) {
		return onField("significant_text", field, options);
	}

	/**
	 * {@code significant_text} with options.
	 * @param field the text field
	 * @param options sets the options on {@link SignificantTextAggOptions}
	 * @return the aggregation
	 */
	public static Agg significantText(String field, UnaryOperator<SignificantTextAggOptions> options) {
		return significantText(field, Options.build(new SignificantTextAggOptions(), options));
	}

	/**
	 * {@code significant_text} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options background_filter (a Query or raw map), filter_duplicate_text, source_fields, …
	 * @return the aggregation
	 */
	public static Agg significantText(FieldRef field, Map<String, ?> options) {
		return significantText(ParamMaps.fieldName("significant_text", field), options);
	}

	/**
	 * {@code significant_text} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link SignificantTextAggOptions}
	 * @return the aggregation
	 */
	public static Agg significantText(FieldRef field, UnaryOperator<SignificantTextAggOptions> options) {
		return significantText(ParamMaps.fieldName("significant_text", field), options);
	}

	/**
	 * {@code {"categorize_text": {"field": field}}}.
	 * @param field the semi-structured text field
	 * @return the aggregation
	 */
	public static Agg categorizeText(String field) {
		return categorizeText(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"categorize_text": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg categorizeText(FieldRef field) {
		return categorizeText(ParamMaps.fieldName("categorize_text", field));
	}

	/**
	 * {@code categorize_text} with options.
	 * @param field the text field
	 * @param options categorization_filters, max_matched_tokens, similarity_threshold, size, …
	 * @return the aggregation
	 */
	public static Agg categorizeText(String field, Map<String, ?> options) {
		return onField("categorize_text", field, options);
	}

	/**
	 * {@code categorize_text} with options.
	 * @param field the text field
	 * @param options sets the options on {@link CategorizeTextAggOptions}
	 * @return the aggregation
	 */
	public static Agg categorizeText(String field, UnaryOperator<CategorizeTextAggOptions> options) {
		return categorizeText(field, Options.build(new CategorizeTextAggOptions(), options));
	}

	/**
	 * {@code categorize_text} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options categorization_filters, max_matched_tokens, similarity_threshold, size, …
	 * @return the aggregation
	 */
	public static Agg categorizeText(FieldRef field, Map<String, ?> options) {
		return categorizeText(ParamMaps.fieldName("categorize_text", field), options);
	}

	/**
	 * {@code categorize_text} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link CategorizeTextAggOptions}
	 * @return the aggregation
	 */
	public static Agg categorizeText(FieldRef field, UnaryOperator<CategorizeTextAggOptions> options) {
		return categorizeText(ParamMaps.fieldName("categorize_text", field), options);
	}

	/**
	 * {@code {"composite": {"sources": [{"name": {...}}, ...]}}}.
	 * @param sources the value sources in order, each a one-entry map of a name to a terms,
	 * histogram, date_histogram or geotile_grid aggregation
	 * @return the aggregation
	 */
	public static Agg composite(List<? extends Map<String, ? extends Agg>> sources) {
		return composite(sources, (Map<String, ?>) null);
	}

	/**
	 * {@code composite} with options.
	 * @param sources the value sources
	 * @param options size, after
	 * @return the aggregation
	 */
	public static Agg composite(List<? extends Map<String, ? extends Agg>> sources, Map<String, ?> options) {
		return create("composite", ParamMaps.of("composite", options, "sources", sources));
	}

	/**
	 * {@code composite} with options.
	 * @param sources the value sources
	 * @param options sets the options on {@link CompositeAggOptions}
	 * @return the aggregation
	 */
	public static Agg composite(List<? extends Map<String, ? extends Agg>> sources, UnaryOperator<CompositeAggOptions> options) {
		return composite(sources, Options.build(new CompositeAggOptions(), options));
	}

	/**
	 * {@code {"missing": {"field": field}}}.
	 * @param field the field
	 * @return the aggregation
	 */
	public static Agg missing(String field) {
		return missing(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"missing": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg missing(FieldRef field) {
		return missing(ParamMaps.fieldName("missing", field));
	}

	/**
	 * {@code missing} with options.
	 * @param field the field
	 * @param options missing
	 * @return the aggregation
	 */
	public static Agg missing(String field, Map<String, ?> options) {
		return onField("missing", field, options);
	}

	/**
	 * {@code missing} with options.
	 * @param field the field
	 * @param options sets the options on {@link MissingAggOptions}
	 * @return the aggregation
	 */
	public static Agg missing(String field, UnaryOperator<MissingAggOptions> options) {
		return missing(field, Options.build(new MissingAggOptions(), options));
	}

	/**
	 * {@code missing} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options missing
	 * @return the aggregation
	 */
	public static Agg missing(FieldRef field, Map<String, ?> options) {
		return missing(ParamMaps.fieldName("missing", field), options);
	}

	/**
	 * {@code missing} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link MissingAggOptions}
	 * @return the aggregation
	 */
	public static Agg missing(FieldRef field, UnaryOperator<MissingAggOptions> options) {
		return missing(ParamMaps.fieldName("missing", field), options);
	}

}
