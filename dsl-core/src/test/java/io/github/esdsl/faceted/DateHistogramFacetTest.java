package io.github.esdsl.faceted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static io.github.esdsl.faceted.Bodies.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Python's date histogram cases: the aggregation for each interval kind, and the
 * {@code get_value_filter} range for each interval.
 */
class DateHistogramFacetTest {

	@ParameterizedTest
	@CsvSource({ "interval,year,2016-01-01T00:00:00", "calendar_interval,year,2016-01-01T00:00:00",
			"interval,month,2015-02-01T00:00:00", "calendar_interval,month,2015-02-01T00:00:00",
			"interval,week,2015-01-08T00:00:00", "calendar_interval,week,2015-01-08T00:00:00",
			"interval,day,2015-01-02T00:00:00", "calendar_interval,day,2015-01-02T00:00:00",
			"fixed_interval,day,2015-01-02T00:00:00", "interval,hour,2015-01-01T01:00:00",
			"fixed_interval,hour,2015-01-01T01:00:00", "interval,1Y,2016-01-01T00:00:00",
			"calendar_interval,1Y,2016-01-01T00:00:00", "interval,1M,2015-02-01T00:00:00",
			"calendar_interval,1M,2015-02-01T00:00:00", "interval,1w,2015-01-08T00:00:00",
			"calendar_interval,1w,2015-01-08T00:00:00", "interval,1d,2015-01-02T00:00:00",
			"calendar_interval,1d,2015-01-02T00:00:00", "fixed_interval,1d,2015-01-02T00:00:00",
			"interval,1h,2015-01-01T01:00:00", "fixed_interval,1h,2015-01-01T01:00:00",
			"calendar_interval,1q,2015-04-01T00:00:00", "calendar_interval,1m,2015-01-01T00:01:00",
			"fixed_interval,12h,2015-01-01T12:00:00", "fixed_interval,90s,2015-01-01T00:01:30" })
	void everyIntervalKindAggregatesAndFiltersToTheNextBucket(String kind, String interval, String end) {
		DateHistogramFacet facet = new DateHistogramFacet("@timestamp", Map.of(kind, interval));
		assertJson(facet.aggregation(),
				"{'date_histogram':{'field':'@timestamp','" + kind + "':'" + interval + "','min_doc_count':0}}");
		assertJson(facet.filter(List.of(LocalDateTime.of(2015, 1, 1, 0, 0))).orElseThrow(),
				"{'range':{'@timestamp':{'gte':'2015-01-01T00:00:00','lt':'" + end + "'}}}");
	}

	@Test
	void minDocCountGivenIsKept() {
		assertJson(new DateHistogramFacet("d", Map.of("fixed_interval", "1d", "min_doc_count", 1)).aggregation(),
				"{'date_histogram':{'field':'d','fixed_interval':'1d','min_doc_count':1}}");
	}

	@Test
	void yearAfterFebruary29IsFebruary28LikePython() {
		assertJson(new DateHistogramFacet("d", "year").filter(List.of(LocalDate.of(2016, 2, 29))).orElseThrow(),
				"{'range':{'d':{'gte':'2016-02-29','lt':'2017-02-28'}}}");
	}

	@Test
	void monthEndIsTheFirstOfTheNextMonth() {
		assertJson(new DateHistogramFacet("d", "month").filter(List.of(LocalDate.of(2015, 12, 1))).orElseThrow(),
				"{'range':{'d':{'gte':'2015-12-01','lt':'2016-01-01'}}}");
	}

	@Test
	void localDatesStayDatesForDayStepsAndBecomeDateTimesForHours() {
		assertJson(new DateHistogramFacet("d", "week").filter(List.of(LocalDate.of(2015, 6, 1))).orElseThrow(),
				"{'range':{'d':{'gte':'2015-06-01','lt':'2015-06-08'}}}");
		assertJson(new DateHistogramFacet("d", "hour").filter(List.of("2015-06-01")).orElseThrow(),
				"{'range':{'d':{'gte':'2015-06-01','lt':'2015-06-01T01:00:00'}}}");
	}

	@Test
	void instantsStepInTheFacetTimeZone() {
		DateHistogramFacet paris = new DateHistogramFacet("d",
				Map.of("calendar_interval", "month", "time_zone", "Europe/Paris"));
		// 1 March 2015 00:00 in Paris; summer time starts on 29 March
		assertJson(paris.filter(List.of(Instant.parse("2015-02-28T23:00:00Z"))).orElseThrow(),
				"{'range':{'d':{'gte':'2015-02-28T23:00:00Z','lt':'2015-03-31T22:00:00Z'}}}");
		assertJson(new DateHistogramFacet("d", Map.of("fixed_interval", "1d")).filter(List.of(1393632000000L)).orElseThrow(),
				"{'range':{'d':{'gte':'2014-03-01T00:00:00Z','lt':'2014-03-02T00:00:00Z'}}}");
	}

	@Test
	void zonedValuesKeepTheirOffset() {
		ZonedDateTime start = ZonedDateTime.of(2015, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2));
		assertJson(new DateHistogramFacet("d", "day").filter(List.of(start)).orElseThrow(),
				"{'range':{'d':{'gte':'2015-01-01T00:00:00+02:00','lt':'2015-01-02T00:00:00+02:00'}}}");
	}

	@Test
	void calendarIntervalIsCheckedBeforeFixedThenLegacyLikePython() {
		DateHistogramFacet facet = new DateHistogramFacet("d",
				new java.util.LinkedHashMap<>(Map.of("interval", "hour", "calendar_interval", "day")));
		assertJson(facet.filter(List.of(LocalDate.of(2015, 1, 1))).orElseThrow(),
				"{'range':{'d':{'gte':'2015-01-01','lt':'2015-01-02'}}}");
	}

	@Test
	void withoutAnIntervalTheFacetIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DateHistogramFacet("@timestamp", Map.of()))
			.withMessageContaining("'@timestamp'")
			.withMessageContaining("[calendar_interval, fixed_interval, interval]");
	}

	@Test
	void intervalsItCannotStepByAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DateHistogramFacet("d", "2d"))
			.withMessageContaining("calendar_interval '2d'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DateHistogramFacet("d", Map.of("calendar_interval", "day", "time_zone", "Mars/Olympus")))
			.withMessageContaining("'Mars/Olympus'");
	}

	@Test
	void valuesThatAreNotDatesAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DateHistogramFacet("d", "day").filter(List.of("yesterday")))
			.withMessageContaining("String 'yesterday'").withMessageContaining("ISO-8601");
	}

	@Test
	void nullAndZeroKeysAreTheEpochLikePython() {
		DateHistogramFacet facet = new DateHistogramFacet("d", "day").keys(DateHistogramFacet.DateKeys.LOCAL_DATE_TIME);
		List<FacetValue> values = facet.values(Bodies.map("{'buckets':[{'key':null,'doc_count':1},{'key':0,'doc_count':2}]}"),
				List.of());
		assertThat(values).extracting(FacetValue::key)
			.containsExactly(LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(1970, 1, 1, 0, 0));
	}

}
