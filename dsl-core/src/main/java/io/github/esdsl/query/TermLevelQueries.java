package io.github.esdsl.query;

import java.util.Collection;
import java.util.Map;

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
		return term(field, value, null);
	}

	/**
	 * {@code {"term": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the exact value
	 * @param options boost, case_insensitive, _name
	 * @return the query
	 */
	public static Query term(String field, Object value, Map<String, ?> options) {
		return create("term", Params.field("term", field, "value", value, options));
	}

	/**
	 * {@code {"terms": {field: [values]}}}.
	 * @param field the field
	 * @param values the exact values
	 * @return the query
	 */
	public static Query terms(String field, Collection<?> values) {
		return terms(field, values, null);
	}

	/**
	 * {@code {"terms": {field: [values], ...options}}} – options sit beside the field.
	 * @param field the field
	 * @param values the exact values
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query terms(String field, Collection<?> values, Map<String, ?> options) {
		return create("terms", Params.of("terms", options, Params.fieldName("terms", field), values));
	}

	/**
	 * {@code {"terms_set": {field: {"terms": [terms], ...options}}}}.
	 * @param field the field
	 * @param terms the terms
	 * @param options minimum_should_match_field, minimum_should_match_script, …
	 * @return the query
	 */
	public static Query termsSet(String field, Collection<?> terms, Map<String, ?> options) {
		return create("terms_set", Params.of("terms_set", null, Params.fieldName("terms_set", field),
				Params.of("terms_set", options, "terms", terms)));
	}

	/**
	 * {@code {"range": {field: conditions}}}.
	 * @param field the field
	 * @param conditions gt, gte, lt, lte, and format, time_zone, relation, boost
	 * @return the query
	 */
	public static Query range(String field, Map<String, ?> conditions) {
		return create("range", Params.of("range", null, Params.fieldName("range", field), conditions));
	}

	/**
	 * {@code {"prefix": {field: value}}}.
	 * @param field the field
	 * @param value the prefix
	 * @return the query
	 */
	public static Query prefix(String field, Object value) {
		return prefix(field, value, null);
	}

	/**
	 * {@code {"prefix": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the prefix
	 * @param options rewrite, case_insensitive, boost
	 * @return the query
	 */
	public static Query prefix(String field, Object value, Map<String, ?> options) {
		return create("prefix", Params.field("prefix", field, "value", value, options));
	}

	/**
	 * {@code {"fuzzy": {field: value}}}.
	 * @param field the field
	 * @param value the term
	 * @return the query
	 */
	public static Query fuzzy(String field, Object value) {
		return fuzzy(field, value, null);
	}

	/**
	 * {@code {"fuzzy": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the term
	 * @param options fuzziness, max_expansions, prefix_length, transpositions, rewrite
	 * @return the query
	 */
	public static Query fuzzy(String field, Object value, Map<String, ?> options) {
		return create("fuzzy", Params.field("fuzzy", field, "value", value, options));
	}

	/**
	 * {@code {"regexp": {field: value}}}.
	 * @param field the field
	 * @param value the regular expression
	 * @return the query
	 */
	public static Query regexp(String field, String value) {
		return regexp(field, value, null);
	}

	/**
	 * {@code {"regexp": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the regular expression
	 * @param options flags, max_determinized_states, case_insensitive, rewrite
	 * @return the query
	 */
	public static Query regexp(String field, String value, Map<String, ?> options) {
		return create("regexp", Params.field("regexp", field, "value", value, options));
	}

	/**
	 * {@code {"wildcard": {field: value}}}.
	 * @param field the field
	 * @param value the pattern with {@code *} and {@code ?}
	 * @return the query
	 */
	public static Query wildcard(String field, String value) {
		return wildcard(field, value, null);
	}

	/**
	 * {@code {"wildcard": {field: {"value": value, ...options}}}}.
	 * @param field the field
	 * @param value the pattern
	 * @param options boost, case_insensitive, rewrite
	 * @return the query
	 */
	public static Query wildcard(String field, String value, Map<String, ?> options) {
		return create("wildcard", Params.field("wildcard", field, "value", value, options));
	}

	/**
	 * {@code {"exists": {"field": field}}}.
	 * @param field the field
	 * @return the query
	 */
	public static Query exists(String field) {
		return exists(field, null);
	}

	/**
	 * {@code {"exists": {"field": field, ...options}}}.
	 * @param field the field
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query exists(String field, Map<String, ?> options) {
		return create("exists", Params.of("exists", options, "field", field));
	}

	/**
	 * {@code {"ids": {"values": [ids]}}}.
	 * @param values the document ids
	 * @return the query
	 */
	public static Query ids(String... values) {
		return ids(Params.list(values), null);
	}

	/**
	 * {@code {"ids": {"values": [ids], ...options}}}.
	 * @param values the document ids
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query ids(Collection<?> values, Map<String, ?> options) {
		return create("ids", Params.of("ids", options, "values", values));
	}

	/**
	 * {@code {"type": {"value": value}}} (mapping types were removed; kept for parity).
	 * @param value the type
	 * @return the query
	 */
	public static Query type(String value) {
		return create("type", Params.of("type", null, "value", value));
	}

}
