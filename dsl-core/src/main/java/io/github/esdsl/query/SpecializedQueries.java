package io.github.esdsl.query;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.types.Options;

/**
 * Factories for specialized queries, inherited by {@link Q} (use them as
 * {@code Q.moreLikeThis(...)}).
 */
abstract class SpecializedQueries extends VectorQueries {

	SpecializedQueries() {
	}

	/**
	 * {@code {"distance_feature": {"field": field, "origin": origin, "pivot": pivot}}}.
	 * @param field a date, date_nanos or geo_point field
	 * @param origin the date or point of origin
	 * @param pivot the distance at which scores halve, e.g. {@code "7d"} or {@code "1km"}
	 * @return the query
	 */
	public static Query distanceFeature(String field, Object origin, Object pivot) {
		return distanceFeature(field, origin, pivot, (Map<String, ?>) null);
	}

	/**
	 * {@code {"distance_feature": {"field": field, "origin": origin, "pivot": pivot}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param origin the date or point of origin
	 * @param pivot the distance at which scores halve, e.g. {@code "7d"} or {@code "1km"}
	 * @return the query
	 */
	public static Query distanceFeature(FieldRef field, Object origin, Object pivot) {
		return distanceFeature(ParamMaps.fieldName("distance_feature", field), origin, pivot);
	}

	/**
	 * {@code distance_feature} with options.
	 * @param field the field
	 * @param origin the origin
	 * @param pivot the pivot distance
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query distanceFeature(String field, Object origin, Object pivot, Map<String, ?> options) {
		return leaf("distance_feature", Params.of("distance_feature", options, "field", field, "origin", origin,
				"pivot", pivot));
	}

	/**
	 * {@code distance_feature} with options.
	 * @param field the field
	 * @param origin the origin
	 * @param pivot the pivot distance
	 * @param options sets the options on {@link DistanceFeatureOptions}
	 * @return the query
	 */
	public static Query distanceFeature(String field, Object origin, Object pivot, UnaryOperator<DistanceFeatureOptions> options) {
		return distanceFeature(field, origin, pivot, Options.build(new DistanceFeatureOptions(), options));
	}

	/**
	 * {@code distance_feature} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param origin the origin
	 * @param pivot the pivot distance
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query distanceFeature(FieldRef field, Object origin, Object pivot, Map<String, ?> options) {
		return distanceFeature(ParamMaps.fieldName("distance_feature", field), origin, pivot, options);
	}

	/**
	 * {@code distance_feature} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param origin the origin
	 * @param pivot the pivot distance
	 * @param options sets the options on {@link DistanceFeatureOptions}
	 * @return the query
	 */
	public static Query distanceFeature(FieldRef field, Object origin, Object pivot, UnaryOperator<DistanceFeatureOptions> options) {
		return distanceFeature(ParamMaps.fieldName("distance_feature", field), origin, pivot, options);
	}

	/**
	 * {@code {"more_like_this": {"like": like}}}.
	 * @param like text, a document ({@code {"_index", "_id"}}), or a list of them
	 * @return the query
	 */
	public static Query moreLikeThis(Object like) {
		return moreLikeThis(like, (Map<String, ?>) null);
	}

	/**
	 * {@code more_like_this} with options.
	 * @param like text, documents, or a list of them
	 * @param options fields, unlike, min_term_freq, max_query_terms, minimum_should_match, …
	 * @return the query
	 */
	public static Query moreLikeThis(Object like, Map<String, ?> options) {
		return leaf("more_like_this", Params.of("more_like_this", options, "like", like));
	}

	/**
	 * {@code more_like_this} with options.
	 * @param like text, documents, or a list of them
	 * @param options sets the options on {@link MoreLikeThisOptions}
	 * @return the query
	 */
	public static Query moreLikeThis(Object like, UnaryOperator<MoreLikeThisOptions> options) {
		return moreLikeThis(like, Options.build(new MoreLikeThisOptions(), options));
	}

	/**
	 * {@code {"percolate": {"field": field, "document": document}}}.
	 * @param field the percolator field
	 * @param document the document to match stored queries against
	 * @return the query
	 */
	public static Query percolate(String field, Map<String, ?> document) {
		return percolate(field, document, (Map<String, ?>) null);
	}

	/**
	 * {@code {"percolate": {"field": field, "document": document}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param document the document to match stored queries against
	 * @return the query
	 */
	public static Query percolate(FieldRef field, Map<String, ?> document) {
		return percolate(ParamMaps.fieldName("percolate", field), document);
	}

	/**
	 * {@code percolate} with options.
	 * @param field the percolator field
	 * @param document the document
	 * @param options name, preference, routing, …
	 * @return the query
	 */
	public static Query percolate(String field, Map<String, ?> document, Map<String, ?> options) {
		return leaf("percolate", Params.of("percolate", options, "field", field, "document", document));
	}

	/**
	 * {@code percolate} with options.
	 * @param field the percolator field
	 * @param document the document
	 * @param options sets the options on {@link PercolateOptions}
	 * @return the query
	 */
	public static Query percolate(String field, Map<String, ?> document, UnaryOperator<PercolateOptions> options) {
		return percolate(field, document, Options.build(new PercolateOptions(), options));
	}

	/**
	 * {@code percolate} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param document the document
	 * @param options name, preference, routing, …
	 * @return the query
	 */
	public static Query percolate(FieldRef field, Map<String, ?> document, Map<String, ?> options) {
		return percolate(ParamMaps.fieldName("percolate", field), document, options);
	}

	/**
	 * {@code percolate} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param document the document
	 * @param options sets the options on {@link PercolateOptions}
	 * @return the query
	 */
	public static Query percolate(FieldRef field, Map<String, ?> document, UnaryOperator<PercolateOptions> options) {
		return percolate(ParamMaps.fieldName("percolate", field), document, options);
	}

	/**
	 * {@code {"pinned": {"organic": organic, "ids": [...]}}}.
	 * @param organic the query ranking the other documents
	 * @param ids the promoted document ids, in order
	 * @return the query
	 */
	public static Query pinned(Query organic, List<String> ids) {
		return pinned(organic, ids, (Map<String, ?>) null);
	}

	/**
	 * {@code pinned} with options.
	 * @param organic the query ranking the other documents
	 * @param ids the promoted document ids
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query pinned(Query organic, List<String> ids, Map<String, ?> options) {
		return create("pinned", Params.of("pinned", options, "organic", organic, "ids", ids));
	}

	/**
	 * {@code pinned} with options.
	 * @param organic the query ranking the other documents
	 * @param ids the promoted document ids
	 * @param options sets the options on {@link PinnedOptions}
	 * @return the query
	 */
	public static Query pinned(Query organic, List<String> ids, UnaryOperator<PinnedOptions> options) {
		return pinned(organic, ids, Options.build(new PinnedOptions(), options));
	}

	/**
	 * {@code {"rank_feature": {"field": field}}}.
	 * @param field the rank_feature or rank_features field
	 * @return the query
	 */
	public static Query rankFeature(String field) {
		return rankFeature(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"rank_feature": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the query
	 */
	public static Query rankFeature(FieldRef field) {
		return rankFeature(ParamMaps.fieldName("rank_feature", field));
	}

	/**
	 * {@code rank_feature} with options.
	 * @param field the field
	 * @param options saturation, log, linear, sigmoid, boost
	 * @return the query
	 */
	public static Query rankFeature(String field, Map<String, ?> options) {
		return leaf("rank_feature", Params.of("rank_feature", options, "field", field));
	}

	/**
	 * {@code rank_feature} with options.
	 * @param field the field
	 * @param options sets the options on {@link RankFeatureOptions}
	 * @return the query
	 */
	public static Query rankFeature(String field, UnaryOperator<RankFeatureOptions> options) {
		return rankFeature(field, Options.build(new RankFeatureOptions(), options));
	}

	/**
	 * {@code rank_feature} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options saturation, log, linear, sigmoid, boost
	 * @return the query
	 */
	public static Query rankFeature(FieldRef field, Map<String, ?> options) {
		return rankFeature(ParamMaps.fieldName("rank_feature", field), options);
	}

	/**
	 * {@code rank_feature} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link RankFeatureOptions}
	 * @return the query
	 */
	public static Query rankFeature(FieldRef field, UnaryOperator<RankFeatureOptions> options) {
		return rankFeature(ParamMaps.fieldName("rank_feature", field), options);
	}

	/**
	 * {@code {"rule": {"ruleset_ids": [...], "match_criteria": {...}, "organic": organic}}}.
	 * @param rulesetIds the query rulesets
	 * @param matchCriteria the criteria the rules match on
	 * @param organic the query ranking the documents
	 * @return the query
	 */
	public static Query rule(List<String> rulesetIds, Map<String, ?> matchCriteria, Query organic) {
		return rule(rulesetIds, matchCriteria, organic, (Map<String, ?>) null);
	}

	/**
	 * {@code rule} with options.
	 * @param rulesetIds the query rulesets
	 * @param matchCriteria the criteria the rules match on
	 * @param organic the query ranking the documents
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query rule(List<String> rulesetIds, Map<String, ?> matchCriteria, Query organic,
			Map<String, ?> options) {
		return create("rule", Params.of("rule", options, "ruleset_ids", rulesetIds, "match_criteria", matchCriteria,
				"organic", organic));
	}

	/**
	 * {@code rule} with options.
	 * @param rulesetIds the query rulesets
	 * @param matchCriteria the criteria the rules match on
	 * @param organic the query ranking the documents
	 * @param options sets the options on {@link RuleOptions}
	 * @return the query
	 */
	public static Query rule(List<String> rulesetIds, Map<String, ?> matchCriteria, Query organic, UnaryOperator<RuleOptions> options) {
		return rule(rulesetIds, matchCriteria, organic, Options.build(new RuleOptions(), options));
	}

	/**
	 * {@code {"script": {"script": script}}}.
	 * @param script a source string or a map with source, params, lang
	 * @return the query
	 */
	public static Query script(Object script) {
		return script(script, (Map<String, ?>) null);
	}

	/**
	 * {@code script} with options.
	 * @param script the script
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query script(Object script, Map<String, ?> options) {
		return leaf("script", Params.of("script", options, "script", script));
	}

	/**
	 * {@code script} with options.
	 * @param script the script
	 * @param options sets the options on {@link ScriptOptions}
	 * @return the query
	 */
	public static Query script(Object script, UnaryOperator<ScriptOptions> options) {
		return script(script, Options.build(new ScriptOptions(), options));
	}

	/**
	 * {@code {"script_score": {"query": query, "script": script}}}.
	 * @param query the query selecting documents
	 * @param script the scoring script
	 * @return the query
	 */
	public static Query scriptScore(Query query, Object script) {
		return scriptScore(query, script, (Map<String, ?>) null);
	}

	/**
	 * {@code script_score} with options.
	 * @param query the query selecting documents
	 * @param script the scoring script
	 * @param options min_score, boost, _name
	 * @return the query
	 */
	public static Query scriptScore(Query query, Object script, Map<String, ?> options) {
		return create("script_score", Params.of("script_score", options, "query", query, "script", script));
	}

	/**
	 * {@code script_score} with options.
	 * @param query the query selecting documents
	 * @param script the scoring script
	 * @param options sets the options on {@link ScriptScoreOptions}
	 * @return the query
	 */
	public static Query scriptScore(Query query, Object script, UnaryOperator<ScriptScoreOptions> options) {
		return scriptScore(query, script, Options.build(new ScriptScoreOptions(), options));
	}

	/**
	 * {@code {"wrapper": {"query": base64}}}.
	 * @param base64Query a base64-encoded query
	 * @return the query
	 */
	public static Query wrapper(String base64Query) {
		return leaf("wrapper", Params.of("wrapper", null, "query", base64Query));
	}

	/**
	 * {@code {"wrapper": {"query": base64Query, ...options}}}.
	 * @param base64Query the query as Base64-encoded JSON
	 * @param options sets the options on {@link WrapperOptions}
	 * @return the query
	 */
	public static Query wrapper(String base64Query, UnaryOperator<WrapperOptions> options) {
		return leaf("wrapper", Params.of("wrapper", Options.build(new WrapperOptions(), options), "query", base64Query));
	}

}
