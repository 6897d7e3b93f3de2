package io.github.esdsl.aggs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.dsl.InvalidDslException;
import io.github.esdsl.query.Q;
import io.github.esdsl.query.Query;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.aggs.AggsGuideTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cases of the Python DSL's {@code test_aggs.py}, in Java: the immutable values stand in for
 * Python's in-place {@code bucket}/{@code metric} on an aggregation, and {@link AggsBuilder} for
 * its chaining.
 */
class PythonAggsCasesTest {

	@Test
	void metaSitsBesideTheTypeAndSubAggregations() {
		Agg a = A.of("terms", Map.of("field", "tags", "aggs", Map.of("max_score", A.max("score")), "meta",
				Map.of("some", "metadata")));
		assertThat(a.toMap()).isEqualTo(json("""
				{'terms': {'field': 'tags'}, 'aggs': {'max_score': {'max': {'field': 'score'}}},
				 'meta': {'some': 'metadata'}}"""));
		assertThat(a.toJson()).isEqualTo("{\"terms\":{\"field\":\"tags\"},\"aggs\":{\"max_score\":{\"max\":{\"field\":"
				+ "\"score\"}}},\"meta\":{\"some\":\"metadata\"}}");
	}

	@Test
	void metaSurvivesTheRawForm() {
		Agg a = A.terms("tags", Map.of("aggs", Map.of("max_score", A.max("score")), "meta", Map.of("some", "metadata")));
		assertThat(A.fromMap(a.toMap())).isEqualTo(a);
	}

	@Test
	void ofCreatesTheTypedAggregation() {
		Agg a = A.of("terms", Map.of("field", "tags"));
		assertThat(a.type()).isEqualTo("terms");
		assertThat(a.kind()).isEqualTo(Agg.Kind.BUCKET);
		assertThat(a.params()).isEqualTo(Map.of("field", "tags"));
		assertThat(a).isEqualTo(A.terms("tags"));
	}

	@Test
	void nestedAggsGivenAsParameterAreAggregations() {
		Agg max = A.max("score");
		Agg a = A.of("terms", Map.of("field", "tags", "aggs", Map.of("max_score", max)));
		assertThat(a.aggs()).containsExactly(Map.entry("max_score", max));
		assertThat(a.params()).isEqualTo(Map.of("field", "tags", "aggs", Map.of("max_score", max)));
	}

	@Test
	void fromPassesAggregationsThrough() {
		Agg a = A.terms("tags");
		assertThat(A.from(a)).isSameAs(a);
	}

	@Test
	void fromMapParsesSubAggregations() {
		Agg a = A.fromMap(json("{'terms': {'field': 'tags'}, 'aggs': {'per_author': {'terms': {'field': 'author.raw'}}}}"));
		assertThat(a.type()).isEqualTo("terms");
		assertThat(a.params()).isEqualTo(Map.of("field", "tags", "aggs", Map.of("per_author", A.terms("author.raw"))));
		assertThat(a.aggs().get("per_author")).isEqualTo(A.terms("author.raw"));
		AggsBuilder builder = AggsBuilder.of(Map.of("a", a));
		assertThat(builder.get("a").get("per_author").build().get("a").aggs().get("per_author"))
			.isEqualTo(A.terms("author.raw"));
	}

	@Test
	void fromMapRefusesIncorrectMaps() {
		Map<String, Object> noType = json("{'aggs': {'per_author': {'terms': {'field': 'author.raw'}}}}");
		assertThatThrownBy(() -> A.fromMap(noType)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("needs a type key");
		Map<String, Object> twoTypes = json("{'terms': {'field': 'tags'}, 'xx': {}, "
				+ "'aggs': {'per_author': {'terms': {'field': 'author.raw'}}}}");
		assertThatThrownBy(() -> A.fromMap(twoTypes)).isInstanceOf(InvalidDslException.class)
			.hasMessageContaining("exactly one type key").hasMessageContaining("terms and xx");
	}

	@Test
	void bucketsAreNestable() {
		Agg a = A.terms("tags");
		Agg b = A.terms("author.raw");
		Agg nested = a.withBucket("per_author", b);
		assertThat(nested.aggs()).isEqualTo(Map.of("per_author", b));
		assertThat(a.aggs()).isEmpty();
	}

	@Test
	void metricInsideBucketChainsOnTheParent() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		AggsBuilder tags = root.bucket("tags", A.terms("tags"));
		assertThat(tags.metric("max_score", A.max("score"))).isSameAs(tags);
		assertThat(root.build().get("tags").aggs().get("max_score")).isEqualTo(A.max("score"));
	}

	@Test
	void bucketsEqualityCountsSubAggregations() {
		Agg a = A.terms("tags").withBucket("per_author", A.terms("author.raw"));
		assertThat(a).isNotEqualTo(A.terms("tags"));
		assertThat(a).isEqualTo(A.terms("tags").withBucket("per_author", A.terms("author.raw")));
		assertThat(a.hashCode()).isEqualTo(A.terms("tags").withBucket("per_author", A.terms("author.raw")).hashCode());
	}

	@Test
	void bucketsToDict() {
		assertThat(A.terms("tags").withBucket("per_author", A.terms("author.raw")).toMap())
			.isEqualTo(json("{'terms': {'field': 'tags'}, 'aggs': {'per_author': {'terms': {'field': 'author.raw'}}}}"));
		assertThat(A.terms("tags").withMetric("max_score", A.max("score")).toMap())
			.isEqualTo(json("{'terms': {'field': 'tags'}, 'aggs': {'max_score': {'max': {'field': 'score'}}}}"));
	}

	@Test
	void nestedBucketsAreReachableByName() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		AggsBuilder tags = root.bucket("tags", A.terms("tags"));
		AggsBuilder perAuthor = tags.bucket("per_author", A.terms("author.raw"));
		assertThat(tags.get("per_author")).isSameAs(perAuthor);
		assertThat(root.get("tags").get("per_author")).isSameAs(perAuthor);
	}

	@Test
	void nestedBucketsAreReplaceableByName() {
		Agg a = A.terms("tags").withBucket("per_author", A.terms("author"));
		Agg replaced = a.withBucket("per_author", A.terms("author.raw"));
		assertThat(replaced.aggs().get("per_author")).isEqualTo(A.terms("author.raw"));
		assertThat(a.aggs().get("per_author")).isEqualTo(A.terms("author"));
	}

	@Test
	void filterTakesTheQueryAsItsBody() {
		Agg a = A.filter(Q.term("f", 42));
		assertThat(a.toMap()).isEqualTo(json("{'filter': {'term': {'f': 42}}}"));
		assertThat(a).isEqualTo(A.of("filter", Map.of("filter", Q.term("f", 42))));
		assertThat(a).isEqualTo(A.of("filter", Map.of("term", Map.of("f", 42))));
		assertThat(A.fromMap(a.toMap())).isEqualTo(a);
	}

	@Test
	void filterAsNestedAggregation() {
		Agg a = A.terms("tags").withBucket("filtered", A.filter(Q.term("f", 42)));
		assertThat(a.toMap()).isEqualTo(json("{'terms': {'field': 'tags'}, 'aggs': {'filtered': {'filter': {'term': {'f': 42}}}}}"));
	}

	@Test
	void filterWithNestedAggregations() {
		Agg a = A.filter(Q.term("f", 42)).withBucket("testing", A.terms("tags"));
		assertThat(a.toMap()).isEqualTo(json("{'filter': {'term': {'f': 42}}, 'aggs': {'testing': {'terms': {'field': 'tags'}}}}"));
		assertThat(A.fromMap(a.toMap())).isEqualTo(a);
	}

	@Test
	void filtersHoldQueriesByName() {
		Map<String, Object> filters = new LinkedHashMap<>();
		filters.put("group_a", Map.of("term", Map.of("group", "a")));
		filters.put("group_b", Map.of("term", Map.of("group", "b")));
		Agg a = A.of("filters", Map.of("filters", filters));
		assertThat(a.toMap()).isEqualTo(json("""
				{'filters': {'filters': {'group_a': {'term': {'group': 'a'}}, 'group_b': {'term': {'group': 'b'}}}}}"""));
		Map<?, ?> parsed = (Map<?, ?>) a.param("filters");
		assertThat(parsed.get("group_a")).isInstanceOf(Query.class).isEqualTo(Q.term("group", "a"));
	}

	@Test
	void anonymousFiltersHoldAListOfQueries() {
		Agg a = A.filters(List.of(Q.term("group", "a"), Q.term("group", "b")));
		assertThat(a.toJson()).isEqualTo("{\"filters\":{\"filters\":[{\"term\":{\"group\":\"a\"}},{\"term\":{\"group\":\"b\"}}]}}");
		assertThat(((List<?>) A.fromMap(a.toMap()).param("filters")).get(1)).isEqualTo(Q.term("group", "b"));
	}

	@Test
	void bucketSortInsideDateHistogram() {
		Agg sort = A.bucketSort(List.of(Map.of("total_sales", Map.of("order", "desc"))), Map.of("size", 3));
		assertThat(sort.toMap()).isEqualTo(json("{'bucket_sort': {'sort': [{'total_sales': {'order': 'desc'}}], 'size': 3}}"));
		Agg a = A.dateHistogram("date", Map.of("interval", "month"))
			.withBucket("total_sales", A.sum("price"))
			.withBucket("sales_bucket_sort", sort);
		assertThat(a.toMap()).isEqualTo(json("""
				{'date_histogram': {'field': 'date', 'interval': 'month'},
				 'aggs': {'total_sales': {'sum': {'field': 'price'}},
				          'sales_bucket_sort': {'bucket_sort': {'sort': [{'total_sales': {'order': 'desc'}}], 'size': 3}}}}"""));
	}

	@Test
	void bucketSortOnlyTruncating() {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("from", 1);
		options.put("size", 1);
		assertThat(A.bucketSort(options).toJson()).isEqualTo("{\"bucket_sort\":{\"from\":1,\"size\":1}}");
		Agg a = A.dateHistogram("date", Map.of("interval", "month")).withBucket("bucket_truncate", A.bucketSort(options));
		assertThat(a.toMap()).isEqualTo(json("""
				{'date_histogram': {'field': 'date', 'interval': 'month'},
				 'aggs': {'bucket_truncate': {'bucket_sort': {'from': 1, 'size': 1}}}}"""));
	}

	@Test
	void geoGridAggregations() {
		assertThat(A.geohashGrid("centroid", Map.of("precision", 3)).toMap())
			.isEqualTo(json("{'geohash_grid': {'field': 'centroid', 'precision': 3}}"));
		assertThat(A.geohexGrid("centroid", Map.of("precision", 3)).toMap())
			.isEqualTo(json("{'geohex_grid': {'field': 'centroid', 'precision': 3}}"));
		assertThat(A.geotileGrid("centroid", Map.of("precision", 3)).toMap())
			.isEqualTo(json("{'geotile_grid': {'field': 'centroid', 'precision': 3}}"));
	}

	@Test
	void rareTermsWithSubAggregations() {
		Agg a = A.rareTerms("the-field")
			.withBucket("total_sales", A.sum("price"))
			.withBucket("sales_bucket_sort", A.bucketSort(List.of(Map.of("total_sales", Map.of("order", "desc"))),
					Map.of("size", 3)));
		assertThat(a.toMap()).isEqualTo(json("""
				{'aggs': {'sales_bucket_sort': {'bucket_sort': {'size': 3, 'sort': [{'total_sales': {'order': 'desc'}}]}},
				          'total_sales': {'sum': {'field': 'price'}}},
				 'rare_terms': {'field': 'the-field'}}"""));
	}

	@Test
	void smallerAggregationsOfThePythonTests() {
		assertThat(A.boxplot("load_time").toMap()).isEqualTo(json("{'boxplot': {'field': 'load_time'}}"));
		assertThat(A.variableWidthHistogram("price", Map.of("buckets", 2)).toMap())
			.isEqualTo(json("{'variable_width_histogram': {'buckets': 2, 'field': 'price'}}"));
		assertThat(A.ipPrefix("ipv4", 24).toMap()).isEqualTo(json("{'ip_prefix': {'field': 'ipv4', 'prefix_length': 24}}"));
		assertThat(A.ipPrefix("ipv6", 64, Map.of("is_ipv6", true)).toMap())
			.isEqualTo(json("{'ip_prefix': {'field': 'ipv6', 'prefix_length': 64, 'is_ipv6': true}}"));
		assertThat(A.multiTerms(List.of("tags", "author.row")).toMap())
			.isEqualTo(json("{'multi_terms': {'terms': [{'field': 'tags'}, {'field': 'author.row'}]}}"));
		assertThat(A.categorizeText("tags", Map.of("categorization_filters", List.of("\\w+\\_\\d{3}"), "max_matched_tokens", 2,
				"similarity_threshold", 30)).toMap()).isEqualTo(Map.of("categorize_text", Map.of("field", "tags",
						"categorization_filters", List.of("\\w+\\_\\d{3}"), "max_matched_tokens", 2, "similarity_threshold", 30)));
		assertThat(A.medianAbsoluteDeviation("rating").toMap())
			.isEqualTo(json("{'median_absolute_deviation': {'field': 'rating'}}"));
		assertThat(A.tTest(Map.of("field", "startup_time_before"), Map.of("field", "startup_time_after"),
				Map.of("type", "paired")).toMap()).isEqualTo(json("""
						{'t_test': {'a': {'field': 'startup_time_before'}, 'b': {'field': 'startup_time_after'},
						 'type': 'paired'}}"""));
		assertThat(A.geoLine("centroid", "date").toMap())
			.isEqualTo(json("{'geo_line': {'point': {'field': 'centroid'}, 'sort': {'field': 'date'}}}"));
		assertThat(A.inference("model-id", Map.of("agg_name", "agg_name")).toMap())
			.isEqualTo(json("{'inference': {'buckets_path': {'agg_name': 'agg_name'}, 'model_id': 'model-id'}}"));
		assertThat(A.matrixStats(List.of("poverty", "income")).toMap())
			.isEqualTo(json("{'matrix_stats': {'fields': ['poverty', 'income']}}"));
		assertThat(A.normalize("normalized", "percent_of_sum").toMap())
			.isEqualTo(json("{'normalize': {'buckets_path': 'normalized', 'method': 'percent_of_sum'}}"));
		assertThat(A.topMetrics(Map.of("field", "m"), Map.of("s", "desc")).toMap())
			.isEqualTo(json("{'top_metrics': {'metrics': {'field': 'm'}, 'sort': {'s': 'desc'}}}"));
	}

	@Test
	void movingPercentilesAsPipelineOfAnEmptyDateHistogram() {
		Agg a = A.of("date_histogram", Map.of())
			.withBucket("the_percentile", A.percentiles("price", Map.of("percents", List.of(1.0, 99.0))))
			.withPipeline("the_movperc", A.movingPercentiles("the_percentile", 10));
		assertThat(a.toMap()).isEqualTo(json("""
				{'aggs': {'the_movperc': {'moving_percentiles': {'buckets_path': 'the_percentile', 'window': 10}},
				          'the_percentile': {'percentiles': {'field': 'price', 'percents': [1.0, 99.0]}}},
				 'date_histogram': {}}"""));
	}

	@Test
	void randomSamplerWithMetric() {
		AggsBuilder root = AggsBuilder.of(Map.of());
		root.bucket("sample", A.randomSampler(0.1)).metric("price_percentiles", A.percentiles("price"));
		assertThat(root.build().get("sample").toMap()).isEqualTo(json("""
				{'random_sampler': {'probability': 0.1}, 'aggs': {'price_percentiles': {'percentiles': {'field': 'price'}}}}"""));
	}

	@Test
	void adjacencyMatrixFromRawMapsAndQueries() {
		Map<String, Object> expected = json("""
				{'adjacency_matrix': {'filters': {
				  'grpA': {'terms': {'accounts': ['hillary', 'sidney']}},
				  'grpB': {'terms': {'accounts': ['donald', 'mitt']}},
				  'grpC': {'terms': {'accounts': ['vladimir', 'nigel']}}}}}""");
		Map<String, Object> raw = Map.of("filters", ((Map<?, ?>) expected.get("adjacency_matrix")).get("filters"));
		assertThat(A.of("adjacency_matrix", raw).toMap()).isEqualTo(expected);
		assertThat(A.adjacencyMatrix(Map.of("grpA", Q.terms("accounts", List.of("hillary", "sidney")),
				"grpB", Q.terms("accounts", List.of("donald", "mitt")),
				"grpC", Q.terms("accounts", List.of("vladimir", "nigel")))).toMap()).isEqualTo(expected);
	}

	@Test
	void bucketWithFilterIsReachableByName() {
		Agg b = A.filter(Q.terms("something", List.of(1, 2, 3)));
		AggsBuilder root = AggsBuilder.of(Map.of());
		AggsBuilder a = root.bucket("a", A.terms("some_field", Map.of("size", 100)));
		a.bucket("b", b);
		assertThat(a.get("b")).isNotNull();
		assertThat(root.build().get("a").aggs().get("b")).isEqualTo(b);
	}

}
