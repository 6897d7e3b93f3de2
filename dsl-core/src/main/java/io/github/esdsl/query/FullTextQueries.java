package io.github.esdsl.query;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.types.Options;

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

	static Query leaf(String type, Map<String, Object> params) {
		return QueryTypes.leaf(type, params);
	}

	/**
	 * A query of one required parameter: {@code {type: {key: value}}}.
	 */
	static Query single(String type, String key, Object value) {
		return new GenericQuery(type, key, Params.require(type, key, value));
	}

	/**
	 * A field-keyed query: {@code {type: {field: value}}}, or with options
	 * {@code {type: {field: {valueKey: value, ...options}}}}.
	 */
	static Query fieldLeaf(String type, String field, String valueKey, Object value, Map<String, ?> options) {
		String name = Params.fieldName(type, field);
		Object body = (options == null || options.isEmpty()) ? Params.require(type, valueKey, value)
				: Params.of(type, options, valueKey, value);
		return new GenericQuery(type, name, body);
	}

	/**
	 * {@code {"match": {field: query}}}.
	 * @param field the field, dots allowed ({@code "title.raw"})
	 * @param query the text, number, date or boolean to find
	 * @return the query
	 */
	public static Query match(String field, Object query) {
		return match(field, query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"match": {field: query}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text, number, date or boolean to find
	 * @return the query
	 */
	public static Query match(FieldRef field, Object query) {
		return match(ParamMaps.fieldName("match", field), query);
	}

	/**
	 * {@code {"match": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text to find
	 * @param options operator, fuzziness, analyzer, minimum_should_match, …
	 * @return the query
	 */
	public static Query match(String field, Object query, Map<String, ?> options) {
		return fieldLeaf("match", field, "query", query, options);
	}

	/**
	 * {@code {"match": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text to find
	 * @param options sets the options on {@link MatchOptions}
	 * @return the query
	 */
	public static Query match(String field, Object query, UnaryOperator<MatchOptions> options) {
		return match(field, query, Options.build(new MatchOptions(), options));
	}

	/**
	 * {@code {"match": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text to find
	 * @param options operator, fuzziness, analyzer, minimum_should_match, …
	 * @return the query
	 */
	public static Query match(FieldRef field, Object query, Map<String, ?> options) {
		return match(ParamMaps.fieldName("match", field), query, options);
	}

	/**
	 * {@code {"match": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text to find
	 * @param options sets the options on {@link MatchOptions}
	 * @return the query
	 */
	public static Query match(FieldRef field, Object query, UnaryOperator<MatchOptions> options) {
		return match(ParamMaps.fieldName("match", field), query, options);
	}

	/**
	 * {@code {"match_phrase": {field: query}}}.
	 * @param field the field
	 * @param query the phrase
	 * @return the query
	 */
	public static Query matchPhrase(String field, Object query) {
		return matchPhrase(field, query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"match_phrase": {field: query}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the phrase
	 * @return the query
	 */
	public static Query matchPhrase(FieldRef field, Object query) {
		return matchPhrase(ParamMaps.fieldName("match_phrase", field), query);
	}

	/**
	 * {@code {"match_phrase": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the phrase
	 * @param options slop, analyzer, zero_terms_query, …
	 * @return the query
	 */
	public static Query matchPhrase(String field, Object query, Map<String, ?> options) {
		return fieldLeaf("match_phrase", field, "query", query, options);
	}

	/**
	 * {@code {"match_phrase": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the phrase
	 * @param options sets the options on {@link MatchPhraseOptions}
	 * @return the query
	 */
	public static Query matchPhrase(String field, Object query, UnaryOperator<MatchPhraseOptions> options) {
		return matchPhrase(field, query, Options.build(new MatchPhraseOptions(), options));
	}

	/**
	 * {@code {"match_phrase": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the phrase
	 * @param options slop, analyzer, zero_terms_query, …
	 * @return the query
	 */
	public static Query matchPhrase(FieldRef field, Object query, Map<String, ?> options) {
		return matchPhrase(ParamMaps.fieldName("match_phrase", field), query, options);
	}

	/**
	 * {@code {"match_phrase": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the phrase
	 * @param options sets the options on {@link MatchPhraseOptions}
	 * @return the query
	 */
	public static Query matchPhrase(FieldRef field, Object query, UnaryOperator<MatchPhraseOptions> options) {
		return matchPhrase(ParamMaps.fieldName("match_phrase", field), query, options);
	}

	/**
	 * {@code {"match_phrase_prefix": {field: query}}}.
	 * @param field the field
	 * @param query the phrase, its last term a prefix
	 * @return the query
	 */
	public static Query matchPhrasePrefix(String field, Object query) {
		return matchPhrasePrefix(field, query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"match_phrase_prefix": {field: query}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the phrase, its last term a prefix
	 * @return the query
	 */
	public static Query matchPhrasePrefix(FieldRef field, Object query) {
		return matchPhrasePrefix(ParamMaps.fieldName("match_phrase_prefix", field), query);
	}

	/**
	 * {@code {"match_phrase_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the phrase
	 * @param options max_expansions, slop, analyzer, …
	 * @return the query
	 */
	public static Query matchPhrasePrefix(String field, Object query, Map<String, ?> options) {
		return fieldLeaf("match_phrase_prefix", field, "query", query, options);
	}

	/**
	 * {@code {"match_phrase_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the phrase
	 * @param options sets the options on {@link MatchPhrasePrefixOptions}
	 * @return the query
	 */
	public static Query matchPhrasePrefix(String field, Object query, UnaryOperator<MatchPhrasePrefixOptions> options) {
		return matchPhrasePrefix(field, query, Options.build(new MatchPhrasePrefixOptions(), options));
	}

	/**
	 * {@code {"match_phrase_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the phrase
	 * @param options max_expansions, slop, analyzer, …
	 * @return the query
	 */
	public static Query matchPhrasePrefix(FieldRef field, Object query, Map<String, ?> options) {
		return matchPhrasePrefix(ParamMaps.fieldName("match_phrase_prefix", field), query, options);
	}

	/**
	 * {@code {"match_phrase_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the phrase
	 * @param options sets the options on {@link MatchPhrasePrefixOptions}
	 * @return the query
	 */
	public static Query matchPhrasePrefix(FieldRef field, Object query, UnaryOperator<MatchPhrasePrefixOptions> options) {
		return matchPhrasePrefix(ParamMaps.fieldName("match_phrase_prefix", field), query, options);
	}

	/**
	 * {@code {"match_bool_prefix": {field: query}}}.
	 * @param field the field
	 * @param query the text, its last term a prefix
	 * @return the query
	 */
	public static Query matchBoolPrefix(String field, Object query) {
		return matchBoolPrefix(field, query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"match_bool_prefix": {field: query}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text, its last term a prefix
	 * @return the query
	 */
	public static Query matchBoolPrefix(FieldRef field, Object query) {
		return matchBoolPrefix(ParamMaps.fieldName("match_bool_prefix", field), query);
	}

	/**
	 * {@code {"match_bool_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text
	 * @param options operator, minimum_should_match, analyzer, fuzziness, …
	 * @return the query
	 */
	public static Query matchBoolPrefix(String field, Object query, Map<String, ?> options) {
		return fieldLeaf("match_bool_prefix", field, "query", query, options);
	}

	/**
	 * {@code {"match_bool_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text
	 * @param options sets the options on {@link MatchBoolPrefixOptions}
	 * @return the query
	 */
	public static Query matchBoolPrefix(String field, Object query, UnaryOperator<MatchBoolPrefixOptions> options) {
		return matchBoolPrefix(field, query, Options.build(new MatchBoolPrefixOptions(), options));
	}

	/**
	 * {@code {"match_bool_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @param options operator, minimum_should_match, analyzer, fuzziness, …
	 * @return the query
	 */
	public static Query matchBoolPrefix(FieldRef field, Object query, Map<String, ?> options) {
		return matchBoolPrefix(ParamMaps.fieldName("match_bool_prefix", field), query, options);
	}

	/**
	 * {@code {"match_bool_prefix": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @param options sets the options on {@link MatchBoolPrefixOptions}
	 * @return the query
	 */
	public static Query matchBoolPrefix(FieldRef field, Object query, UnaryOperator<MatchBoolPrefixOptions> options) {
		return matchBoolPrefix(ParamMaps.fieldName("match_bool_prefix", field), query, options);
	}

	/**
	 * {@code {"multi_match": {"query": query, "fields": [...]}}}.
	 * @param query the text
	 * @param fields the fields, with optional {@code ^boost}
	 * @return the query
	 */
	public static Query multiMatch(Object query, String... fields) {
		return multiMatch(query, Params.list(fields), (Map<String, ?>) null);
	}

	/**
	 * {@code {"multi_match": {"query": query, "fields": [...], ...options}}}.
	 * @param query the text
	 * @param fields the fields
	 * @param options type, operator, tie_breaker, fuzziness, …
	 * @return the query
	 */
	public static Query multiMatch(Object query, List<String> fields, Map<String, ?> options) {
		return leaf("multi_match", Params.of("multi_match", options, "query", query, "fields", fields));
	}

	/**
	 * {@code {"multi_match": {"query": query, "fields": [...], ...options}}}.
	 * @param query the text
	 * @param fields the fields
	 * @param options sets the options on {@link MultiMatchOptions}
	 * @return the query
	 */
	public static Query multiMatch(Object query, List<String> fields, UnaryOperator<MultiMatchOptions> options) {
		return multiMatch(query, fields, Options.build(new MultiMatchOptions(), options));
	}

	/**
	 * {@code {"combined_fields": {"query": query, "fields": [...]}}}.
	 * @param query the text
	 * @param fields the text fields
	 * @return the query
	 */
	public static Query combinedFields(Object query, String... fields) {
		return combinedFields(query, Params.list(fields), (Map<String, ?>) null);
	}

	/**
	 * {@code {"combined_fields": {"query": query, "fields": [...], ...options}}}.
	 * @param query the text
	 * @param fields the text fields
	 * @param options operator, minimum_should_match, zero_terms_query, …
	 * @return the query
	 */
	public static Query combinedFields(Object query, List<String> fields, Map<String, ?> options) {
		return leaf("combined_fields", Params.of("combined_fields", options, "query", query, "fields", fields));
	}

	/**
	 * {@code {"combined_fields": {"query": query, "fields": [...], ...options}}}.
	 * @param query the text
	 * @param fields the text fields
	 * @param options sets the options on {@link CombinedFieldsOptions}
	 * @return the query
	 */
	public static Query combinedFields(Object query, List<String> fields, UnaryOperator<CombinedFieldsOptions> options) {
		return combinedFields(query, fields, Options.build(new CombinedFieldsOptions(), options));
	}

	/**
	 * {@code {"common": {field: query}}} (removed from Elasticsearch 8; kept for parity).
	 * @param field the field
	 * @param query the text
	 * @return the query
	 */
	public static Query common(String field, Object query) {
		return common(field, query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"common": {field: query}}} (removed from Elasticsearch 8; kept for parity).
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @return the query
	 */
	public static Query common(FieldRef field, Object query) {
		return common(ParamMaps.fieldName("common", field), query);
	}

	/**
	 * {@code {"common": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text
	 * @param options cutoff_frequency, low_freq_operator, …
	 * @return the query
	 */
	public static Query common(String field, Object query, Map<String, ?> options) {
		return fieldLeaf("common", field, "query", query, options);
	}

	/**
	 * {@code {"common": {field: {"query": query, ...options}}}}.
	 * @param field the field
	 * @param query the text
	 * @param options sets the options on {@link CommonOptions}
	 * @return the query
	 */
	public static Query common(String field, Object query, UnaryOperator<CommonOptions> options) {
		return common(field, query, Options.build(new CommonOptions(), options));
	}

	/**
	 * {@code {"common": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @param options cutoff_frequency, low_freq_operator, …
	 * @return the query
	 */
	public static Query common(FieldRef field, Object query, Map<String, ?> options) {
		return common(ParamMaps.fieldName("common", field), query, options);
	}

	/**
	 * {@code {"common": {field: {"query": query, ...options}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @param options sets the options on {@link CommonOptions}
	 * @return the query
	 */
	public static Query common(FieldRef field, Object query, UnaryOperator<CommonOptions> options) {
		return common(ParamMaps.fieldName("common", field), query, options);
	}

	/**
	 * {@code {"intervals": {field: rule}}}.
	 * @param field the field
	 * @param rule one rule: {@code {"match": {...}}}, {@code {"all_of": {...}}}, …
	 * @return the query
	 */
	public static Query intervals(String field, Map<String, ?> rule) {
		return single("intervals", Params.fieldName("intervals", field), rule);
	}

	/**
	 * {@code {"intervals": {field: rule}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param rule one rule: {@code {"match": {...}}}, {@code {"all_of": {...}}}, …
	 * @return the query
	 */
	public static Query intervals(FieldRef field, Map<String, ?> rule) {
		return intervals(ParamMaps.fieldName("intervals", field), rule);
	}

	/**
	 * {@code {"intervals": {field: rule}}} with the rule given through typed options, e.g.
	 * {@code Q.intervals("body", i -> i.match(m -> m.query("hot water").maxGaps(2)))}.
	 * @param field the text field
	 * @param rule sets one rule ({@code match}, {@code all_of}, {@code any_of}, …) on {@link IntervalsOptions}
	 * @return the query
	 */
	public static Query intervals(String field, UnaryOperator<IntervalsOptions> rule) {
		return intervals(field, Options.build(new IntervalsOptions(), rule));
	}

	/**
	 * {@code {"intervals": {field: rule}}} with the rule given through typed options.
	 * @param field the text field, as a reference (e.g. from a generated metamodel)
	 * @param rule sets one rule on {@link IntervalsOptions}
	 * @return the query
	 */
	public static Query intervals(FieldRef field, UnaryOperator<IntervalsOptions> rule) {
		return intervals(ParamMaps.fieldName("intervals", field), rule);
	}

	/**
	 * {@code {"query_string": {"query": query}}}.
	 * @param query the query in Lucene syntax
	 * @return the query
	 */
	public static Query queryString(String query) {
		return queryString(query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"query_string": {"query": query, ...options}}}.
	 * @param query the query in Lucene syntax
	 * @param options default_field, fields, default_operator, …
	 * @return the query
	 */
	public static Query queryString(String query, Map<String, ?> options) {
		return leaf("query_string", Params.of("query_string", options, "query", query));
	}

	/**
	 * {@code {"query_string": {"query": query, ...options}}}.
	 * @param query the query in Lucene syntax
	 * @param options sets the options on {@link QueryStringOptions}
	 * @return the query
	 */
	public static Query queryString(String query, UnaryOperator<QueryStringOptions> options) {
		return queryString(query, Options.build(new QueryStringOptions(), options));
	}

	/**
	 * {@code {"simple_query_string": {"query": query}}}.
	 * @param query the query in simple syntax
	 * @return the query
	 */
	public static Query simpleQueryString(String query) {
		return simpleQueryString(query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"simple_query_string": {"query": query, ...options}}}.
	 * @param query the query in simple syntax
	 * @param options fields, default_operator, flags, …
	 * @return the query
	 */
	public static Query simpleQueryString(String query, Map<String, ?> options) {
		return leaf("simple_query_string", Params.of("simple_query_string", options, "query", query));
	}

	/**
	 * {@code {"simple_query_string": {"query": query, ...options}}}.
	 * @param query the query in simple syntax
	 * @param options sets the options on {@link SimpleQueryStringOptions}
	 * @return the query
	 */
	public static Query simpleQueryString(String query, UnaryOperator<SimpleQueryStringOptions> options) {
		return simpleQueryString(query, Options.build(new SimpleQueryStringOptions(), options));
	}

}
