package io.github.esdsl.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.NotFoundException;
import io.github.esdsl.document.Id;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

/**
 * Reading canned Elasticsearch response bodies, with exact values.
 */
class ResponseParsingTest {

	record Post(@Id String id, String title, int likes, List<String> tags) {
	}

	static byte[] body(String name) {
		try (InputStream in = ResponseParsingTest.class.getResourceAsStream("/responses/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private final Response<Post> typed = Response.parse(body("search.json"), Post.class);

	@Test
	void topLevelValuesAreRead() {
		assertThat(this.typed.success()).isTrue();
		assertThat(this.typed.took()).isEqualTo(5);
		assertThat(this.typed.timedOut()).isFalse();
		assertThat(this.typed.total()).isEqualTo(new Total(2, "eq"));
		assertThat(this.typed.total().isExact()).isTrue();
		assertThat(this.typed.maxScore()).isEqualTo(1.5);
		assertThat(this.typed.size()).isEqualTo(2);
	}

	@Test
	void sourcesAreBoundToTheDocumentClassWithIdsFromHits() {
		assertThat(this.typed.documents()).containsExactly(new Post("1", "Java", 3, List.of("a", "b")),
				new Post("2", "Python", 1, null));
		assertThat(this.typed).extracting(Post::title).containsExactly("Java", "Python");
	}

	@Test
	void hitMetadataIsRead() {
		Hit<Post> first = this.typed.hits().get(0);
		assertThat(first.id()).isEqualTo("1");
		assertThat(first.index()).isEqualTo("blog");
		assertThat(first.score()).isEqualTo(1.5);
		assertThat(first.routing()).isEqualTo("r1");
		assertThat(first.version()).isNull();
		assertThat(first.highlight()).containsExactly(entry("title", List.of("<em>Java</em> rocks", "more <em>Java</em>")));
		assertThat(first.highlight("body")).isEmpty();
		assertThat(first.sort()).containsExactly(1.5, "1");
		assertThat(first.matchedQueries()).containsExactly("by_title");
		assertThat(first.explanation()).hasValueSatisfying((explanation) -> assertThat(explanation)
			.containsEntry("description", "weight(title:java)"));
		Hit<Post> second = this.typed.hits().get(1);
		assertThat(second.version()).isEqualTo(4L);
		assertThat(second.seqNo()).isEqualTo(7L);
		assertThat(second.primaryTerm()).isEqualTo(1L);
		assertThat(second.fields()).containsExactly(entry("x", List.of(1)));
		assertThat(second.matchedQueries()).containsExactly("by_likes");
		assertThat(second.explanation()).isEmpty();
		assertThat(second.toMap()).containsEntry("_id", "2").containsEntry("_seq_no", 7);
	}

	@Test
	void innerHitsAreReadAsMapsOrTyped() {
		Hit<Post> first = this.typed.hits().get(0);
		assertThat(first.innerHitNames()).containsExactly("per_tag");
		assertThat(first.innerHits("per_tag")).singleElement().satisfies((inner) -> {
			assertThat(inner.id()).isEqualTo("3");
			assertThat(inner.score()).isNull();
			assertThat(inner.toMap()).containsEntry("_id", "3").containsEntry("_index", "blog");
			assertThat(inner.source()).isEqualTo(Map.of("title", "Inner", "likes", 1));
		});
		assertThat(first.innerHits("per_tag", Post.class)).extracting(Hit::source)
			.containsExactly(new Post("3", "Inner", 1, null));
		assertThatIllegalArgumentException().isThrownBy(() -> first.innerHits("nope"))
			.withMessage("Hit 1 has no inner hits named 'nope'; its inner hits are [per_tag]");
		assertThatIllegalArgumentException().isThrownBy(() -> this.typed.hits().get(1).innerHits("per_tag"))
			.withMessageStartingWith("Hit 2 has no inner hits;");
	}

	@Test
	void hitsAreReadAsMapsForMapSearches() {
		Response<Map<String, Object>> maps = mapResponse();
		assertThat(maps.documents().get(1)).isEqualTo(Map.of("title", "Python", "likes", 1, "unknown", Map.of("x", 1)));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Response<Map<String, Object>> mapResponse() {
		return (Response) Response.parse(body("search.json"), Map.class);
	}

	@Test
	void bucketAggregationsWithSubAggregations() {
		AggregationResult perTag = this.typed.aggregations().get("per_tag");
		assertThat(perTag.buckets()).extracting(Bucket::key).containsExactly("a", "b");
		Bucket a = perTag.buckets().get(0);
		assertThat(a.docCount()).isEqualTo(2);
		assertThat(a.keyAsString()).isEqualTo("a");
		assertThat(a.aggregation("avg_likes").value()).isEqualTo(2.0);
		assertThat(perTag.buckets().get(1).aggregation("avg_likes").value()).isNull();
		assertThat(perTag.getDouble("sum_other_doc_count")).isEqualTo(0.0);
		assertThatIllegalArgumentException().isThrownBy(() -> a.aggregation("max"))
			.withMessage("No aggregation named 'max' in bucket a; its keys are [key, doc_count, avg_likes]");
	}

	@Test
	void metricAggregationsHaveTypedValues() {
		Aggregations aggs = this.typed.aggregations();
		assertThat(aggs.names()).containsExactly("per_tag", "stats", "pct", "dates", "ranges", "top", "only_java");
		AggregationResult stats = aggs.get("stats");
		assertThat(stats.getDouble("min")).isEqualTo(1.0);
		assertThat(stats.getDouble("max")).isEqualTo(3.0);
		assertThat(stats.getDouble("avg")).isEqualTo(2.0);
		assertThat(stats.getDouble("sum")).isEqualTo(4.0);
		assertThat(stats.get("count")).isEqualTo(2);
		assertThat(aggs.get("pct").values()).containsExactly(entry("50.0", 2.0), entry("99.0", 3.0));
		assertThat(aggs.get("only_java").docCount()).isEqualTo(1);
		assertThat(aggs.get("only_java").aggregation("likes").value()).isEqualTo(3.0);
		assertThatIllegalArgumentException().isThrownBy(() -> aggs.get("missing"))
			.withMessage("The response has no aggregation named 'missing'; its aggregations are "
					+ "[per_tag, stats, pct, dates, ranges, top, only_java]");
	}

	@Test
	void dateAndKeyedBuckets() {
		Bucket day = this.typed.aggregations().get("dates").buckets().get(0);
		assertThat(day.key()).isEqualTo(1704067200000L);
		assertThat(day.keyAsString()).isEqualTo("2024-01-01");
		assertThat(this.typed.aggregations().get("ranges").buckets()).extracting(Bucket::key, Bucket::docCount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("low", 1L), org.assertj.core.groups.Tuple.tuple("high", 1L));
	}

	@Test
	void topHitsAreHits() {
		AggregationResult top = this.typed.aggregations().get("top");
		assertThat(top.hits()).singleElement().satisfies((hit) -> assertThat(hit.source()).containsEntry("title", "Java"));
		assertThat(top.hits(Post.class)).extracting(Hit::source).containsExactly(new Post("1", "Java", 3, null));
	}

	@Test
	void suggestionsWithOptions() {
		Suggestion fix = this.typed.suggestions("fix").get(0);
		assertThat(fix.text()).isEqualTo("jav");
		assertThat(fix.offset()).isZero();
		assertThat(fix.length()).isEqualTo(3);
		assertThat(fix.options()).singleElement().satisfies((option) -> {
			assertThat(option.text()).isEqualTo("java");
			assertThat(option.score()).isEqualTo(0.66);
			assertThat(option.freq()).isEqualTo(2L);
		});
		Suggestion.Option completion = this.typed.suggestions("complete").get(0).options().get(0);
		assertThat(completion.text()).isEqualTo("Java");
		assertThat(completion.id()).isEqualTo("1");
		assertThat(completion.score()).isEqualTo(1.0);
		assertThat(completion.source()).isEqualTo(Map.of("title", "Java"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.typed.suggestions("other"))
			.withMessage("The response has no suggestion named 'other'; its suggestions are [fix, complete]");
	}

	@Test
	void toMapGivesTheRawBody() {
		Map<String, Object> map = this.typed.toMap();
		assertThat(map).containsKeys("took", "timed_out", "_shards", "hits", "aggregations", "suggest");
		assertThat(map.get("took")).isEqualTo(5);
	}

	@Test
	void failedShardsOrTimeoutIsNoSuccess() {
		Response<Post> failed = Response.parse(("{\"took\":1,\"timed_out\":false,\"_shards\":{\"total\":2,\"successful\":1,"
				+ "\"failed\":1,\"failures\":[{\"shard\":0,\"reason\":{\"type\":\"x\"}}]},\"hits\":{\"hits\":[]}}").getBytes(),
				Post.class);
		assertThat(failed.success()).isFalse();
		assertThat(failed.shardFailures()).singleElement().satisfies((f) -> assertThat(f).containsEntry("shard", 0));
		Response<Post> timedOut = Response.parse("{\"took\":1,\"timed_out\":true,\"hits\":{\"total\":{\"value\":10000,\"relation\":\"gte\"},\"hits\":[]}}".getBytes(), Post.class);
		assertThat(timedOut.success()).isFalse();
		assertThat(timedOut.total()).isEqualTo(new Total(10000, "gte"));
		assertThat(timedOut.total().isExact()).isFalse();
		assertThat(timedOut.maxScore()).isNull();
	}

	@Test
	void hitMapsAndListsAreUnmodifiableAllTheWayDown() {
		Hit<Post> first = this.typed.hits().get(0);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> first.highlight().put("body", List.of()));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> first.highlight("title").add("x"));
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> first.sort().add(2));
		@SuppressWarnings("unchecked")
		List<Object> details = (List<Object>) first.explanation().orElseThrow().get("details");
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> details.add("x"));
	}

	static final class Note {

		@Id
		String id;

		String title;

	}

	@Test
	void anIdBeforeOrAfterTheSourceFillsTheIdField() {
		Response<Note> response = Response.parse(("{\"hits\":{\"hits\":[{\"_id\":\"1\",\"_source\":{\"title\":\"a\"}},"
				+ "{\"_source\":{\"title\":\"b\"},\"_id\":\"2\"}]}}").getBytes(), Note.class);
		assertThat(response.documents()).extracting((note) -> note.id + ":" + note.title).containsExactly("1:a", "2:b");
		Response<Post> records = Response.parse("{\"hits\":{\"hits\":[{\"_id\":\"3\",\"_source\":{\"title\":\"c\",\"likes\":4}}]}}"
			.getBytes(), Post.class);
		assertThat(records.documents()).containsExactly(new Post("3", "c", 4, null));
	}

	@Test
	void aSourceThatDoesNotFitTheClassNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Response.parse("{\"hits\":{\"hits\":[{\"_id\":\"9\",\"_source\":{\"likes\":\"many\"}}]}}".getBytes(), Post.class))
			.withMessageContaining("Cannot read a " + Post.class.getName() + " from its source");
	}

	@Test
	void notAResponseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Response.parse("[1]".getBytes(), Post.class))
			.withMessage("A search response must be a JSON object but got [1]");
	}

	@Test
	void multiSearchItemsKeepTheirOwnTypeRawBodyAndError() {
		List<Search<?>> searches = List.of(Search.of(Post.class).index("blog"), Search.of("missing"));
		List<Response<?>> responses = ResponseParser.parseMulti(body("msearch.json"), searches, "/_msearch");
		assertThat(responses).hasSize(2);
		assertThat(responses.get(0).as(Post.class).documents()).containsExactly(new Post("1", "Java", 3, null));
		assertThat(responses.get(0).toMap()).containsEntry("status", 200).containsEntry("took", 1);
		assertThat(responses.get(0).success()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> responses.get(0).as(Map.class))
			.withMessage("The hits of this response were read as " + Post.class.getName() + ", not as java.util.Map");
		Response<?> failed = responses.get(1);
		assertThat(failed.success()).isFalse();
		assertThat(failed.failure()).hasValueSatisfying((ex) -> {
			assertThat(ex).isInstanceOf(NotFoundException.class);
			assertThat(ex.errorType()).isEqualTo("index_not_found_exception");
			assertThat(ex.index()).isEqualTo("missing");
		});
		assertThat(failed.toMap()).containsEntry("status", 404);
	}

	@Test
	void deleteAndUpdateByQueryResponses() {
		DeleteByQueryResponse deleted = DeleteByQueryResponse.of(io.github.esdsl.json.Json.parseMap(body("delete_by_query.json")));
		assertThat(deleted.deleted()).isEqualTo(119);
		assertThat(deleted.total()).isEqualTo(119);
		assertThat(deleted.took()).isEqualTo(147);
		assertThat(deleted.batches()).isEqualTo(1);
		assertThat(deleted.success()).isTrue();
		assertThat(deleted.task()).isEmpty();
		UpdateByQueryResponse updated = UpdateByQueryResponse.of(io.github.esdsl.json.Json.parseMap(body("update_by_query.json")));
		assertThat(updated.updated()).isEqualTo(3);
		assertThat(updated.versionConflicts()).isEqualTo(2);
		assertThat(updated.success()).isFalse();
		assertThat(updated.failures()).singleElement().satisfies((f) -> assertThat(f).containsEntry("id", "4").containsEntry("status", 409));
	}

	@Test
	void emptySearchAnswersWithoutAConnection() {
		EmptySearch<Map<String, Object>> empty = EmptySearch.of("nowhere");
		Response<Map<String, Object>> response = empty.execute();
		assertThat(response.isEmpty()).isTrue();
		assertThat(response.total()).isEqualTo(new Total(0, "eq"));
		assertThat(response.aggregations().isEmpty()).isTrue();
		assertThat(empty.count()).isZero();
		assertThat(empty.iterate()).isEmpty();
		assertThat(empty.scan()).isEmpty();
		assertThat(empty.delete().deleted()).isZero();
		assertThat(empty.executeAsync().join().isEmpty()).isTrue();
		assertThat(empty.countAsync().join()).isZero();
	}

}
