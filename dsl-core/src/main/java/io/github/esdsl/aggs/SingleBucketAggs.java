package io.github.esdsl.aggs;

import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.ParamMaps;
import io.github.esdsl.query.Query;
import java.util.function.UnaryOperator;

import io.github.esdsl.document.FieldRef;
import io.github.esdsl.types.Options;

/**
 * Factories for filtering, nesting and sampling bucket aggregations, inherited by {@link A}
 * (use them as {@code A.filter(...)}).
 */
abstract class SingleBucketAggs extends HistogramAggs {

	SingleBucketAggs() {
	}

	/**
	 * {@code {"filter": query}} – the query is the aggregation's body.
	 * @param query the documents to keep
	 * @return the aggregation
	 */
	public static Agg filter(Query query) {
		return create("filter", ParamMaps.of("filter", null, "filter", query));
	}

	/**
	 * {@code {"filters": {"filters": {name: query, ...}}}} – one named bucket per query.
	 * @param filters queries by bucket name
	 * @return the aggregation
	 */
	public static Agg filters(Map<String, ? extends Query> filters) {
		return filters(filters, (Map<String, ?>) null);
	}

	/**
	 * {@code filters} with options.
	 * @param filters queries by bucket name
	 * @param options other_bucket, other_bucket_key, keyed
	 * @return the aggregation
	 */
	public static Agg filters(Map<String, ? extends Query> filters, Map<String, ?> options) {
		return create("filters", ParamMaps.of("filters", options, "filters", filters));
	}

	/**
	 * {@code filters} with options.
	 * @param filters queries by bucket name
	 * @param options sets the options on {@link FiltersAggOptions}
	 * @return the aggregation
	 */
	public static Agg filters(Map<String, ? extends Query> filters, UnaryOperator<FiltersAggOptions> options) {
		return filters(filters, Options.build(new FiltersAggOptions(), options));
	}

	/**
	 * {@code {"filters": {"filters": [query, ...]}}} – anonymous buckets, in order.
	 * @param filters the queries
	 * @return the aggregation
	 */
	public static Agg filters(List<? extends Query> filters) {
		return filters(filters, (Map<String, ?>) null);
	}

	/**
	 * Anonymous {@code filters} with options.
	 * @param filters the queries
	 * @param options other_bucket, keyed
	 * @return the aggregation
	 */
	public static Agg filters(List<? extends Query> filters, Map<String, ?> options) {
		return create("filters", ParamMaps.of("filters", options, "filters", filters));
	}

	/**
	 * Anonymous {@code filters} with options.
	 * @param filters the queries
	 * @param options sets the options on {@link FiltersAggOptions}
	 * @return the aggregation
	 */
	public static Agg filters(List<? extends Query> filters, UnaryOperator<FiltersAggOptions> options) {
		return filters(filters, Options.build(new FiltersAggOptions(), options));
	}

	/**
	 * {@code {"adjacency_matrix": {"filters": {name: query, ...}}}}.
	 * @param filters queries by name
	 * @return the aggregation
	 */
	public static Agg adjacencyMatrix(Map<String, ? extends Query> filters) {
		return adjacencyMatrix(filters, (Map<String, ?>) null);
	}

	/**
	 * {@code adjacency_matrix} with options.
	 * @param filters queries by name
	 * @param options separator
	 * @return the aggregation
	 */
	public static Agg adjacencyMatrix(Map<String, ? extends Query> filters, Map<String, ?> options) {
		return create("adjacency_matrix", ParamMaps.of("adjacency_matrix", options, "filters", filters));
	}

	/**
	 * {@code adjacency_matrix} with options.
	 * @param filters queries by name
	 * @param options sets the options on {@link AdjacencyMatrixAggOptions}
	 * @return the aggregation
	 */
	public static Agg adjacencyMatrix(Map<String, ? extends Query> filters, UnaryOperator<AdjacencyMatrixAggOptions> options) {
		return adjacencyMatrix(filters, Options.build(new AdjacencyMatrixAggOptions(), options));
	}

	/**
	 * {@code {"global": {}}} – all documents, regardless of the query.
	 * @return the aggregation
	 */
	public static Agg global() {
		return create("global", ParamMaps.of("global", null));
	}

	/**
	 * {@code {"global": {...options}}}.
	 * @param options sets the options on {@link GlobalAggOptions}
	 * @return the aggregation
	 */
	public static Agg global(UnaryOperator<GlobalAggOptions> options) {
		return create("global", ParamMaps.of("global", Options.build(new GlobalAggOptions(), options)));
	}

	/**
	 * {@code {"nested": {"path": path}}}.
	 * @param path the nested field
	 * @return the aggregation
	 */
	public static Agg nested(String path) {
		return create("nested", ParamMaps.of("nested", null, "path", ParamMaps.fieldName("nested", path)));
	}

	/**
	 * {@code {"nested": {"path": path}}}.
	 * @param path the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg nested(FieldRef path) {
		return nested(ParamMaps.fieldName("nested", path));
	}

	/**
	 * {@code {"nested": {"path": path, ...options}}}.
	 * @param path the nested object's path
	 * @param options sets the options on {@link NestedAggOptions}
	 * @return the aggregation
	 */
	public static Agg nested(String path, UnaryOperator<NestedAggOptions> options) {
		return create("nested", ParamMaps.of("nested", Options.build(new NestedAggOptions(), options), "path", ParamMaps.fieldName("nested", path)));
	}

	/**
	 * {@code {"nested": {"path": path, ...options}}}.
	 * @param path the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link NestedAggOptions}
	 * @return the aggregation
	 */
	public static Agg nested(FieldRef path, UnaryOperator<NestedAggOptions> options) {
		return nested(ParamMaps.fieldName("nested", path), options);
	}

	/**
	 * {@code {"reverse_nested": {}}} – back to the root document.
	 * @return the aggregation
	 */
	public static Agg reverseNested() {
		return create("reverse_nested", ParamMaps.of("reverse_nested", null));
	}

	/**
	 * {@code {"reverse_nested": {"path": path}}}.
	 * @param path the nested object field to join back to
	 * @return the aggregation
	 */
	public static Agg reverseNested(String path) {
		return create("reverse_nested", ParamMaps.of("reverse_nested", null, "path",
				ParamMaps.fieldName("reverse_nested", path)));
	}

	/**
	 * {@code {"reverse_nested": {"path": path}}}.
	 * @param path the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg reverseNested(FieldRef path) {
		return reverseNested(ParamMaps.fieldName("reverse_nested", path));
	}

	/**
	 * {@code {"reverse_nested": {"path": path, ...options}}}.
	 * @param path the nested object's path
	 * @param options sets the options on {@link ReverseNestedAggOptions}
	 * @return the aggregation
	 */
	public static Agg reverseNested(String path, UnaryOperator<ReverseNestedAggOptions> options) {
		return create("reverse_nested", ParamMaps.of("reverse_nested", Options.build(new ReverseNestedAggOptions(), options), "path", ParamMaps.fieldName("reverse_nested", path)));
	}

	/**
	 * {@code {"reverse_nested": {"path": path, ...options}}}.
	 * @param path the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link ReverseNestedAggOptions}
	 * @return the aggregation
	 */
	public static Agg reverseNested(FieldRef path, UnaryOperator<ReverseNestedAggOptions> options) {
		return reverseNested(ParamMaps.fieldName("reverse_nested", path), options);
	}

	/**
	 * {@code {"children": {"type": childType}}}.
	 * @param childType the child relation of the join field
	 * @return the aggregation
	 */
	public static Agg children(String childType) {
		return create("children", ParamMaps.of("children", null, "type", childType));
	}

	/**
	 * {@code {"children": {"type": childType, ...options}}}.
	 * @param childType the join field's child relation
	 * @param options sets the options on {@link ChildrenAggOptions}
	 * @return the aggregation
	 */
	public static Agg children(String childType, UnaryOperator<ChildrenAggOptions> options) {
		return create("children", ParamMaps.of("children", Options.build(new ChildrenAggOptions(), options), "type", childType));
	}

	/**
	 * {@code {"parent": {"type": childType}}}.
	 * @param childType the child relation whose parents are selected
	 * @return the aggregation
	 */
	public static Agg parent(String childType) {
		return create("parent", ParamMaps.of("parent", null, "type", childType));
	}

	/**
	 * {@code {"parent": {"type": childType, ...options}}}.
	 * @param childType the join field's child relation
	 * @param options sets the options on {@link ParentAggOptions}
	 * @return the aggregation
	 */
	public static Agg parent(String childType, UnaryOperator<ParentAggOptions> options) {
		return create("parent", ParamMaps.of("parent", Options.build(new ParentAggOptions(), options), "type", childType));
	}

	/**
	 * {@code {"sampler": {}}}.
	 * @return the aggregation
	 */
	public static Agg sampler() {
		return sampler((Map<String, ?>) null);
	}

	/**
	 * {@code sampler} with options.
	 * @param options shard_size
	 * @return the aggregation
	 */
	public static Agg sampler(Map<String, ?> options) {
		return create("sampler", ParamMaps.of("sampler", options));
	}

	/**
	 * {@code sampler} with options.
	 * @param options sets the options on {@link SamplerAggOptions}
	 * @return the aggregation
	 */
	public static Agg sampler(UnaryOperator<SamplerAggOptions> options) {
		return sampler(Options.build(new SamplerAggOptions(), options));
	}

	/**
	 * {@code {"diversified_sampler": {"field": field}}}.
	 * @param field the field whose values are de-duplicated
	 * @return the aggregation
	 */
	public static Agg diversifiedSampler(String field) {
		return diversifiedSampler(field, (Map<String, ?>) null);
	}

	/**
	 * {@code {"diversified_sampler": {"field": field}}}.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @return the aggregation
	 */
	public static Agg diversifiedSampler(FieldRef field) {
		return diversifiedSampler(ParamMaps.fieldName("diversified_sampler", field));
	}

	/**
	 * {@code diversified_sampler} with options.
	 * @param field the field whose values are de-duplicated
	 * @param options shard_size, max_docs_per_value, execution_hint
	 * @return the aggregation
	 */
	public static Agg diversifiedSampler(String field, Map<String, ?> options) {
		return onField("diversified_sampler", field, options);
	}

	/**
	 * {@code diversified_sampler} with options.
	 * @param field the field whose values are de-duplicated
	 * @param options sets the options on {@link DiversifiedSamplerAggOptions}
	 * @return the aggregation
	 */
	public static Agg diversifiedSampler(String field, UnaryOperator<DiversifiedSamplerAggOptions> options) {
		return diversifiedSampler(field, Options.build(new DiversifiedSamplerAggOptions(), options));
	}

	/**
	 * {@code diversified_sampler} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options shard_size, max_docs_per_value, execution_hint
	 * @return the aggregation
	 */
	public static Agg diversifiedSampler(FieldRef field, Map<String, ?> options) {
		return diversifiedSampler(ParamMaps.fieldName("diversified_sampler", field), options);
	}

	/**
	 * {@code diversified_sampler} with options.
	 * @param field the field, as a reference (e.g. from a generated metamodel)
	 * @param options sets the options on {@link DiversifiedSamplerAggOptions}
	 * @return the aggregation
	 */
	public static Agg diversifiedSampler(FieldRef field, UnaryOperator<DiversifiedSamplerAggOptions> options) {
		return diversifiedSampler(ParamMaps.fieldName("diversified_sampler", field), options);
	}

	/**
	 * {@code {"random_sampler": {"probability": probability}}}.
	 * @param probability between 0 and 0.5, or exactly 1
	 * @return the aggregation
	 */
	public static Agg randomSampler(double probability) {
		return randomSampler(probability, (Map<String, ?>) null);
	}

	/**
	 * {@code random_sampler} with options.
	 * @param probability between 0 and 0.5, or exactly 1
	 * @param options seed, shard_seed
	 * @return the aggregation
	 */
	public static Agg randomSampler(double probability, Map<String, ?> options) {
		return create("random_sampler", ParamMaps.of("random_sampler", options, "probability", probability));
	}

	/**
	 * {@code random_sampler} with options.
	 * @param probability between 0 and 0.5, or exactly 1
	 * @param options sets the options on {@link RandomSamplerAggOptions}
	 * @return the aggregation
	 */
	public static Agg randomSampler(double probability, UnaryOperator<RandomSamplerAggOptions> options) {
		return randomSampler(probability, Options.build(new RandomSamplerAggOptions(), options));
	}

	/**
	 * {@code {"bucket_sort": {"sort": sort}}}. The Python DSL counts it as a bucket aggregation;
	 * Elasticsearch runs it as a parent pipeline sorting its parent's buckets.
	 * @param sort field names or maps like {@code {"total_sales": {"order": "desc"}}}
	 * @return the aggregation
	 */
	public static Agg bucketSort(List<?> sort) {
		return bucketSort(sort, (Map<String, ?>) null);
	}

	/**
	 * {@code bucket_sort} with options.
	 * @param sort the sort
	 * @param options size, from, gap_policy
	 * @return the aggregation
	 */
	public static Agg bucketSort(List<?> sort, Map<String, ?> options) {
		return create("bucket_sort", ParamMaps.of("bucket_sort", options, "sort", sort));
	}

	/**
	 * {@code bucket_sort} with options.
	 * @param sort the sort
	 * @param options sets the options on {@link BucketSortAggOptions}
	 * @return the aggregation
	 */
	public static Agg bucketSort(List<?> sort, UnaryOperator<BucketSortAggOptions> options) {
		return bucketSort(sort, Options.build(new BucketSortAggOptions(), options));
	}

	/**
	 * {@code bucket_sort} without a sort, only truncating: {@code {"bucket_sort": {"from": 1,
	 * "size": 1}}}.
	 * @param options from, size, gap_policy
	 * @return the aggregation
	 */
	public static Agg bucketSort(Map<String, ?> options) {
		return create("bucket_sort", ParamMaps.of("bucket_sort", options));
	}

	/**
	 * {@code bucket_sort} without a sort, only truncating: {@code {"bucket_sort": {"from": 1,
	 * "size": 1}}}.
	 * @param options sets the options on {@link BucketSortAggOptions}
	 * @return the aggregation
	 */
	public static Agg bucketSort(UnaryOperator<BucketSortAggOptions> options) {
		return bucketSort(Options.build(new BucketSortAggOptions(), options));
	}

}
