package io.github.esdsl.query;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.types.Options;

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
		return knn(field, queryVector, (Map<String, ?>) null);
	}

	/**
	 * {@code {"knn": {"field": field, "query_vector": [...]}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param queryVector the vector
	 * @return the query
	 */
	public static Query knn(FieldRef field, List<? extends Number> queryVector) {
		return knn(ParamMaps.fieldName("knn", field), queryVector);
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
	 * {@code knn} with options.
	 * @param field the dense_vector field
	 * @param queryVector the vector
	 * @param options sets the options on {@link KnnOptions}
	 * @return the query
	 */
	public static Query knn(String field, List<? extends Number> queryVector, UnaryOperator<KnnOptions> options) {
		return knn(field, queryVector, Options.build(new KnnOptions(), options));
	}

	/**
	 * {@code knn} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param queryVector the vector
	 * @param options k, num_candidates, filter (queries), similarity, boost, _name
	 * @return the query
	 */
	public static Query knn(FieldRef field, List<? extends Number> queryVector, Map<String, ?> options) {
		return knn(ParamMaps.fieldName("knn", field), queryVector, options);
	}

	/**
	 * {@code knn} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param queryVector the vector
	 * @param options sets the options on {@link KnnOptions}
	 * @return the query
	 */
	public static Query knn(FieldRef field, List<? extends Number> queryVector, UnaryOperator<KnnOptions> options) {
		return knn(ParamMaps.fieldName("knn", field), queryVector, options);
	}

	/**
	 * {@code {"semantic": {"field": field, "query": query}}}.
	 * @param field the semantic_text field
	 * @param query the text
	 * @return the query
	 */
	public static Query semantic(String field, String query) {
		return semantic(field, query, (Map<String, ?>) null);
	}

	/**
	 * {@code {"semantic": {"field": field, "query": query}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @return the query
	 */
	public static Query semantic(FieldRef field, String query) {
		return semantic(ParamMaps.fieldName("semantic", field), query);
	}

	/**
	 * {@code semantic} with options.
	 * @param field the semantic_text field
	 * @param query the text
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query semantic(String field, String query, Map<String, ?> options) {
		return leaf("semantic", Params.of("semantic", options, "field", field, "query", query));
	}

	/**
	 * {@code semantic} with options.
	 * @param field the semantic_text field
	 * @param query the text
	 * @param options sets the options on {@link SemanticOptions}
	 * @return the query
	 */
	public static Query semantic(String field, String query, UnaryOperator<SemanticOptions> options) {
		return semantic(field, query, Options.build(new SemanticOptions(), options));
	}

	/**
	 * {@code semantic} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @param options boost, _name
	 * @return the query
	 */
	public static Query semantic(FieldRef field, String query, Map<String, ?> options) {
		return semantic(ParamMaps.fieldName("semantic", field), query, options);
	}

	/**
	 * {@code semantic} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param query the text
	 * @param options sets the options on {@link SemanticOptions}
	 * @return the query
	 */
	public static Query semantic(FieldRef field, String query, UnaryOperator<SemanticOptions> options) {
		return semantic(ParamMaps.fieldName("semantic", field), query, options);
	}

	/**
	 * {@code {"sparse_vector": {"field": field, ...options}}}; the options must give either
	 * {@code query_vector} or {@code inference_id} with {@code query}.
	 * @param field the sparse_vector field
	 * @param options query_vector, inference_id, query, prune, pruning_config, boost
	 * @return the query
	 */
	public static Query sparseVector(String field, Map<String, ?> options) {
		return leaf("sparse_vector", Params.of("sparse_vector", options, "field", field));
	}

	/**
	 * {@code {"sparse_vector": {"field": field, ...options}}}; the options must give either
	 * {@code query_vector} or {@code inference_id} with {@code query}.
	 * @param field the sparse_vector field
	 * @param options sets the options on {@link SparseVectorOptions}
	 * @return the query
	 */
	public static Query sparseVector(String field, UnaryOperator<SparseVectorOptions> options) {
		return sparseVector(field, Options.build(new SparseVectorOptions(), options));
	}

	/**
	 * {@code {"sparse_vector": {"field": field, ...options}}}; the options must give either
	 * {@code query_vector} or {@code inference_id} with {@code query}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options query_vector, inference_id, query, prune, pruning_config, boost
	 * @return the query
	 */
	public static Query sparseVector(FieldRef field, Map<String, ?> options) {
		return sparseVector(ParamMaps.fieldName("sparse_vector", field), options);
	}

	/**
	 * {@code {"sparse_vector": {"field": field, ...options}}}; the options must give either
	 * {@code query_vector} or {@code inference_id} with {@code query}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link SparseVectorOptions}
	 * @return the query
	 */
	public static Query sparseVector(FieldRef field, UnaryOperator<SparseVectorOptions> options) {
		return sparseVector(ParamMaps.fieldName("sparse_vector", field), options);
	}

	/**
	 * {@code {"text_expansion": {field: {"model_id": modelId, "model_text": modelText}}}}.
	 * @param field the field
	 * @param modelId the NLP model
	 * @param modelText the query text
	 * @return the query
	 */
	public static Query textExpansion(String field, String modelId, String modelText) {
		return textExpansion(field, modelId, modelText, (Map<String, ?>) null);
	}

	/**
	 * {@code {"text_expansion": {field: {"model_id": modelId, "model_text": modelText}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param modelId the NLP model
	 * @param modelText the query text
	 * @return the query
	 */
	public static Query textExpansion(FieldRef field, String modelId, String modelText) {
		return textExpansion(ParamMaps.fieldName("text_expansion", field), modelId, modelText);
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
		return leaf("text_expansion", Params.of("text_expansion", null, Params.fieldName("text_expansion", field),
				Params.of("text_expansion", options, "model_id", modelId, "model_text", modelText)));
	}

	/**
	 * {@code text_expansion} with options, inside the field's object.
	 * @param field the field
	 * @param modelId the NLP model
	 * @param modelText the query text
	 * @param options sets the options on {@link TextExpansionOptions}
	 * @return the query
	 */
	public static Query textExpansion(String field, String modelId, String modelText, UnaryOperator<TextExpansionOptions> options) {
		return textExpansion(field, modelId, modelText, Options.build(new TextExpansionOptions(), options));
	}

	/**
	 * {@code text_expansion} with options, inside the field's object.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param modelId the NLP model
	 * @param modelText the query text
	 * @param options pruning_config, boost, _name
	 * @return the query
	 */
	public static Query textExpansion(FieldRef field, String modelId, String modelText, Map<String, ?> options) {
		return textExpansion(ParamMaps.fieldName("text_expansion", field), modelId, modelText, options);
	}

	/**
	 * {@code text_expansion} with options, inside the field's object.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param modelId the NLP model
	 * @param modelText the query text
	 * @param options sets the options on {@link TextExpansionOptions}
	 * @return the query
	 */
	public static Query textExpansion(FieldRef field, String modelId, String modelText, UnaryOperator<TextExpansionOptions> options) {
		return textExpansion(ParamMaps.fieldName("text_expansion", field), modelId, modelText, options);
	}

	/**
	 * {@code {"weighted_tokens": {field: {"tokens": {token: weight}}}}}.
	 * @param field the field
	 * @param tokens the tokens and their weights
	 * @return the query
	 */
	public static Query weightedTokens(String field, Map<String, ? extends Number> tokens) {
		return weightedTokens(field, tokens, (Map<String, ?>) null);
	}

	/**
	 * {@code {"weighted_tokens": {field: {"tokens": {token: weight}}}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param tokens the tokens and their weights
	 * @return the query
	 */
	public static Query weightedTokens(FieldRef field, Map<String, ? extends Number> tokens) {
		return weightedTokens(ParamMaps.fieldName("weighted_tokens", field), tokens);
	}

	/**
	 * {@code weighted_tokens} with options, inside the field's object.
	 * @param field the field
	 * @param tokens the tokens and their weights
	 * @param options pruning_config, boost, _name
	 * @return the query
	 */
	public static Query weightedTokens(String field, Map<String, ? extends Number> tokens, Map<String, ?> options) {
		return leaf("weighted_tokens", Params.of("weighted_tokens", null, Params.fieldName("weighted_tokens", field),
				Params.of("weighted_tokens", options, "tokens", tokens)));
	}

	/**
	 * {@code weighted_tokens} with options, inside the field's object.
	 * @param field the field
	 * @param tokens the tokens and their weights
	 * @param options sets the options on {@link WeightedTokensOptions}
	 * @return the query
	 */
	public static Query weightedTokens(String field, Map<String, ? extends Number> tokens, UnaryOperator<WeightedTokensOptions> options) {
		return weightedTokens(field, tokens, Options.build(new WeightedTokensOptions(), options));
	}

	/**
	 * {@code weighted_tokens} with options, inside the field's object.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param tokens the tokens and their weights
	 * @param options pruning_config, boost, _name
	 * @return the query
	 */
	public static Query weightedTokens(FieldRef field, Map<String, ? extends Number> tokens, Map<String, ?> options) {
		return weightedTokens(ParamMaps.fieldName("weighted_tokens", field), tokens, options);
	}

	/**
	 * {@code weighted_tokens} with options, inside the field's object.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param tokens the tokens and their weights
	 * @param options sets the options on {@link WeightedTokensOptions}
	 * @return the query
	 */
	public static Query weightedTokens(FieldRef field, Map<String, ? extends Number> tokens, UnaryOperator<WeightedTokensOptions> options) {
		return weightedTokens(ParamMaps.fieldName("weighted_tokens", field), tokens, options);
	}

}
