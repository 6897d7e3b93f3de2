package io.github.esdsl.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.util.NamedValue;
import io.github.esdsl.aggs.A;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * The three request shapes of the serialization benchmark, built and serialized by each
 * contender: esdsl, elasticsearch-java's typed builders with its Jackson 3 mapper, and a
 * hand-written Jackson generator writing the same bytes (the floor).
 */
final class RequestShapes {

	static final JsonpMapper TYPED_MAPPER = new Jackson3JsonpMapper();

	static final int LARGE_CLAUSES = 200;

	private RequestShapes() {
	}

	// --- esdsl

	static byte[] esdslSingleMatch() {
		return Json.toBytes(esdslSingleMatchSearch());
	}

	static Search<?> esdslSingleMatchSearch() {
		return Search.of("blog").query(Q.match("title", "python"));
	}

	static byte[] esdslRealistic() {
		return Json.toBytes(esdslRealisticSearch());
	}

	static Search<?> esdslRealisticSearch() {
		return Search.of("blog")
			.query(Q.bool()
				.withMust(Q.match("title", "python web"))
				.withFilter(Q.term("category", "blog"), Q.range("published", Map.of("gte", "2024-01-01")))
				.withShould(Q.matchPhrase("body", "django"))
				.withMustNot(Q.term("status", "draft")))
			.aggs((aggs) -> aggs.bucket("per_category", A.terms("category"))
				.bucket("per_month", A.dateHistogram("published", "month"))
				.metric("clicks", A.sum("clicks")))
			.highlight("title", "body")
			.sort("-published", "_score")
			.slice(20, 30);
	}

	static byte[] esdslLarge() {
		return Json.toBytes(esdslLargeSearch());
	}

	static Search<?> esdslLargeSearch() {
		io.github.esdsl.query.Query[] clauses = new io.github.esdsl.query.Query[LARGE_CLAUSES];
		for (int i = 0; i < LARGE_CLAUSES; i++) {
			clauses[i] = Q.term("tag", "t" + i);
		}
		return Search.of("blog").query(Q.bool().withShould(clauses));
	}

	// --- esdsl with its typed options (generated from the specification) instead of Map options

	static byte[] esdslTypedOptionsSingleMatch() {
		return Json.toBytes(Search.of("blog").query(Q.match("title", "python", (o) -> o)));
	}

	static byte[] esdslTypedOptionsRealistic() {
		Search<?> search = Search.of("blog")
			.query(Q.bool((b) -> b.must(Q.match("title", "python web"))
				.filter(List.of(Q.term("category", "blog"), Q.range("published", (r) -> r.gte("2024-01-01"))))
				.should(Q.matchPhrase("body", "django"))
				.mustNot(Q.term("status", "draft"))))
			.aggs((aggs) -> aggs.bucket("per_category", A.terms("category", (t) -> t))
				.bucket("per_month", A.dateHistogram("published",
						(d) -> d.calendarInterval(io.github.esdsl.types.CalendarInterval.MONTH)))
				.metric("clicks", A.sum("clicks")))
			.highlight("title", "body")
			.sort("-published", "_score")
			.slice(20, 30);
		return Json.toBytes(search);
	}

	/** The bool of 200 terms in the Map form that {@link #esdslTypedOptionsLarge()} types. */
	static byte[] esdslMapOptionsLarge() {
		List<io.github.esdsl.query.Query> clauses = new ArrayList<>(LARGE_CLAUSES);
		for (int i = 0; i < LARGE_CLAUSES; i++) {
			clauses.add(Q.term("tag", "t" + i));
		}
		return Json.toBytes(Search.of("blog").query(Q.bool(Map.of("should", clauses))));
	}

	static byte[] esdslTypedOptionsLarge() {
		List<io.github.esdsl.query.Query> clauses = new ArrayList<>(LARGE_CLAUSES);
		for (int i = 0; i < LARGE_CLAUSES; i++) {
			clauses.add(Q.term("tag", "t" + i));
		}
		return Json.toBytes(Search.of("blog").query(Q.bool((b) -> b.should(clauses))));
	}

	// --- elasticsearch-java typed builders

	static byte[] typedSingleMatch() {
		return typed(typedSingleMatchRequest());
	}

	static SearchRequest typedSingleMatchRequest() {
		return SearchRequest.of((s) -> s.index("blog")
			.query((q) -> q.match((m) -> m.field("title").query("python"))));
	}

	static byte[] typedRealistic() {
		return typed(typedRealisticRequest());
	}

	static SearchRequest typedRealisticRequest() {
		return SearchRequest.of((s) -> s.index("blog")
			.query((q) -> q.bool((b) -> b.must((m) -> m.match((mt) -> mt.field("title").query("python web")))
				.filter((f) -> f.term((t) -> t.field("category").value("blog")))
				.filter((f) -> f.range((r) -> r.date((d) -> d.field("published").gte("2024-01-01"))))
				.should((sh) -> sh.matchPhrase((mp) -> mp.field("body").query("django")))
				.mustNot((mn) -> mn.term((t) -> t.field("status").value("draft")))))
			.aggregations("per_category", (a) -> a.terms((t) -> t.field("category"))
				.aggregations("per_month", (a2) -> a2
					.dateHistogram((dh) -> dh.field("published").calendarInterval(CalendarInterval.Month))
					.aggregations("clicks", (a3) -> a3.sum((sum) -> sum.field("clicks")))))
			.highlight((h) -> h.fields(NamedValue.of("title", HighlightField.of((hf) -> hf)),
					NamedValue.of("body", HighlightField.of((hf) -> hf))))
			.sort((so) -> so.field((f) -> f.field("published").order(SortOrder.Desc)))
			.sort((so) -> so.score((sc) -> sc))
			.from(20)
			.size(10));
	}

	static byte[] typedLarge() {
		return typed(typedLargeRequest());
	}

	static SearchRequest typedLargeRequest() {
		List<Query> clauses = new ArrayList<>(LARGE_CLAUSES);
		for (int i = 0; i < LARGE_CLAUSES; i++) {
			String value = "t" + i;
			clauses.add(Query.of((q) -> q.term((t) -> t.field("tag").value(FieldValue.of(value)))));
		}
		return SearchRequest.of((s) -> s.index("blog").query((q) -> q.bool((b) -> b.should(clauses))));
	}

	static byte[] typed(SearchRequest request) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try (jakarta.json.stream.JsonGenerator generator = TYPED_MAPPER.jsonProvider().createGenerator(out)) {
			request.serialize(generator, TYPED_MAPPER);
		}
		return out.toByteArray();
	}

	// --- the floor: a hand-written generator

	static byte[] floorSingleMatch() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out)) {
			g.writeStartObject();
			g.writeName("query");
			leaf(g, "match", "title", "python");
			g.writeEndObject();
		}
		return out.toByteArray();
	}

	static byte[] floorRealistic() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out)) {
			g.writeStartObject();
			g.writeName("query");
			g.writeStartObject();
			g.writeName("bool");
			g.writeStartObject();
			g.writeArrayPropertyStart("must");
			leaf(g, "match", "title", "python web");
			g.writeEndArray();
			g.writeArrayPropertyStart("filter");
			leaf(g, "term", "category", "blog");
			g.writeStartObject();
			g.writeName("range");
			g.writeStartObject();
			g.writeName("published");
			g.writeStartObject();
			g.writeStringProperty("gte", "2024-01-01");
			g.writeEndObject();
			g.writeEndObject();
			g.writeEndObject();
			g.writeEndArray();
			g.writeArrayPropertyStart("should");
			leaf(g, "match_phrase", "body", "django");
			g.writeEndArray();
			g.writeArrayPropertyStart("must_not");
			leaf(g, "term", "status", "draft");
			g.writeEndArray();
			g.writeEndObject();
			g.writeEndObject();
			floorAggsAndSort(g);
			g.writeNumberProperty("from", 20);
			g.writeNumberProperty("size", 10);
			floorHighlight(g);
			g.writeEndObject();
		}
		return out.toByteArray();
	}

	static byte[] floorLarge() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out)) {
			g.writeStartObject();
			g.writeName("query");
			g.writeStartObject();
			g.writeName("bool");
			g.writeStartObject();
			g.writeArrayPropertyStart("should");
			for (int i = 0; i < LARGE_CLAUSES; i++) {
				leaf(g, "term", "tag", "t" + i);
			}
			g.writeEndArray();
			g.writeEndObject();
			g.writeEndObject();
			g.writeEndObject();
		}
		return out.toByteArray();
	}

	/** The aggregations and sort of the realistic and constant-parts shapes, as the floor writes them. */
	static void floorAggsAndSort(JsonGenerator g) {
		g.writeName("aggs");
		g.writeStartObject();
		g.writeName("per_category");
		g.writeStartObject();
		g.writeName("terms");
		g.writeStartObject();
		g.writeStringProperty("field", "category");
		g.writeEndObject();
		g.writeName("aggs");
		g.writeStartObject();
		g.writeName("per_month");
		g.writeStartObject();
		g.writeName("date_histogram");
		g.writeStartObject();
		g.writeStringProperty("field", "published");
		g.writeStringProperty("calendar_interval", "month");
		g.writeEndObject();
		g.writeName("aggs");
		g.writeStartObject();
		g.writeName("clicks");
		g.writeStartObject();
		g.writeName("sum");
		g.writeStartObject();
		g.writeStringProperty("field", "clicks");
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndObject();
		g.writeArrayPropertyStart("sort");
		g.writeStartObject();
		g.writeName("published");
		g.writeStartObject();
		g.writeStringProperty("order", "desc");
		g.writeEndObject();
		g.writeEndObject();
		g.writeString("_score");
		g.writeEndArray();
	}

	/** The highlight of the realistic and constant-parts shapes, as the floor writes it. */
	static void floorHighlight(JsonGenerator g) {
		g.writeName("highlight");
		g.writeStartObject();
		g.writeName("fields");
		g.writeStartObject();
		g.writeName("title");
		g.writeStartObject();
		g.writeEndObject();
		g.writeName("body");
		g.writeStartObject();
		g.writeEndObject();
		g.writeEndObject();
		g.writeEndObject();
	}

	static void leaf(JsonGenerator g, String type, String field, String value) {
		g.writeStartObject();
		g.writeName(type);
		g.writeStartObject();
		g.writeStringProperty(field, value);
		g.writeEndObject();
		g.writeEndObject();
	}

}
