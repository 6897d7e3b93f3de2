package io.github.esdsl.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.util.NamedValue;
import io.github.esdsl.aggs.A;
import io.github.esdsl.json.Json;
import io.github.esdsl.query.Q;
import io.github.esdsl.search.Search;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * The constant-parts shape of the serialization benchmark: what production code usually sends.
 * The aggregations, highlight, sort and source filtering are the same in every request (kept as
 * constants where a contender can keep them); only the query text and the page change.
 *
 * <ul>
 * <li>esdsl keeps a {@code Search} with the constant parts and adds the query and the page per
 * request; the parts it shares are written from their kept bytes from the second request on.
 * <li>elasticsearch-java keeps the built aggregations map, {@code Highlight}, sort list and
 * {@code SourceConfig} and builds a {@code SearchRequest} around them per request.
 * <li>The floor, a hand-written Jackson generator, writes every token of every request.
 * </ul>
 */
final class ConstantPartsShape {

	/** The page size. */
	static final int SIZE = 10;

	private static final Search<?> ESDSL = Search.of("blog")
		.aggs((aggs) -> aggs.bucket("per_category", A.terms("category"))
			.bucket("per_month", A.dateHistogram("published", "month"))
			.metric("clicks", A.sum("clicks")))
		.highlight("title", "body")
		.sort("-published", "_score")
		.source(List.of("title", "published", "category"), List.of("body"));

	private static final Map<String, Aggregation> TYPED_AGGS = Map.of("per_category",
			Aggregation.of((a) -> a.terms((t) -> t.field("category"))
				.aggregations("per_month", (a2) -> a2
					.dateHistogram((dh) -> dh.field("published").calendarInterval(CalendarInterval.Month))
					.aggregations("clicks", (a3) -> a3.sum((sum) -> sum.field("clicks"))))));

	private static final Highlight TYPED_HIGHLIGHT = Highlight.of((h) -> h.fields(
			NamedValue.of("title", HighlightField.of((hf) -> hf)), NamedValue.of("body", HighlightField.of((hf) -> hf))));

	private static final List<SortOptions> TYPED_SORT = List.of(
			SortOptions.of((so) -> so.field((f) -> f.field("published").order(SortOrder.Desc))),
			SortOptions.of((so) -> so.score((sc) -> sc)));

	private static final SourceConfig TYPED_SOURCE = SourceConfig
		.of((s) -> s.filter((f) -> f.includes("title", "published", "category").excludes("body")));

	private ConstantPartsShape() {
	}

	static byte[] esdsl(String text, int from) {
		return Json.toBytes(esdslSearch(text, from));
	}

	static Search<?> esdslSearch(String text, int from) {
		return ESDSL.query(Q.match("title", text)).slice(from, from + SIZE);
	}

	static byte[] typed(String text, int from) {
		return RequestShapes.typed(typedRequest(text, from));
	}

	static SearchRequest typedRequest(String text, int from) {
		return SearchRequest.of((s) -> s.index("blog")
			.query((q) -> q.match((m) -> m.field("title").query(text)))
			.aggregations(TYPED_AGGS)
			.highlight(TYPED_HIGHLIGHT)
			.sort(TYPED_SORT)
			.source(TYPED_SOURCE)
			.from(from)
			.size(SIZE));
	}

	static byte[] floor(String text, int from) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try (JsonGenerator g = Json.factory().createGenerator(ObjectWriteContext.empty(), out)) {
			g.writeStartObject();
			g.writeName("query");
			RequestShapes.leaf(g, "match", "title", text);
			RequestShapes.floorAggsAndSort(g);
			g.writeNumberProperty("from", from);
			g.writeNumberProperty("size", SIZE);
			g.writeName("_source");
			g.writeStartObject();
			g.writeArrayPropertyStart("includes");
			g.writeString("title");
			g.writeString("published");
			g.writeString("category");
			g.writeEndArray();
			g.writeArrayPropertyStart("excludes");
			g.writeString("body");
			g.writeEndArray();
			g.writeEndObject();
			RequestShapes.floorHighlight(g);
			g.writeEndObject();
		}
		return out.toByteArray();
	}

}
