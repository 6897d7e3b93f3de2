package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;
import io.github.esdsl.json.JsonWritable;
import tools.jackson.core.JsonGenerator;

/**
 * The HTTP requests behind running searches, and reading their responses: one place for the
 * paths, parameters and bodies of {@code _search}, {@code _count}, {@code _delete_by_query},
 * point-in-time and scroll requests.
 */
final class Runner {

	private Runner() {
	}

	static RawRequest search(Search<?> search) {
		return RawRequest.post(search.target.path("_search")).params(search.target.params()).body(search)
			.operation("search");
	}

	static <T> Response<T> execute(Search<T> search, Connection connection) {
		return of(search, connection.perform(search(search)));
	}

	static <T> CompletableFuture<Response<T>> executeAsync(Search<T> search, Connection connection) {
		return connection.performAsync(search(search)).thenApply((raw) -> of(search, raw));
	}

	private static <T> Response<T> of(Search<T> search, RawResponse raw) {
		Response<T> response = ResponseParser.parse(raw.body(), search.documentType());
		response.search = search;
		return response;
	}

	static RawRequest count(Search<?> search) {
		JsonWritable body = new JsonWritable() {

			@Override
			public Map<String, Object> toMap() {
				return search.toCountMap();
			}

			@Override
			public void writeJson(JsonGenerator generator) {
				search.writeCountJson(generator);
			}

		};
		return RawRequest.post(search.target.path("_count")).params(search.target.params()).body(body)
			.operation("count");
	}

	static long countOf(RawResponse response) {
		Object count = response.bodyAsMap().get("count");
		if (!(count instanceof Number number)) {
			throw new IllegalStateException("The _count response has no count: " + response.bodyAsString());
		}
		return number.longValue();
	}

	static RawRequest deleteByQuery(Search<?> search) {
		return RawRequest.post(search.target.path("_delete_by_query")).params(search.target.params()).body(search)
			.operation("delete_by_query");
	}

	static RawRequest openPointInTime(Target target, String keepAlive) {
		String indices = target.indices().isEmpty() ? "*" : String.join(",", target.indices());
		return RawRequest.post(RawRequest.pathOf(indices, "_pit")).param("keep_alive", keepAlive)
			.operation("open_point_in_time");
	}

	static RawRequest closePointInTime(String id) {
		return RawRequest.delete("/_pit").body(Map.of("id", id)).ignore(404).operation("close_point_in_time");
	}

	static RawRequest scroll(String scrollId, String keepAlive) {
		Map<String, Object> body = new LinkedHashMap<>(4);
		body.put("scroll", keepAlive);
		body.put("scroll_id", scrollId);
		return RawRequest.post("/_search/scroll").body(body).operation("scroll");
	}

	static RawRequest clearScroll(String scrollId) {
		return RawRequest.delete("/_search/scroll").body(Map.of("scroll_id", List.of(scrollId))).ignore(404)
			.operation("clear_scroll");
	}

}
