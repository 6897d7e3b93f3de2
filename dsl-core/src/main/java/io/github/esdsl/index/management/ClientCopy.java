package io.github.esdsl.index.management;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.github.esdsl.connection.Connection;
import io.github.esdsl.connection.RawRequest;
import io.github.esdsl.connection.RawResponse;

/**
 * Copies every document of one index into another from the client, for clusters without the
 * {@code reindex} module: a point in time on the source, pages in {@code _shard_doc} order with
 * {@code search_after}, each page written with one {@code _bulk} of {@code create} actions (so a
 * document the destination has already, from a newer write or an earlier run, is kept and counted
 * as superseded). The bulk of one page is in flight while the next page is read. Items Elasticsearch
 * rejects for back-pressure (429) are sent again with a growing wait.
 */
final class ClientCopy {

	private static final String KEEP_ALIVE = "5m";

	private static final int MAX_ATTEMPTS = 8;

	private final Connection connection;

	private final int batchSize;

	ClientCopy(Connection connection, int batchSize) {
		this.connection = connection;
		this.batchSize = batchSize;
	}

	/**
	 * Copies.
	 * @param from the source index
	 * @param to the destination index
	 * @param progress called after each page with the counts so far
	 * @return the counts
	 */
	@SuppressWarnings("unchecked")
	CopyCounts copy(String from, String to, Consumer<CopyCounts> progress) {
		String pit = (String) this.connection.perform(RawRequest.post(RawRequest.pathOf(from, "_pit"))
			.param("keep_alive", KEEP_ALIVE)
			.operation("open_point_in_time")).bodyAsMap().get("id");
		CopyCounts counts = CopyCounts.NONE;
		CompletableFuture<CopyCounts> pending = CompletableFuture.completedFuture(CopyCounts.NONE);
		List<Object> after = null;
		try {
			while (true) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("size", this.batchSize);
				body.put("pit", Map.of("id", pit, "keep_alive", KEEP_ALIVE));
				body.put("sort", List.of("_shard_doc"));
				body.put("track_total_hits", false);
				if (after != null) {
					body.put("search_after", after);
				}
				Map<String, Object> page = this.connection.perform(RawRequest.post("/_search")
					.param("filter_path", "pit_id,hits.hits._id,hits.hits._source,hits.hits._routing,hits.hits.sort")
					.body(body)
					.operation("search")).bodyAsMap();
				pit = (String) page.getOrDefault("pit_id", pit);
				List<Map<String, Object>> hits = (page.get("hits") instanceof Map<?, ?> outer
						&& outer.get("hits") instanceof List<?> list) ? (List<Map<String, Object>>) list : List.of();
				counts = counts.plus(pending.join());
				progress.accept(counts);
				if (hits.isEmpty()) {
					return counts;
				}
				after = (List<Object>) hits.get(hits.size() - 1).get("sort");
				pending = this.connection.performAsync(bulk(to, hits)).thenApply((answer) -> outcome(to, hits, answer, 1));
			}
		}
		finally {
			pending.exceptionally((ex) -> null).join();
			this.connection.perform(RawRequest.delete("/_pit").body(Map.of("id", pit)).ignore(404).operation("close_point_in_time"));
		}
	}

	private static RawRequest bulk(String to, List<Map<String, Object>> hits) {
		List<Object> lines = new ArrayList<>(hits.size() * 2);
		for (Map<String, Object> hit : hits) {
			Map<String, Object> action = new LinkedHashMap<>();
			action.put("_index", to);
			action.put("_id", hit.get("_id"));
			if (hit.get("_routing") != null) {
				action.put("routing", hit.get("_routing"));
			}
			lines.add(Map.of("create", action));
			lines.add(hit.getOrDefault("_source", Map.of()));
		}
		return RawRequest.post("/_bulk")
			.param("filter_path", "errors,items.*.status,items.*.error.type,items.*.error.reason")
			.ndjson(lines)
			.operation("bulk");
	}

	/** The counts of one page's bulk, sending the items rejected for back-pressure again. */
	@SuppressWarnings("unchecked")
	private CopyCounts outcome(String to, List<Map<String, Object>> hits, RawResponse answer, int attempt) {
		Map<String, Object> body = answer.bodyAsMap();
		if (!Boolean.TRUE.equals(body.get("errors"))) {
			return new CopyCounts(hits.size(), hits.size(), 0, 0);
		}
		List<Object> items = (List<Object>) body.getOrDefault("items", List.of());
		long created = 0;
		long superseded = 0;
		long failures = 0;
		List<Map<String, Object>> again = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) items.get(i)).values().iterator().next();
			int status = ((Number) item.get("status")).intValue();
			if (status < 300) {
				created++;
			}
			else if (status == 409) {
				superseded++;
			}
			else if (status == 429 && attempt < MAX_ATTEMPTS) {
				again.add(hits.get(i));
			}
			else {
				failures++;
				Migrator.logger.warn("Copying document '{}' into '{}' failed: {}", hits.get(i).get("_id"), to,
						item.get("error"));
			}
		}
		CopyCounts counts = new CopyCounts(hits.size() - again.size(), created, superseded, failures);
		if (!again.isEmpty()) {
			sleep(100L << attempt);
			counts = counts.plus(outcome(to, again, this.connection.perform(bulk(to, again)), attempt + 1));
		}
		return counts;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while copying", ex);
		}
	}

}
