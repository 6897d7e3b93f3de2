package io.github.esdsl.aggs;

import java.util.Map;

import io.github.esdsl.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example of the guide's "Aggregations" section, with its exact JSON.
 */
class AggsGuideTest {

	static Map<String, Object> json(String singleQuoted) {
		return Json.parseMap(singleQuoted.replace('\'', '"'));
	}

	static void assertJson(Object actual, String expected) {
		String actualJson = Json.toJson(actual);
		assertThat(Json.parseMap(actualJson)).isEqualTo(json(expected));
	}

	@Test
	void termsAggregationOnTags() {
		Agg a = A.terms("tags");
		assertThat(a.toJson()).isEqualTo("{\"terms\":{\"field\":\"tags\"}}");
		assertThat(A.of("terms", Map.of("field", "tags"))).isEqualTo(a);
	}

	@Test
	void metricThenBucketNestUnderTheSameParent() {
		Agg a = A.terms("category");
		assertThat(a.toJson()).isEqualTo("{\"terms\":{\"field\":\"category\"}}");
		Agg nested = a.withMetric("clicks_per_category", A.sum("clicks"))
			.withBucket("tags_per_category", A.terms("tags"));
		assertThat(nested.toJson()).isEqualTo("{\"terms\":{\"field\":\"category\"},\"aggs\":{"
				+ "\"clicks_per_category\":{\"sum\":{\"field\":\"clicks\"}},"
				+ "\"tags_per_category\":{\"terms\":{\"field\":\"tags\"}}}}");
		assertThat(a.aggs()).isEmpty();
	}

	@Test
	void topLevelBucketOnTheSearchAggs() {
		AggsBuilder aggs = AggsBuilder.of(Map.of());
		aggs.bucket("category_terms", A.terms("category"));
		assertJson(aggs.build(), "{'category_terms': {'terms': {'field': 'category'}}}");
	}

	@Test
	void bucketMetricPipelineBucketChain() {
		AggsBuilder aggs = AggsBuilder.of(Map.of());
		aggs.bucket("articles_per_day", A.dateHistogram("publish_date", Map.of("interval", "day")))
			.metric("clicks_per_day", A.sum("clicks"))
			.pipeline("moving_click_average", A.movingAvg("clicks_per_day"))
			.bucket("tags_per_day", A.terms("tags"));
		assertJson(aggs.build(), """
				{
				  'articles_per_day': {
				    'date_histogram': { 'interval': 'day', 'field': 'publish_date' },
				    'aggs': {
				      'clicks_per_day': { 'sum': { 'field': 'clicks' } },
				      'moving_click_average': { 'moving_avg': { 'buckets_path': 'clicks_per_day' } },
				      'tags_per_day': { 'terms': { 'field': 'tags' } }
				    }
				  }
				}""");
		assertThat(Json.toJson(aggs.build())).isEqualTo("{\"articles_per_day\":{\"date_histogram\":{\"field\":"
				+ "\"publish_date\",\"interval\":\"day\"},\"aggs\":{\"clicks_per_day\":{\"sum\":{\"field\":\"clicks\"}},"
				+ "\"moving_click_average\":{\"moving_avg\":{\"buckets_path\":\"clicks_per_day\"}},"
				+ "\"tags_per_day\":{\"terms\":{\"field\":\"tags\"}}}}}");
	}

	@Test
	void existingBucketIsReachableByName() {
		AggsBuilder aggs = AggsBuilder.of(Map.of());
		aggs.bucket("per_category", A.terms("category"));
		aggs.get("per_category").metric("clicks_per_category", A.sum("clicks"));
		aggs.get("per_category").bucket("tags_per_category", A.terms("tags"));
		assertJson(aggs.build(), """
				{'per_category': {'terms': {'field': 'category'}, 'aggs': {
				  'clicks_per_category': {'sum': {'field': 'clicks'}},
				  'tags_per_category': {'terms': {'field': 'tags'}}}}}""");
	}

	@Test
	void apiExampleChainGivesChildrenUnderTheFirstBucket() {
		AggsBuilder aggs = AggsBuilder.of(Map.of());
		aggs.bucket("per_category", A.terms("category")).metric("clicks", A.sum("clicks")).bucket("tags", A.terms("tags"));
		Map<String, Agg> built = aggs.build();
		assertThat(Json.toJson(built)).isEqualTo("{\"per_category\":{\"terms\":{\"field\":\"category\"},\"aggs\":{"
				+ "\"clicks\":{\"sum\":{\"field\":\"clicks\"}},\"tags\":{\"terms\":{\"field\":\"tags\"}}}}}");
		AggsBuilder again = AggsBuilder.of(built);
		again.get("per_category").metric("max_lines", A.max("lines"));
		assertThat(Json.toJson(again.build())).isEqualTo("{\"per_category\":{\"terms\":{\"field\":\"category\"},\"aggs\":{"
				+ "\"clicks\":{\"sum\":{\"field\":\"clicks\"}},\"tags\":{\"terms\":{\"field\":\"tags\"}},"
				+ "\"max_lines\":{\"max\":{\"field\":\"lines\"}}}}}");
		assertThat(Json.toJson(built)).doesNotContain("max_lines");
	}

}
