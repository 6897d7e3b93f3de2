package io.github.esdsl.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.esdsl.connection.Connection;

/**
 * Pages with a point in time and {@code search_after}: consistent over concurrent changes, and
 * the way Elasticsearch recommends for deep pagination. The point in time is opened on the
 * search's indices when the first page is needed, and closed at the end.
 */
final class PointInTimePaging<T> extends Paging<T> {

	static final String KEEP_ALIVE = "1m";

	private final Search<T> page;

	private final Target target;

	private String pitId;

	PointInTimePaging(Search<T> search, Connection connection, int pageSize) {
		super(connection);
		Search<T> page = search.index().size(pageSize).from(0);
		if (page.body.sort().isEmpty()) {
			page = page.sort("_shard_doc");
		}
		if (!page.body.extra().containsKey("track_total_hits")) {
			page = page.trackTotalHits(false);
		}
		this.page = page;
		this.target = search.target;
	}

	@Override
	Response<T> first() {
		Object id = this.connection.perform(Runner.openPointInTime(this.target, KEEP_ALIVE)).bodyAsMap().get("id");
		if (!(id instanceof String text)) {
			throw new IllegalStateException("Opening a point in time on " + this.target.indices() + " gave no id");
		}
		this.pitId = text;
		return run(this.page);
	}

	@Override
	Response<T> next(Response<T> previous) {
		List<Hit<T>> hits = previous.hits();
		return run(this.page.searchAfter(hits.get(hits.size() - 1).sort()));
	}

	private Response<T> run(Search<T> search) {
		Map<String, Object> pit = new LinkedHashMap<>(4);
		pit.put("id", this.pitId);
		pit.put("keep_alive", KEEP_ALIVE);
		Response<T> response = Runner.execute(search.extra("pit", pit), this.connection);
		if (response.pitId != null) {
			this.pitId = response.pitId;
		}
		return response;
	}

	@Override
	void release() {
		if (this.pitId != null) {
			this.connection.perform(Runner.closePointInTime(this.pitId));
		}
	}

}
