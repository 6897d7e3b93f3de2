package io.github.esdsl.query;

import java.util.List;
import java.util.Map;

/**
 * Factories for full-text queries, inherited by {@link Q} (use them as {@code Q.match(...)}).
 * The per-family classes only keep source files small; {@code Q} is the single entry point.
 */
abstract class FullTextQueries {

	FullTextQueries() {
	}

	static Query create(String type, Map<String, Object> params) {
		return QueryTypes.create(type, params);
	}

	/**
	 * {@code {"match": {field: query}}}.
	 * @param field the field, dots allowed ({@code "title.raw"})
	 * @param query the text, number, date or boolean to find
	 * @return the query
	 */
	public static Query match(String field, Object query) {
		return match(field, query, null);
	}

	/**
	 * {@code {"match": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text to find
	 * @param options operator, fuzziness, analyzer, minimum_should_match, …
	 * @return the query
	 */
	public static Query match(String field, Object query, Map<String, ?> options) {
		return create("match", Params.field("match", field, "query", query, options));
	}

	/**
	 * {@code {"match_phrase": {field: query}}}.
	 * @param field the field
	 * @param query the phrase
	 * @return the query
	 */
	public static Query matchPhrase(String field, Object query) {
		return matchPhrase(field, query, null);
	}

	/**
	 * {@code {"match_phrase": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the phrase
	 * @param options slop, analyzer, zero_terms_query, …
	 * @return the query
	 */
	public static Query matchPhrase(String field, Object query, Map<String, ?> options) {
		return create("match_phrase", Params.field("match_phrase", field, "query", query, options));
	}

	/**
	 * {@code {"match_phrase_prefix": {field: query}}}.
	 * @param field the field
	 * @param query the phrase, its last term a prefix
	 * @return the query
	 */
	public static Query matchPhrasePrefix(String field, Object query) {
		return matchPhrasePrefix(field, query, null);
	}

	/**
	 * {@code {"match_phrase_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the phrase
	 * @param options max_expansions, slop, analyzer, …
	 * @return the query
	 */
	public static Query matchPhrasePrefix(String field, Object query, Map<String, ?> options) {
		return create("match_phrase_prefix", Params.field("match_phrase_prefix", field, "query", query, options));
	}

	/**
	 * {@code {"match_bool_prefix": {field: query}}}.
	 * @param field the field
	 * @param query the text, its last term a prefix
	 * @return the query
	 */
	public static Query matchBoolPrefix(String field, Object query) {
		return matchBoolPrefix(field, query, null);
	}

	/**
	 * {@code {"match_bool_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text
	 * @param options operator, minimum_should_match, analyzer, fuzziness, …
	 * @return the query
	 */
	public static Query matchBoolPrefix(String field, Object query, Map<String, ?> options) {
		return create("match_bool_prefix", Params.field("match_bool_prefix", field, "query", query, options));
	}

	/**
	 * {@code {"multi_match": {"query": query, "fields": [...]}}}.
	 * @param query the text
	 * @param fields the fields, with optional {@code ^boost}
	 * @return the query
	 */
	public static Query multiMatch(Object query, String... fields) {
		return multiMatch(query, Params.list(fields), null);
	}

	/**
	 * {@code {"multi_match": {"query": query, "fields": [...], ...options}}}.
	 * @param query the text
	 * @param fields the fields
	 * @param options type, operator, tie_breaker, fuzziness, …
	 * @return the query
	 */
	public static Query multiMatch(Object query, List<String> fields, Map<String, ?> options) {
		return create("multi_match", Params.of("multi_match", options, "query", query, "fields", fields));
	}

	/**
	 * {@code {"combined_fields": {"query": query, "fields": [...]}}}.
	 * @param query the text
	 * @param fields the text fields
	 * @return the query
	 */
	public static Query combinedFields(Object query, String... fields) {
		return combinedFields(query, Params.list(fields), null);
	}

	/**
	 * {@code {"combined_fields": {"query": query, "fields": [...], ...options}}}.
	 * @param query the text
	 * @param fields the text fields
	 * @param options operator, minimum_should_match, zero_terms_query, …
	 * @return the query
	 */
	public static Query combinedFields(Object query, List<String> fields, Map<String, ?> options) {
		return create("combined_fields", Params.of("combined_fields", options, "query", query, "fields", fields));
	}

	/**
	 * {@code {"common": {field: query}}} (removed from Elasticsearch 8; kept for parity).
	 * @param field the field
	 * @param query the text
	 * @return the query
	 */
	public static Query common(String field, Object query) {
		return common(field, query, null);
	}

	/**
	 * {@code {"common": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text
	 * @param options cutoff_frequency, low_freq_operator, …
	 * @return the query
	 */
	public static Query common(String field, Object query, Map<String, ?> options) {
		return create("common", Params.field("common", field, "query", query, options));
	}

	/**
	 * {@code {"intervals": {field: rule}}}.
	 * @param field the field
	 * @param rule one rule: {@code {"match": {...}}}, {@code {"all_of": {...}}}, …
	 * @return the query
	 */
	public static Query intervals(String field, Map<String, ?> rule) {
		return create("intervals", Params.of("intervals", null, Params.fieldName("intervals", field), rule));
	}

	/**
	 * {@code {"query_string": {"query": query}}}.
	 * @param query the query in Lucene syntax
	 * @return the query
	 */
	public static Query queryString(String query) {
		return queryString(query, null);
	}

	/**
	 * {@code {"query_string": {"query": query, ...options}}}.
	 * @param query the query in Lucene syntax
	 * @param options default_field, fields, default_operator, …
	 * @return the query
	 */
	public static Query queryString(String query, Map<String, ?> options) {
		return create("query_string", Params.of("query_string", options, "query", query));
	}

	/**
	 * {@code {"simple_query_string": {"query": query}}}.
	 * @param query the query in simple syntax
	 * @return the query
	 */
	public static Query simpleQueryString(String query) {
		return simpleQueryString(query, null);
	}

	/**
	 * {@code {"simple_query_string": {"query": query, ...options}}}.
	 * @param query the query in simple syntax
	 * @param options fields, default_operator, flags, …
	 * @return the query
	 */
	public static Query simpleQueryString(String query, Map<String, ?> options) {
		return create("simple_query_string", Params.of("simple_query_string", options, "query", query));
	}

}
