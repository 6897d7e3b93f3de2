package io.github.esdsl.query;

import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.types.Options;

/**
 * Factories for term-level queries, inherited by {@link Q} (use them as {@code Q.term(...)}).
 */
abstract class TermLevelQueries extends FullTextQueries {

	TermLevelQueries() {
	}

	/**
	 * {@code {"term": {field: value}}}.
	 * @param field the field, dots allowed
	 * @param value the exact value
	 * @return the query
	 */
	public static Query term(String field, Object value) {
		return term(field, value, (Map<String, ?>) null);
	}

	/**
	 * {@code {"term": {field: value}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the exact value
	 * @return the query
	 */
	public static Query term(FieldRef field, Object value) {
		return term(ParamMaps.fieldName("term", field), value);
	}

	/**
	 * {@code {"term": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the exact value
	 * @param options boost, case_insensitive, _name
	 * @return the query
	 */
	public static Query term(String field, Object value, Map<String, ?> options) {
		return fieldLeaf("term", field, "value", value, options);
	}

	/**
	 * {@code {"term": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the exact value
	 * @param options sets the options on {@link TermOptions}
	 * @return the query
	 */
	public static Query term(String field, Object value, UnaryOperator<TermOptions> options) {
		return term(field, value, Options.build(new TermOptions(), options));
	}

	/**
	 * {@code {"term": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the exact value
	 * @param options boost, case_insensitive, _name
	 * @return the query
	 */
	public static Query term(FieldRef field, Object value, Map<String, ?> options) {
		return term(ParamMaps.fieldName("term", field), value, options);
	}

	/**
	 * {@code {"term": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the exact value
	 * @param options sets the options on {@link TermOptions}
	 * @return the query
	 */
	public static Query term(FieldRef field, Object value, UnaryOperator<TermOptions> options) {
		return term(ParamMaps.fieldName("term", field), value, options);
	}

	/**
	 * {@code {"terms": {field: [values]}}}.
	 * @param field the field
	 * @param values the exact values
	 * @return the query
	 */
	public static Query terms(String field, Collection<?> values) {
		return terms(field, values, (Map<String, ?>) null);
	}

	/**
	 * {@code {"terms": {field: [values]}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param values the exact values
	 * @return the query
	 */
	public static Query terms(FieldRef field, Collection<?> values) {
		return terms(ParamMaps.fieldName("terms", field), values);
	}

	/**
	 * {@code {"terms": {field: [values], ...options}}} – options sit beside the field.
	 * @param field the field
	 * @param values the exact values
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query terms(String field, Collection<?> values, Map<String, ?> options) {
		return leaf("terms", Params.of("terms", options, Params.fieldName("terms", field), values));
	}

	/**
	 * {@code {"terms": {field: [values], ...options}}} – options sit beside the field.
	 * @param field the field
	 * @param values the exact values
	 * @param options sets the options on {@link TermsOptions}
	 * @return the query
	 */
	public static Query terms(String field, Collection<?> values, UnaryOperator<TermsOptions> options) {
		return terms(field, values, Options.build(new TermsOptions(), options));
	}

	/**
	 * {@code {"terms": {field: [values], ...options}}} – options sit beside the field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param values the exact values
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query terms(FieldRef field, Collection<?> values, Map<String, ?> options) {
		return terms(ParamMaps.fieldName("terms", field), values, options);
	}

	/**
	 * {@code {"terms": {field: [values], ...options}}} – options sit beside the field.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param values the exact values
	 * @param options sets the options on {@link TermsOptions}
	 * @return the query
	 */
	public static Query terms(FieldRef field, Collection<?> values, UnaryOperator<TermsOptions> options) {
		return terms(ParamMaps.fieldName("terms", field), values, options);
	}

	/**
	 * {@code {"terms_set": {field: {"terms": [terms], ...options}}}}.
	 * @param field the field
	 * @param terms the terms
	 * @param options minimum_should_match_field, minimum_should_match_script, …
	 * @return the query
	 */
	public static Query termsSet(String field, Collection<?> terms, Map<String, ?> options) {
		return leaf("terms_set", Params.of("terms_set", null, Params.fieldName("terms_set", field),
				Params.of("terms_set", options, "terms", terms)));
	}

	/**
	 * {@code {"terms_set": {field: {"terms": [terms], ...options}}}}.
	 * @param field the field
	 * @param terms the terms
	 * @param options sets the options on {@link TermsSetOptions}
	 * @return the query
	 */
	public static Query termsSet(String field, Collection<?> terms, UnaryOperator<TermsSetOptions> options) {
		return termsSet(field, terms, Options.build(new TermsSetOptions(), options));
	}

	/**
	 * {@code {"terms_set": {field: {"terms": [terms], ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param terms the terms
	 * @param options minimum_should_match_field, minimum_should_match_script, …
	 * @return the query
	 */
	public static Query termsSet(FieldRef field, Collection<?> terms, Map<String, ?> options) {
		return termsSet(ParamMaps.fieldName("terms_set", field), terms, options);
	}

	/**
	 * {@code {"terms_set": {field: {"terms": [terms], ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param terms the terms
	 * @param options sets the options on {@link TermsSetOptions}
	 * @return the query
	 */
	public static Query termsSet(FieldRef field, Collection<?> terms, UnaryOperator<TermsSetOptions> options) {
		return termsSet(ParamMaps.fieldName("terms_set", field), terms, options);
	}

	/**
	 * {@code {"range": {field: conditions}}}.
	 * @param field the field
	 * @param conditions gt, gte, lt, lte, and format, time_zone, relation, boost
	 * @return the query
	 */
	public static Query range(String field, Map<String, ?> conditions) {
		return single("range", Params.fieldName("range", field), conditions);
	}

	/**
	 * {@code {"range": {field: conditions}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param conditions gt, gte, lt, lte, and format, time_zone, relation, boost
	 * @return the query
	 */
	public static Query range(FieldRef field, Map<String, ?> conditions) {
		return range(ParamMaps.fieldName("range", field), conditions);
	}

	/**
	 * {@code {"range": {field: {...conditions}}}} with typed conditions, e.g.
	 * {@code Q.range("published", r -> r.gte("now-1y/d").lt("now"))}.
	 * @param field the field
	 * @param conditions sets gt, gte, lt, lte, format, time_zone, relation, boost … on {@link RangeOptions}
	 * @return the query
	 */
	public static Query range(String field, UnaryOperator<RangeOptions> conditions) {
		return range(field, Options.build(new RangeOptions(), conditions));
	}

	/**
	 * {@code {"range": {field: {...conditions}}}} with typed conditions.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param conditions sets the conditions on {@link RangeOptions}
	 * @return the query
	 */
	public static Query range(FieldRef field, UnaryOperator<RangeOptions> conditions) {
		return range(ParamMaps.fieldName("range", field), conditions);
	}

	/**
	 * {@code {"prefix": {field: value}}}.
	 * @param field the field
	 * @param value the prefix
	 * @return the query
	 */
	public static Query prefix(String field, Object value) {
		return prefix(field, value, (Map<String, ?>) null);
	}

	/**
	 * {@code {"prefix": {field: value}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the prefix
	 * @return the query
	 */
	public static Query prefix(FieldRef field, Object value) {
		return prefix(ParamMaps.fieldName("prefix", field), value);
	}

	/**
	 * {@code {"prefix": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the prefix
	 * @param options rewrite, case_insensitive, boost
	 * @return the query
	 */
	public static Query prefix(String field, Object value, Map<String, ?> options) {
		return fieldLeaf("prefix", field, "value", value, options);
	}

	/**
	 * {@code {"prefix": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the prefix
	 * @param options sets the options on {@link PrefixOptions}
	 * @return the query
	 */
	public static Query prefix(String field, Object value, UnaryOperator<PrefixOptions> options) {
		return prefix(field, value, Options.build(new PrefixOptions(), options));
	}

	/**
	 * {@code {"prefix": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the prefix
	 * @param options rewrite, case_insensitive, boost
	 * @return the query
	 */
	public static Query prefix(FieldRef field, Object value, Map<String, ?> options) {
		return prefix(ParamMaps.fieldName("prefix", field), value, options);
	}

	/**
	 * {@code {"prefix": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the prefix
	 * @param options sets the options on {@link PrefixOptions}
	 * @return the query
	 */
	public static Query prefix(FieldRef field, Object value, UnaryOperator<PrefixOptions> options) {
		return prefix(ParamMaps.fieldName("prefix", field), value, options);
	}

	/**
	 * {@code {"fuzzy": {field: value}}}.
	 * @param field the field
	 * @param value the term
	 * @return the query
	 */
	public static Query fuzzy(String field, Object value) {
		return fuzzy(field, value, (Map<String, ?>) null);
	}

	/**
	 * {@code {"fuzzy": {field: value}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the term
	 * @return the query
	 */
	public static Query fuzzy(FieldRef field, Object value) {
		return fuzzy(ParamMaps.fieldName("fuzzy", field), value);
	}

	/**
	 * {@code {"fuzzy": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the term
	 * @param options fuzziness, max_expansions, prefix_length, transpositions, rewrite
	 * @return the query
	 */
	public static Query fuzzy(String field, Object value, Map<String, ?> options) {
		return fieldLeaf("fuzzy", field, "value", value, options);
	}

	/**
	 * {@code {"fuzzy": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the term
	 * @param options sets the options on {@link FuzzyOptions}
	 * @return the query
	 */
	public static Query fuzzy(String field, Object value, UnaryOperator<FuzzyOptions> options) {
		return fuzzy(field, value, Options.build(new FuzzyOptions(), options));
	}

	/**
	 * {@code {"fuzzy": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the term
	 * @param options fuzziness, max_expansions, prefix_length, transpositions, rewrite
	 * @return the query
	 */
	public static Query fuzzy(FieldRef field, Object value, Map<String, ?> options) {
		return fuzzy(ParamMaps.fieldName("fuzzy", field), value, options);
	}

	/**
	 * {@code {"fuzzy": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the term
	 * @param options sets the options on {@link FuzzyOptions}
	 * @return the query
	 */
	public static Query fuzzy(FieldRef field, Object value, UnaryOperator<FuzzyOptions> options) {
		return fuzzy(ParamMaps.fieldName("fuzzy", field), value, options);
	}

	/**
	 * {@code {"regexp": {field: value}}}.
	 * @param field the field
	 * @param value the regular expression
	 * @return the query
	 */
	public static Query regexp(String field, String value) {
		return regexp(field, value, (Map<String, ?>) null);
	}

	/**
	 * {@code {"regexp": {field: value}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the regular expression
	 * @return the query
	 */
	public static Query regexp(FieldRef field, String value) {
		return regexp(ParamMaps.fieldName("regexp", field), value);
	}

	/**
	 * {@code {"regexp": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the regular expression
	 * @param options flags, max_determinized_states, case_insensitive, rewrite
	 * @return the query
	 */
	public static Query regexp(String field, String value, Map<String, ?> options) {
		return fieldLeaf("regexp", field, "value", value, options);
	}

	/**
	 * {@code {"regexp": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the regular expression
	 * @param options sets the options on {@link RegexpOptions}
	 * @return the query
	 */
	public static Query regexp(String field, String value, UnaryOperator<RegexpOptions> options) {
		return regexp(field, value, Options.build(new RegexpOptions(), options));
	}

	/**
	 * {@code {"regexp": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the regular expression
	 * @param options flags, max_determinized_states, case_insensitive, rewrite
	 * @return the query
	 */
	public static Query regexp(FieldRef field, String value, Map<String, ?> options) {
		return regexp(ParamMaps.fieldName("regexp", field), value, options);
	}

	/**
	 * {@code {"regexp": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the regular expression
	 * @param options sets the options on {@link RegexpOptions}
	 * @return the query
	 */
	public static Query regexp(FieldRef field, String value, UnaryOperator<RegexpOptions> options) {
		return regexp(ParamMaps.fieldName("regexp", field), value, options);
	}

	/**
	 * {@code {"wildcard": {field: value}}}.
	 * @param field the field
	 * @param value the pattern with {@code *} and {@code ?}
	 * @return the query
	 */
	public static Query wildcard(String field, String value) {
		return wildcard(field, value, (Map<String, ?>) null);
	}

	/**
	 * {@code {"wildcard": {field: value}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the pattern with {@code *} and {@code ?}
	 * @return the query
	 */
	public static Query wildcard(FieldRef field, String value) {
		return wildcard(ParamMaps.fieldName("wildcard", field), value);
	}

	/**
	 * {@code {"wildcard": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the pattern
	 * @param options boost, case_insensitive, rewrite
	 * @return the query
	 */
	public static Query wildcard(String field, String value, Map<String, ?> options) {
		return fieldLeaf("wildcard", field, "value", value, options);
	}

	/**
	 * {@code {"wildcard": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the pattern
	 * @param options sets the options on {@link WildcardOptions}
	 * @return the query
	 */
	public static Query wildcard(String field, String value, UnaryOperator<WildcardOptions> options) {
		return wildcard(field, value, Options.build(new WildcardOptions(), options));
	}

	/**
	 * {@code {"wildcard": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the pattern
	 * @param options boost, case_insensitive, rewrite
	 * @return the query
	 */
	public static Query wildcard(FieldRef field, String value, Map<String, ?> options) {
		return wildcard(ParamMaps.fieldName("wildcard", field), value, options);
	}

	/**
	 * {@code {"wildcard": {field: {"value": value, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param value the pattern
	 * @param options sets the options on {@link WildcardOptions}
	 * @return the query
	 */
	public static Query wildcard(FieldRef field, String value, UnaryOperator<WildcardOptions> options) {
		return wildcard(ParamMaps.fieldName("wildcard", field), value, options);
	}

	/**
	 * {@code {"exists": {"field": field}}}.
	 * @param field the field
	 * @return the query
	 */
	public static Query exists(String field) {
		return exists(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"exists": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the query
	 */
	public static Query exists(FieldRef field) {
		return exists(ParamMaps.fieldName("exists", field));
	}

	/**
	 * {@code {"exists": {"field": field, ...options}}}.
	 * @param field the field
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query exists(String field, Map<String, ?> options) {
		return leaf("exists", Params.of("exists", options, "field", field));
	}

	/**
	 * {@code {"exists": {"field": field, ...options}}}.
	 * @param field the field
	 * @param options sets the options on {@link ExistsOptions}
	 * @return the query
	 */
	public static Query exists(String field, UnaryOperator<ExistsOptions> options) {
		return exists(field, Options.build(new ExistsOptions(), options));
	}

	/**
	 * {@code {"exists": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query exists(FieldRef field, Map<String, ?> options) {
		return exists(ParamMaps.fieldName("exists", field), options);
	}

	/**
	 * {@code {"exists": {"field": field, ...options}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link ExistsOptions}
	 * @return the query
	 */
	public static Query exists(FieldRef field, UnaryOperator<ExistsOptions> options) {
		return exists(ParamMaps.fieldName("exists", field), options);
	}

	/**
	 * {@code {"ids": {"values": [ids]}}}.
	 * @param values the document ids
	 * @return the query
	 */
	public static Query ids(String... values) {
		return ids(Params.list(values), (Map<String, ?>) null);
	}

	/**
	 * {@code {"ids": {"values": [ids], ...options}}}.
	 * @param values the document ids
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query ids(Collection<?> values, Map<String, ?> options) {
		return leaf("ids", Params.of("ids", options, "values", values));
	}

	/**
	 * {@code {"ids": {"values": [ids], ...options}}}.
	 * @param values the document ids
	 * @param options sets the options on {@link IdsOptions}
	 * @return the query
	 */
	public static Query ids(Collection<?> values, UnaryOperator<IdsOptions> options) {
		return ids(values, Options.build(new IdsOptions(), options));
	}

	/**
	 * {@code {"type": {"value": value}}} (mapping types were removed; kept for parity).
	 * @param value the type
	 * @return the query
	 */
	public static Query type(String value) {
		return leaf("type", Params.of("type", null, "value", value));
	}

	/**
	 * {@code {"type": {"value": value, ...options}}}.
	 * @param value the mapping type
	 * @param options sets the options on {@link TypeOptions}
	 * @return the query
	 */
	public static Query type(String value, UnaryOperator<TypeOptions> options) {
		return leaf("type", Params.of("type", Options.build(new TypeOptions(), options), "value", value));
	}

}
