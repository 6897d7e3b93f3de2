package io.github.esdsl.query;

import java.util.List;
import java.util.Map;

/**
 * Factories for vector and semantic queries, inherited by {@link Q} (use them as
 * {@code Q.knn(...)}).
 */
abstract class VectorQueries extends JoiningQueries {

	VectorQueries() {
	}

	/**
	 * {@code {"knn": {"field": field, "query_vector": [...]}}}.
	 * @param field the dense_vector field
	 * @param queryVector the vector
	 * @return the query
	 */
	public static Query knn(String field, List<? extends Number> queryVector) {
		return knn(field, queryVector, null);
	}

	/**
	 * {@code knn} with options.
	 * @param field the dense_vector field
	 * @param queryVector the vector
	 * @param options k, num_candidates, filter (queries), similarity, boost, _name
	 * @return the query
	 */
	public static Query knn(String field, List<? extends Number> queryVector, Map<String, ?> options) {
		return create("knn", Params.of("knn", options, "field", field, "query_vector", queryVector));
	}

	/**
	 * {@code {"semantic": {"field": field, "query": query}}}.
	 * @param field the semantic_text field
	 * @param query the text
	 * @return the query
	 */
	public static Query semantic(String field, String query) {
		return semantic(field, query, null);
	}

	/**
	 * {@code semantic} with options.
	 * @param field the semantic_text field
	 * @param query the text
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query semantic(String field, String query, Map<String, ?> options) {
		return create("semantic", Params.of("semantic", options, "field", field, "query", query));
	}

	/**
	 * {@code {"sparse_vector": {"field": field, ...options}}}; the options must give either
	 * {@code query_vector} or {@code inference_id} with {@code query}.
	 * @param field the sparse_vector field
	 * @param options query_vector, inference_id, query, prune, pruning_config, boost
	 * @return the query
	 */
	public static Query sparseVector(String field, Map<String, ?> options) {
		return create("sparse_vector", Params.of("sparse_vector", options, "field", field));
	}

	/**
	 * {@code {"text_expansion": {field: {"model_id": modelId, "model_text": modelText}}}}.
	 * @param field the field
	 * @param modelId the NLP model
	 * @param modelText the query text
	 * @return the query
	 */
	public static Query textExpansion(String field, String modelId, String modelText) {
		return textExpansion(field, modelId, modelText, null);
	}

	/**
	 * {@code text_expansion} with options, inside the field's object.
	 * @param field the field
	 * @param modelId the NLP model
	 * @param modelText the query text
	 * @param options pruning_config, boost, _name
	 * @return the query
	 */
	public static Query textExpansion(String field, String modelId, String modelText, Map<String, ?> options) {
		return create("text_expansion", Params.of("text_expansion", null, Params.fieldName("text_expansion", field),
				Params.of("text_expansion", options, "model_id", modelId, "model_text", modelText)));
	}

	/**
	 * {@code {"weighted_tokens": {field: {"tokens": {token: weight}}}}}.
	 * @param field the field
	 * @param tokens the tokens and their weights
	 * @return the query
	 */
	public static Query weightedTokens(String field, Map<String, ? extends Number> tokens) {
		return weightedTokens(field, tokens, null);
	}

	/**
	 * {@code weighted_tokens} with options, inside the field's object.
	 * @param field the field
	 * @param tokens the tokens and their weights
	 * @param options pruning_config, boost, _name
	 * @return the query
	 */
	public static Query weightedTokens(String field, Map<String, ? extends Number> tokens, Map<String, ?> options) {
		return create("weighted_tokens", Params.of("weighted_tokens", null, Params.fieldName("weighted_tokens", field),
				Params.of("weighted_tokens", options, "tokens", tokens)));
	}

}
