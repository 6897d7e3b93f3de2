package io.github.esdsl.aggs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One typed factory per aggregation type of the Python DSL, with its exact JSON and kind, and the
 * raw form parsed back to an equal aggregation.
 */
class AggTypesTest {

	private static final Agg.Kind B = Agg.Kind.BUCKET;

	private static final Agg.Kind M = Agg.Kind.METRIC;

	private static final Agg.Kind P = Agg.Kind.PIPELINE;

	static Stream<Arguments> everyType() {
		return Stream.of(bucketTypes(), metricTypes(), pipelineTypes()).flatMap((s) -> s);
	}

	static Stream<Arguments> bucketTypes() {
		return Stream.of(
				type("adjacency_matrix", B, A.adjacencyMatrix(ordered("grpA", Q.terms("accounts", List.of("hillary")),
						"grpB", Q.terms("accounts", List.of("donald")))),
						"{'adjacency_matrix':{'filters':{'grpA':{'terms':{'accounts':['hillary']}},"
								+ "'grpB':{'terms':{'accounts':['donald']}}}}}"),
				type("auto_date_histogram", B, A.autoDateHistogram("date", Map.of("buckets", 10)),
						"{'auto_date_histogram':{'field':'date','buckets':10}}"),
				type("bucket_sort", B, A.bucketSort(List.of(Map.of("total_sales", Map.of("order", "desc"))), Map.of("size", 3)),
						"{'bucket_sort':{'sort':[{'total_sales':{'order':'desc'}}],'size':3}}"),
				type("categorize_text", B, A.categorizeText("message", Map.of("max_matched_tokens", 2)),
						"{'categorize_text':{'field':'message','max_matched_tokens':2}}"),
				type("children", B, A.children("answer"), "{'children':{'type':'answer'}}"),
				type("composite", B, A.composite(List.of(Map.of("tag", A.terms("tags")),
						Map.of("day", A.dateHistogram("date", "day"))), Map.of("size", 100)),
						"{'composite':{'sources':[{'tag':{'terms':{'field':'tags'}}},"
								+ "{'day':{'date_histogram':{'field':'date','calendar_interval':'day'}}}],'size':100}}"),
				type("date_histogram", B, A.dateHistogram("date", "month"),
						"{'date_histogram':{'field':'date','calendar_interval':'month'}}"),
				type("date_range", B, A.dateRange("date", List.of(Map.of("to", "now-10M/M"), Map.of("from", "now-10M/M")),
						Map.of("format", "MM-yyyy")),
						"{'date_range':{'field':'date','ranges':[{'to':'now-10M/M'},{'from':'now-10M/M'}],'format':'MM-yyyy'}}"),
				type("diversified_sampler", B, A.diversifiedSampler("author", Map.of("shard_size", 200)),
						"{'diversified_sampler':{'field':'author','shard_size':200}}"),
				type("filter", B, A.filter(Q.term("f", 42)), "{'filter':{'term':{'f':42}}}"),
				type("filters", B, A.filters(ordered("errors", Q.match("body", "error"), "warnings",
						Q.match("body", "warning")), Map.of("other_bucket", true)),
						"{'filters':{'filters':{'errors':{'match':{'body':'error'}},'warnings':{'match':{'body':'warning'}}},"
								+ "'other_bucket':true}}"),
				type("geo_distance", B, A.geoDistance("location", "52.37, 4.89", List.of(Map.of("to", 100))),
						"{'geo_distance':{'field':'location','origin':'52.37, 4.89','ranges':[{'to':100}]}}"),
				type("geohash_grid", B, A.geohashGrid("centroid", Map.of("precision", 3)),
						"{'geohash_grid':{'field':'centroid','precision':3}}"),
				type("geohex_grid", B, A.geohexGrid("centroid", Map.of("precision", 3)),
						"{'geohex_grid':{'field':'centroid','precision':3}}"),
				type("geotile_grid", B, A.geotileGrid("centroid", Map.of("precision", 3)),
						"{'geotile_grid':{'field':'centroid','precision':3}}"),
				type("global", B, A.global(), "{'global':{}}"),
				type("histogram", B, A.histogram("price", 50, Map.of("min_doc_count", 1)),
						"{'histogram':{'field':'price','interval':50,'min_doc_count':1}}"),
				type("ip_prefix", B, A.ipPrefix("ipv6", 64, Map.of("is_ipv6", true)),
						"{'ip_prefix':{'field':'ipv6','prefix_length':64,'is_ipv6':true}}"),
				type("ip_range", B, A.ipRange("ip", List.of(Map.of("mask", "10.0.0.0/25"))),
						"{'ip_range':{'field':'ip','ranges':[{'mask':'10.0.0.0/25'}]}}"),
				type("missing", B, A.missing("price"), "{'missing':{'field':'price'}}"),
				type("multi_terms", B, A.multiTerms(List.of("tags", Map.of("field", "author.row"))),
						"{'multi_terms':{'terms':[{'field':'tags'},{'field':'author.row'}]}}"),
				type("nested", B, A.nested("resellers"), "{'nested':{'path':'resellers'}}"),
				type("parent", B, A.parent("answer"), "{'parent':{'type':'answer'}}"),
				type("random_sampler", B, A.randomSampler(0.1), "{'random_sampler':{'probability':0.1}}"),
				type("range", B, A.range("price", List.of(Map.of("to", 100.0), Map.of("from", 100.0))),
						"{'range':{'field':'price','ranges':[{'to':100.0},{'from':100.0}]}}"),
				type("rare_terms", B, A.rareTerms("genre", Map.of("max_doc_count", 2)),
						"{'rare_terms':{'field':'genre','max_doc_count':2}}"),
				type("reverse_nested", B, A.reverseNested(), "{'reverse_nested':{}}"),
				type("sampler", B, A.sampler(Map.of("shard_size", 200)), "{'sampler':{'shard_size':200}}"),
				type("significant_terms", B, A.significantTerms("crime_type",
						Map.of("background_filter", Q.term("city", "London"))),
						"{'significant_terms':{'field':'crime_type','background_filter':{'term':{'city':'London'}}}}"),
				type("significant_text", B, A.significantText("content", Map.of("filter_duplicate_text", true)),
						"{'significant_text':{'field':'content','filter_duplicate_text':true}}"),
				type("terms", B, A.terms("tags", Map.of("size", 20)), "{'terms':{'field':'tags','size':20}}"),
				type("time_series", B, A.timeSeries(Map.of("keyed", false)), "{'time_series':{'keyed':false}}"),
				type("variable_width_histogram", B, A.variableWidthHistogram("price", Map.of("buckets", 2)),
						"{'variable_width_histogram':{'field':'price','buckets':2}}"));
	}

	static Stream<Arguments> metricTypes() {
		return Stream.of(
				type("avg", M, A.avg("grade"), "{'avg':{'field':'grade'}}"),
				type("cartesian_bounds", M, A.cartesianBounds("location"), "{'cartesian_bounds':{'field':'location'}}"),
				type("cartesian_centroid", M, A.cartesianCentroid("location", (c) -> c.missing("POINT (0 0)")),
						"{'cartesian_centroid':{'field':'location','missing':'POINT (0 0)'}}"),
				type("boxplot", M, A.boxplot("load_time"), "{'boxplot':{'field':'load_time'}}"),
				type("cardinality", M, A.cardinality("type", Map.of("precision_threshold", 100)),
						"{'cardinality':{'field':'type','precision_threshold':100}}"),
				type("extended_stats", M, A.extendedStats("grade", Map.of("sigma", 3)),
						"{'extended_stats':{'field':'grade','sigma':3}}"),
				type("frequent_item_sets", M, A.frequentItemSets(List.of("category.keyword", "geoip.city_name"),
						Map.of("filter", Q.term("geoip.continent_name", "Europe"))),
						"{'frequent_item_sets':{'fields':[{'field':'category.keyword'},{'field':'geoip.city_name'}],"
								+ "'filter':{'term':{'geoip.continent_name':'Europe'}}}}"),
				type("geo_bounds", M, A.geoBounds("location", Map.of("wrap_longitude", true)),
						"{'geo_bounds':{'field':'location','wrap_longitude':true}}"),
				type("geo_centroid", M, A.geoCentroid("location"), "{'geo_centroid':{'field':'location'}}"),
				type("geo_line", M, A.geoLine("centroid", "date"),
						"{'geo_line':{'point':{'field':'centroid'},'sort':{'field':'date'}}}"),
				type("line", M, A.line("centroid", "date", Map.of("size", 10)),
						"{'line':{'point':{'field':'centroid'},'sort':{'field':'date'},'size':10}}"),
				type("matrix_stats", M, A.matrixStats(List.of("poverty", "income")),
						"{'matrix_stats':{'fields':['poverty','income']}}"),
				type("max", M, A.max("price"), "{'max':{'field':'price'}}"),
				type("median_absolute_deviation", M, A.medianAbsoluteDeviation("rating"),
						"{'median_absolute_deviation':{'field':'rating'}}"),
				type("min", M, A.min("price"), "{'min':{'field':'price'}}"),
				type("percentile_ranks", M, A.percentileRanks("load_time", List.of(500, 600)),
						"{'percentile_ranks':{'field':'load_time','values':[500,600]}}"),
				type("percentiles", M, A.percentiles("price", Map.of("percents", List.of(1.0, 99.0))),
						"{'percentiles':{'field':'price','percents':[1.0,99.0]}}"),
				type("rate", M, A.rate("price", Map.of("unit", "day")), "{'rate':{'field':'price','unit':'day'}}"),
				type("scripted_metric", M, A.scriptedMetric("state.x += 1", "return states", Map.of("init_script", "state.x = 0")),
						"{'scripted_metric':{'map_script':'state.x += 1','reduce_script':'return states',"
								+ "'init_script':'state.x = 0'}}"),
				type("stats", M, A.stats("grade"), "{'stats':{'field':'grade'}}"),
				type("string_stats", M, A.stringStats("message.keyword", Map.of("show_distribution", true)),
						"{'string_stats':{'field':'message.keyword','show_distribution':true}}"),
				type("sum", M, A.sum("clicks"), "{'sum':{'field':'clicks'}}"),
				type("t_test", M, A.tTest(Map.of("field", "startup_time_before"), Map.of("field", "startup_time_after"),
						Map.of("type", "paired")),
						"{'t_test':{'a':{'field':'startup_time_before'},'b':{'field':'startup_time_after'},'type':'paired'}}"),
				type("top_hits", M, A.topHits(Map.of("size", 1)), "{'top_hits':{'size':1}}"),
				type("top_metrics", M, A.topMetrics(Map.of("field", "m"), Map.of("s", "desc")),
						"{'top_metrics':{'metrics':{'field':'m'},'sort':{'s':'desc'}}}"),
				type("value_count", M, A.valueCount("type"), "{'value_count':{'field':'type'}}"),
				type("weighted_avg", M, A.weightedAvg("grade", "weight"),
						"{'weighted_avg':{'value':{'field':'grade'},'weight':{'field':'weight'}}}"));
	}

	static Stream<Arguments> pipelineTypes() {
		return Stream.of(
				type("avg_bucket", P, A.avgBucket("sales_per_month>sales"),
						"{'avg_bucket':{'buckets_path':'sales_per_month>sales'}}"),
				type("change_point", P, A.changePoint("per_day>sales"),
						"{'change_point':{'buckets_path':'per_day>sales'}}"),
				type("bucket_correlation", P, A.bucketCorrelation("latency_ranges>_count",
						Map.of("count_correlation", Map.of("indicator", Map.of("doc_count", 200)))),
						"{'bucket_correlation':{'buckets_path':'latency_ranges>_count',"
								+ "'function':{'count_correlation':{'indicator':{'doc_count':200}}}}}"),
				type("bucket_count_ks_test", P, A.bucketCountKsTest("latency_ranges>_count",
						Map.of("alternative", List.of("less"))),
						"{'bucket_count_ks_test':{'buckets_path':'latency_ranges>_count','alternative':['less']}}"),
				type("bucket_script", P, A.bucketScript(ordered("sales", "total_sales", "cost", "total_cost"),
						"params.sales - params.cost"),
						"{'bucket_script':{'buckets_path':{'sales':'total_sales','cost':'total_cost'},"
								+ "'script':'params.sales - params.cost'}}"),
				type("bucket_selector", P, A.bucketSelector(Map.of("sales", "total_sales"), "params.sales > 200"),
						"{'bucket_selector':{'buckets_path':{'sales':'total_sales'},'script':'params.sales > 200'}}"),
				type("cumulative_cardinality", P, A.cumulativeCardinality("distinct_users"),
						"{'cumulative_cardinality':{'buckets_path':'distinct_users'}}"),
				type("cumulative_sum", P, A.cumulativeSum("sales"), "{'cumulative_sum':{'buckets_path':'sales'}}"),
				type("derivative", P, A.derivative("sales", Map.of("unit", "day")),
						"{'derivative':{'buckets_path':'sales','unit':'day'}}"),
				type("extended_stats_bucket", P, A.extendedStatsBucket("sales_per_month>sales", Map.of("sigma", 2)),
						"{'extended_stats_bucket':{'buckets_path':'sales_per_month>sales','sigma':2}}"),
				type("inference", P, A.inference("model-id", Map.of("agg_name", "agg_name")),
						"{'inference':{'model_id':'model-id','buckets_path':{'agg_name':'agg_name'}}}"),
				type("max_bucket", P, A.maxBucket("sales_per_month>sales"),
						"{'max_bucket':{'buckets_path':'sales_per_month>sales'}}"),
				type("min_bucket", P, A.minBucket("sales_per_month>sales"),
						"{'min_bucket':{'buckets_path':'sales_per_month>sales'}}"),
				type("moving_avg", P, A.movingAvg("clicks_per_day"), "{'moving_avg':{'buckets_path':'clicks_per_day'}}"),
				type("moving_fn", P, A.movingFn("the_sum", 10, "MovingFunctions.unweightedAvg(values)"),
						"{'moving_fn':{'buckets_path':'the_sum','window':10,'script':'MovingFunctions.unweightedAvg(values)'}}"),
				type("moving_percentiles", P, A.movingPercentiles("the_percentile", 10),
						"{'moving_percentiles':{'buckets_path':'the_percentile','window':10}}"),
				type("normalize", P, A.normalize("normalized", "percent_of_sum"),
						"{'normalize':{'buckets_path':'normalized','method':'percent_of_sum'}}"),
				type("percentiles_bucket", P, A.percentilesBucket("sales_per_month>sales", Map.of("percents", List.of(25.0))),
						"{'percentiles_bucket':{'buckets_path':'sales_per_month>sales','percents':[25.0]}}"),
				type("serial_diff", P, A.serialDiff("the_sum", Map.of("lag", 30)),
						"{'serial_diff':{'buckets_path':'the_sum','lag':30}}"),
				type("stats_bucket", P, A.statsBucket("sales_per_month>sales"),
						"{'stats_bucket':{'buckets_path':'sales_per_month>sales'}}"),
				type("sum_bucket", P, A.sumBucket("sales_per_month>sales"),
						"{'sum_bucket':{'buckets_path':'sales_per_month>sales'}}"));
	}

	private static Arguments type(String name, Agg.Kind kind, Agg agg, String expected) {
		return Arguments.of(name, kind, agg, expected);
	}

	/** A map keeping the given order, so the expected JSON is exact. */
	static <V> Map<String, V> ordered(String k1, V v1, String k2, V v2) {
		Map<String, V> map = new LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyType")
	void typedFactoryWritesExactJson(String name, Agg.Kind kind, Agg agg, String expected) {
		assertThat(agg.type()).isEqualTo(name);
		assertThat(agg.kind()).isEqualTo(kind);
		assertThat(A.kindOf(name)).isEqualTo(kind);
		assertThat(agg.toJson()).isEqualTo(expected.replace('\'', '"'));
		assertThat(Json.toJson(agg.toMap())).isEqualTo(agg.toJson());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyType")
	void rawFormParsesBackToEqualAggregation(String name, Agg.Kind kind, Agg agg, String expected) {
		Agg parsed = A.fromMap(agg.toMap());
		assertThat(parsed.toMap()).isEqualTo(agg.toMap());
		assertThat(parsed.toJson()).isEqualTo(agg.toJson());
		assertThat(A.fromJson(agg.toJson()).toJson()).isEqualTo(agg.toJson());
		assertThat(parsed.kind()).isEqualTo(kind);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyType")
	void metaAndSubAggregationsRoundTrip(String name, Agg.Kind kind, Agg agg, String expected) {
		Agg withMeta = agg.withMeta(Map.of("color", "blue"));
		Agg full = (kind == Agg.Kind.BUCKET) ? withMeta.withMetric("m", A.max("x")) : withMeta;
		Map<String, Object> map = full.toMap();
		assertThat(map.keySet()).containsExactlyElementsOf(
				(kind == Agg.Kind.BUCKET) ? List.of(name, "aggs", "meta") : List.of(name, "meta"));
		assertThat(map.get("meta")).isEqualTo(Map.of("color", "blue"));
		assertThat(A.fromMap(map).toMap()).isEqualTo(map);
		assertThat(A.fromJson(full.toJson())).isEqualTo(full);
	}

	@Test
	void everyPythonAggregationTypeHasAFactoryCase() {
		Set<String> tested = everyType().map((arguments) -> (String) arguments.get()[0])
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(tested).hasSize(81).isEqualTo(new TreeSet<>(A.names()));
		assertThat(bucketTypes().count()).isEqualTo(33);
		assertThat(metricTypes().count()).isEqualTo(27);
		assertThat(pipelineTypes().count()).isEqualTo(21);
	}

}
